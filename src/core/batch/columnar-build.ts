/**
 * buildChunk's fast engine (issue #15): validates a chunk column by column into typed arrays — no object
 * per row — then builds features and clusters per column (./feature-columns.ts). A cell takes the fast
 * path only when the answer is certain: a plain number (first character a digit, sign or point, finite,
 * in range, whole where required), an empty optional cell (the card's default), a category (the core's
 * memoised canonical spelling) or an ID. Any other row — and every row the reader flagged — goes through
 * the core's validateRaw exactly as before, so messages, codes and values are the reference ones; the
 * equality with the per-row builder is tested on generated and hostile files (columnar-build.test.ts).
 */
import type { FieldSpec } from '../card/types';
import type { RawLead } from '../lead';
import { canonicalCategory } from '../validate';
import { issueError, lineOf, validateRaw, type CellError, type RowContext } from '../csv/row-validate';
import { CatBuilder, ID_SEP, packNumbers, type ChunkInputs } from '../csv/columnar';
import type { BuildContext, BuiltChunk, ChunkMeta } from '../csv/chunk-build';
import { parseLabel, toRowError } from '../csv/chunk-build';
import { FeatureColumns, type ValueColumns } from './feature-columns';

const SLOW = 1;

/** A plain numeric cell's value, or NaN when the reference parser must decide (signs of hex, blanks, commas…). */
function fastNumber(s: string): number {
  const c = s.charCodeAt(0);
  if (!((c >= 48 && c <= 57) || c === 45 || c === 46 || c === 43)) return NaN;
  // Number() accepts 0x/0b/0o literals that the card's number syntax does not.
  if (c === 48 && s.length > 1) {
    const d = s.charCodeAt(1) | 32;
    if (d === 120 || d === 98 || d === 111) return NaN;
  }
  const v = +s;
  return Number.isFinite(v) ? v : NaN;
}

/** Per numeric field: fill values for the rows it can decide, mark the others slow. */
function numberColumn(f: FieldSpec, cellsOf: (r: number) => string | undefined, rows: number, status: Uint8Array, out: Float64Array): void {
  const lo = f.min ?? -Infinity;
  const hi = f.max ?? Infinity;
  const integer = f.type === 'integer';
  const dflt = typeof f.default === 'number' ? f.default : null;
  for (let r = 0; r < rows; r++) {
    if (status[r]) continue;
    const s = cellsOf(r);
    if (s === undefined || s === '') {
      if (f.required || dflt === null) status[r] = SLOW;
      else out[r] = dflt;
      continue;
    }
    const v = fastNumber(s);
    if (v !== v || v < lo || v > hi || (integer && !Number.isInteger(v))) status[r] = SLOW;
    else out[r] = v;
  }
}

