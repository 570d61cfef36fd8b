/**
 * Turns one chunk of parsed CSV rows into what the scoring stage needs: validated, typed columns of
 * the valid rows, their feature matrix and cluster, plus the invalid rows as reportable errors.
 * Invariant per chunk: rowsIn = n (valid, to be scored) + invalidRows.
 * buildChunk runs the columnar engine (core/batch/columnar-build.ts, issue #15); buildChunkByRow is the
 * per-row reference it is tested against (the core's validateRow, featureRow and assignCluster per row).
 */
import type { ModelCard } from '../card/types';
import type { RawLead } from '../lead';
import type { RowError } from '../../bridge/batch-contract';
import { issueError, lineOf, validateRaw, type CellError, type RowContext } from './row-validate';
import type { DuplicateIds } from './duplicate-ids';
import type { RowIssue } from './records';
import { featureRow } from '../features';
import { assignCluster } from '../decide';
import { CatBuilder, ID_SEP, NO_LABEL, packNumbers, type ChunkInputs } from './columnar';
import { buildColumnar } from '../batch/columnar-build';

export interface BuildContext {
  card: ModelCard;
  /** canonical field -> header index, -1 = not in file (optional: default). */
  mapping: Record<string, number>;
  labelColumn: number;
  decimalComma: boolean;
  /** For reported rows' raw text (default ','). */
  delimiter?: string;
  /** Physical line of the header (default 1). */
  headerLine?: number;
  /** Repeated Customer IDs across the file's chunks (./duplicate-ids.ts): reports them, skips per policy. */
  duplicates?: DuplicateIds;
}

/** Per-row reader facts of a chunk: the physical line of each row and the rows flagged as a whole. */
export interface ChunkMeta { lines: readonly number[]; issues?: ReadonlyMap<number, RowIssue> }

export interface BuiltChunk {
  inputs: ChunkInputs;
  /** Row-major n × F float32 model input. */
  features: Float32Array;
  errors: RowError[];
  rowsIn: number;
  invalidRows: number;
  /** Valid rows that used at least one documented default. */
  defaultsUsed: number;
  /** Per field: how many valid rows took its default. */
  defaultsByField: Record<string, number>;
  /** Time spent in cluster assignment (the rest of the build is validation + features). */
  clusterMs: number;
}

const TRUE = new Set(['1', 'true', 'yes', 'y', 'да', 'tak', '1.0']);
const FALSE = new Set(['0', 'false', 'no', 'n', 'нет', 'nie', '0.0']);

/** A validator's cell error as the run stores and exports it. */
export function toRowError(e: CellError): BuiltChunk['errors'][number] {
  const range = e.code === 'out_of_range' ? { min: e.min, max: e.max } : {};
  return { row: e.row, ...(e.line !== undefined ? { line: e.line } : {}), column: e.column, value: e.value, reason: e.message, code: e.code, ...range, ...(e.keptRow !== undefined ? { keptRow: e.keptRow } : {}) };
}

export function parseLabel(cell: string | undefined): number {
  if (cell === undefined) return NO_LABEL;
  const s = cell.trim().toLowerCase();
  return TRUE.has(s) ? 1 : FALSE.has(s) ? 0 : NO_LABEL;
}

/** `firstRow` is the 1-based data-row number (header excluded) of rows[0]; `meta` the reader's per-row facts. */
export function buildChunk(ctx: BuildContext, rows: readonly string[][], firstRow: number, meta?: ChunkMeta): BuiltChunk {
  return buildColumnar(ctx, rows, firstRow, meta);
}

