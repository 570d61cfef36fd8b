/**
 * Parses a whole customer file into columns (worker side): rows from read-rows.ts go through the core's
 * row parsers (core/customers/parse-rows.ts: row/column/value errors, valid rows kept) and are appended to
 * growable columns at once, so a million order lines never exist as a million objects at the same time.
 */
import { parseActivityRows, parseClientRows, parseOrderRows, type CustomerRowError, type Parsed } from '../../core/customers/parse-rows';
import { parseNumberedRows } from '../../core/customers/numbered-rows';
import type { ColumnMap } from '../../core/customers/columns';
import type { Client } from '../../core/customers/types';
import { ACTIVITY_MEASURES } from '../../core/customers/activity-book';
import { MAX_REPORTED_ERRORS, type CustomerFileKind, type CustomerImportError, type CustomerImportOptions } from '../../bridge/customers-contract';
import { readRows } from './read-rows';

/** Raw (not yet keyed) lines: `ids[i]` is the Customer ID of line i; `cols` as in storage's line schemas. */
export interface ParsedLines { n: number; ids: string[]; cols: Record<string, number[]> }

export interface ParsedFile {
  sha256: string;
  rows: number;
  invalid: number;
  errors: CustomerImportError[];
  lines?: ParsedLines;
  clients?: Client[];
}

function mapOf(mapping: Record<string, number>): ColumnMap<string> {
  const m: ColumnMap<string> = {};
  for (const [k, v] of Object.entries(mapping)) if (v >= 0) m[k] = v;
  return m;
}

export async function parseFile(
  file: Blob, kind: CustomerFileKind, opts: CustomerImportOptions, headers: string[], today: number,
  onProgress: (bytes: number, rows: number) => void,
  /** Called with each valid line's Customer ID as it is parsed (lets the caller start hashing early). */
  onId: (id: string) => void = () => {},
  /** Stage times (ms) of the reader, when given (see read-rows.ts). */
  timing?: Record<string, number>,
): Promise<ParsedFile> {
  const map = mapOf(opts.mapping);
  const popts = { today, decimalComma: opts.decimalComma };
  const errors: CustomerImportError[] = [];
  let invalid = 0;
  const lines: ParsedLines = { n: 0, ids: [], cols: kind === 'orders' ? { day: [], amount: [], items: [] } : { day: [], ...Object.fromEntries(ACTIVITY_MEASURES.map((m) => [m, []])) } };
  const clients: Client[] = [];
  const keep = (errs: CustomerRowError[]): void => {
    invalid += new Set(errs.map((e) => e.row)).size;
    for (const e of errs) if (errors.length < MAX_REPORTED_ERRORS) errors.push({ row: e.row, column: e.column, value: e.value, code: e.reason.code });
  };
  const res = await readRows(file, opts, (numbered) => {
    const each = <T>(parse: (rows: string[][], o: typeof popts & { firstRow: number }) => Parsed<T>): Parsed<T> =>
      parseNumberedRows(numbered, (rows, firstRow) => parse(rows, { ...popts, firstRow }));
    if (kind === 'orders') {
      const p = each((rows, o) => parseOrderRows(rows, map, headers, o));
      keep(p.errors);
      for (const v of p.values) { onId(v.customerId.trim()); lines.ids.push(v.customerId); lines.cols.day.push(v.day); lines.cols.amount.push(v.amount); lines.cols.items.push(v.items); }
      lines.n += p.values.length;
    } else if (kind === 'activity') {
      const p = each((rows, o) => parseActivityRows(rows, map, headers, o));
      keep(p.errors);
      for (const v of p.values) {
        onId(v.customerId.trim());
        lines.ids.push(v.customerId);
        lines.cols.day.push(v.day);
        for (const m of ACTIVITY_MEASURES) lines.cols[m].push(v[m] ?? NaN);
      }
      lines.n += p.values.length;
    } else {
      const p = each((rows, o) => parseClientRows(rows, map, headers, o));
      keep(p.errors);
      for (const c of p.values) clients.push(c); // no spread: a 4 MB slice can hold more rows than a call's arguments
    }
  }, onProgress, timing);
  return { sha256: res.sha256, rows: res.rows, invalid, errors, ...(kind === 'clients' ? { clients } : { lines }) };
}