export function buildColumnar(ctx: BuildContext, rows: readonly string[][], firstRow: number, meta?: ChunkMeta): BuiltChunk {
  const { card, mapping } = ctx;
  const rc: RowContext = { card, mapping, decimalComma: ctx.decimalComma, delimiter: ctx.delimiter ?? ',', headerLine: ctx.headerLine ?? 1 };
  const R = rows.length;
  const status = new Uint8Array(R);
  meta?.issues?.forEach((_, r) => (status[r] = SLOW));
  const colOf = (f: FieldSpec): number => mapping[f.name] ?? -1;
  const numFields = card.fields.filter((f) => f.type === 'number' || f.type === 'integer');
  const catFields = card.fields.filter((f) => f.type === 'category');
  const idField = card.fields.find((f) => f.name === card.idField);
  // 1. Column passes: numbers (by source row), then the rows the fast path can't decide are marked.
  const numBy = new Map<string, Float64Array>();
  for (const f of numFields) {
    const col = colOf(f);
    const out = new Float64Array(R);
    numberColumn(f, col >= 0 ? (r) => rows[r][col] : () => undefined, R, status, out);
    numBy.set(f.name, out);
  }
  for (const f of card.fields) {
    if (f.type === 'number' || f.type === 'integer') continue;
    const col = colOf(f);
    // A blank required cell or a whitespace-only cell: the reference decides.
    for (let r = 0; r < R; r++) {
      if (status[r]) continue;
      const s = col >= 0 ? rows[r][col] : undefined;
      if (s === undefined || s === '' ? f.required : s.trim() === '') status[r] = SLOW;
    }
  }
  // 2. Row order pass: slow rows through the reference validator; valid rows are compacted.
  const errors: BuiltChunk['errors'] = [];
  const report = (e: CellError): void => { errors.push(toRowError(e)); };
  const keep = new Uint32Array(R);
  const slowValues = new Map<number, Record<string, unknown>>();
  const defaultsByField: Record<string, number> = {};
  let n = 0;
  let invalidRows = 0;
  let defaultsUsed = 0;
  const idCol = idField ? colOf(idField) : -1;
  /** The validated Customer ID of a fast-path row (the same value step 3 stores). */
  const fastId = (r: number): string => {
    const s = idCol >= 0 ? rows[r][idCol] : undefined;
    return s === undefined || s === '' ? String(idField?.default ?? '') : s.trim();
  };
  /** A repeated Customer ID skipped by the run's policy (#14, ../csv/duplicate-ids.ts) is reported here. */
  const skipDuplicate = (id: string, rowNo: number, line: number): boolean => {
    const dup = ctx.duplicates?.check(id, rowNo, card.idField, lineOf(rc, rowNo, line));
    if (!dup) return false;
    invalidRows++;
    report(dup);
    return true;
  };
  for (let r = 0; r < R; r++) {
    const rowNo = firstRow + r;
    const line = meta ? meta.lines[r] : rowNo + rc.headerLine;
    if (status[r]) {
      const cells = rows[r];
      const issue = meta?.issues?.get(r);
      if (issue) {
        invalidRows++;
        report(issueError(rc, cells, rowNo, line, issue));
        continue;
      }
      const raw: RawLead = {};
      for (const f of card.fields) raw[f.name] = colOf(f) >= 0 ? cells[colOf(f)] : undefined;
      const checked = validateRaw(rc, raw, rowNo, line);
      if (!checked.ok) {
        invalidRows++;
        for (const e of checked.errors) report(e);
        continue;
      }
      const res = checked.result;
      if (skipDuplicate(String(res.values[card.idField] ?? ''), rowNo, line)) continue;
      if (res.defaultsUsed.length > 0) {
        defaultsUsed++;
        for (const name of res.defaultsUsed) defaultsByField[name] = (defaultsByField[name] ?? 0) + 1;
      }
      slowValues.set(n, res.values);
    } else {
      if (skipDuplicate(fastId(r), rowNo, line)) continue;
      let any = false;
      for (const f of card.fields) {
        const col = colOf(f);
        const s = col >= 0 ? rows[r][col] : undefined;
        if (s !== undefined && s !== '') continue;
        any = true;
        defaultsByField[f.name] = (defaultsByField[f.name] ?? 0) + 1;
      }
      if (any) defaultsUsed++;
    }
    keep[n++] = r;
  }
  // 3. Compacted typed columns of the n valid rows.
  const v: ValueColumns = { n, num: new Map(), cat: new Map() };
  const fromSlow = (i: number, name: string): unknown => slowValues.get(i)?.[name];
  for (const f of numFields) {
    const src = numBy.get(f.name)!;
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      if (status[keep[i]]) {
        const x = fromSlow(i, f.name);
        out[i] = typeof x === 'number' ? x : NaN;
      } else out[i] = src[keep[i]];
    }
    v.num.set(f.name, out);
  }
  const cat: ChunkInputs['cat'] = {};
  for (const f of catFields) {
    const col = colOf(f);
    const b = new CatBuilder();
    for (let i = 0; i < n; i++) {
      const r = keep[i];
      if (status[r]) {
        const x = fromSlow(i, f.name);
        b.push(x === null || x === undefined ? '' : String(x));
        continue;
      }
      const s = col >= 0 ? rows[r][col] : undefined;
      b.push(s === undefined || s === '' ? (f.default === null || f.default === undefined ? '' : String(f.default)) : canonicalCategory(f, s).value);
    }
    cat[f.name] = b.build();
    v.cat.set(f.name, cat[f.name]);
  }
  const ids: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const r = keep[i];
    const id = status[r] ? String(fromSlow(i, card.idField) ?? '') : fastId(r);
    ids[i] = id.includes(ID_SEP) ? id.split(ID_SEP).join(' ') : id;
  }
  // 4. Features and clusters per column.
  const fc = new FeatureColumns(card, v);
  const features = fc.matrix();
  const t0 = globalThis.performance.now();
  const cluster = fc.clusters();
  const clusterMs = globalThis.performance.now() - t0;
  const num: ChunkInputs['num'] = {};
  for (const f of numFields) num[f.name] = packNumbers(v.num.get(f.name)!, f.type === 'integer');
  const sourceRows = new Uint32Array(n);
  for (let i = 0; i < n; i++) sourceRows[i] = firstRow + keep[i];
  let label: Uint8Array | undefined;
  if (ctx.labelColumn >= 0) {
    label = new Uint8Array(n);
    for (let i = 0; i < n; i++) label[i] = parseLabel(rows[keep[i]][ctx.labelColumn]);
  }
  return {
    inputs: { n, sourceRows, ids: ids.join(ID_SEP), num, cat, label, cluster },
    features,
    errors,
    rowsIn: R,
    invalidRows,
    defaultsUsed,
    defaultsByField,
    clusterMs,
  };
}