/** The per-row reference of buildChunk (same arguments, same result). */
export function buildChunkByRow(ctx: BuildContext, rows: readonly string[][], firstRow: number, meta?: ChunkMeta): BuiltChunk {
  const { card, mapping } = ctx;
  const rc: RowContext = { card, mapping, decimalComma: ctx.decimalComma, delimiter: ctx.delimiter ?? ',', headerLine: ctx.headerLine ?? 1 };
  const report = (e: CellError): void => { errors.push(toRowError(e)); };
  const F = card.features.length;
  const fields = card.fields.map((f) => ({ f, col: mapping[f.name] ?? -1 }));
  const numFields = card.fields.filter((f) => f.type === 'number' || f.type === 'integer');
  const catFields = card.fields.filter((f) => f.type === 'category');
  const numVals = numFields.map(() => new Float64Array(rows.length));
  const cats = catFields.map(() => new CatBuilder());
  const sourceRows = new Uint32Array(rows.length);
  const cluster = new Uint8Array(rows.length);
  const label = ctx.labelColumn >= 0 ? new Uint8Array(rows.length) : undefined;
  const features = new Float32Array(rows.length * F);
  const ids: string[] = [];
  const errors: RowError[] = [];
  const defaultsByField: Record<string, number> = {};
  let n = 0;
  let defaultsUsed = 0;
  let invalidRows = 0;
  let clusterMs = 0;
  const now = (): number => globalThis.performance.now();

  const issues = meta?.issues?.size ? meta.issues : undefined;
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r];
    const rowNo = firstRow + r;
    const issue = issues?.get(r);
    if (issue) {
      invalidRows++;
      report(issueError(rc, cells, rowNo, meta ? meta.lines[r] : rowNo + rc.headerLine, issue));
      continue;
    }
    const raw: RawLead = {};
    for (let j = 0; j < fields.length; j++) {
      const col = fields[j].col;
      raw[fields[j].f.name] = col >= 0 ? cells[col] : undefined;
    }
    const checked = validateRaw(rc, raw, rowNo, meta ? meta.lines[r] : rowNo + rc.headerLine);
    if (!checked.ok) {
      invalidRows++;
      for (const e of checked.errors) report(e);
      continue;
    }
    const res = checked.result;
    const v = res.values;
    const id = String(v[card.idField] ?? '');
    const dup = ctx.duplicates?.check(id, rowNo, card.idField, lineOf(rc, rowNo, meta ? meta.lines[r] : rowNo + rc.headerLine));
    if (dup) {
      invalidRows++;
      report(dup);
      continue;
    }
    if (res.defaultsUsed.length > 0) {
      defaultsUsed++;
      for (const name of res.defaultsUsed) defaultsByField[name] = (defaultsByField[name] ?? 0) + 1;
    }
    const fr = featureRow(card, v);
    features.set(fr, n * F);
    const t0 = now();
    cluster[n] = assignCluster(card, v, { row: fr }).index;
    clusterMs += now() - t0;
    sourceRows[n] = rowNo;
    ids.push(id.includes(ID_SEP) ? id.split(ID_SEP).join(' ') : id);
    for (let k = 0; k < numFields.length; k++) {
      const x = v[numFields[k].name];
      numVals[k][n] = typeof x === 'number' ? x : NaN;
    }
    for (let k = 0; k < catFields.length; k++) {
      const x = v[catFields[k].name];
      cats[k].push(x === null || x === undefined ? '' : String(x));
    }
    if (label) label[n] = parseLabel(cells[ctx.labelColumn]);
    n++;
  }

  const num: ChunkInputs['num'] = {};
  numFields.forEach((f, k) => {
    num[f.name] = packNumbers(numVals[k].slice(0, n), f.type === 'integer');
  });
  const cat: ChunkInputs['cat'] = {};
  catFields.forEach((f, k) => {
    cat[f.name] = cats[k].build();
  });
  return {
    inputs: {
      n,
      sourceRows: sourceRows.slice(0, n),
      ids: ids.join(ID_SEP),
      num,
      cat,
      label: label?.slice(0, n),
      cluster: cluster.slice(0, n),
    },
    features: features.slice(0, n * F),
    errors,
    rowsIn: rows.length,
    invalidRows,
    defaultsUsed,
    defaultsByField,
    clusterMs,
  };
}
