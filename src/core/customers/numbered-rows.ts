/**
 * Bridges the shared CSV reader (core/csv/records.ts) and the customer row parsers: the reader numbers
 * data rows itself and flags structural problems (more or fewer cells than the header, a stray quote);
 * such a row is reported with its number, never parsed with shifted fields, and the clean rows around it
 * are parsed in runs that keep their own numbers. Used by the customers worker and the forecast CLI, so
 * both report the same rows the same way as the lead importer.
 */
import type { RowIssue } from '../csv/records';
import { MESSAGES, type CustomerRowError, type Parsed } from './parse-rows';

export interface NumberedRow { cells: string[]; row: number; issue?: RowIssue }

/** The error reported for a structurally broken row. */
export function structuralError(row: number, issue: RowIssue): CustomerRowError {
  return { row, column: '', value: '', reason: { code: issue }, message: MESSAGES[issue] };
}

/** Parses clean rows in contiguous runs (so numbering stays exact) and reports the broken ones. */
export function parseNumberedRows<T>(rows: readonly NumberedRow[], parse: (cells: string[][], firstRow: number) => Parsed<T>): Parsed<T> {
  const out: Parsed<T> = { values: [], errors: [], rows: [] };
  let run: string[][] = [];
  let start = 0;
  const flush = (): void => {
    if (run.length === 0) return;
    const p = parse(run, start);
    for (let i = 0; i < p.values.length; i++) { out.values.push(p.values[i]); out.rows.push(p.rows[i]); }
    for (const e of p.errors) out.errors.push(e);
    run = [];
  };
  for (const r of rows) {
    if (r.issue) { flush(); out.errors.push(structuralError(r.row, r.issue)); continue; }
    if (run.length === 0) start = r.row;
    run.push(r.cells);
  }
  flush();
  out.errors.sort((a, b) => a.row - b.row);
  return out;
}
