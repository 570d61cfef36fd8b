/**
 * One data row → the core's validateRow, the same way in the batch worker and the CLI: the mapped cells
 * are validated as they are; only when a number fails is it retried without grouping separators
 * (./numbers.ts), so well-formed files pay nothing extra. A row the reader flagged (more or fewer cells
 * than the header, a stray quote) is reported as a whole, with its file line when it differs.
 */
import type { ModelCard } from '../card/types';
import type { RawLead } from '../lead';
import { validateRow, type RowResult } from '../validate';
import { ungroup } from './numbers';
import type { RowIssue } from './records';
import { ISSUE_TEXT, rawPreview } from './messages';

/** A reportable problem with one cell or row (code: a validate reason code, a RowIssue or 'ambiguous_number'). */
export interface CellError { row: number; line?: number; column: string; value: string; code: string; message: string; min?: number; max?: number; /** For 'duplicate_id': the row kept with the same Customer ID. */ keptRow?: number }

export type CellsResult = { ok: true; result: Extract<RowResult, { ok: true }> } | { ok: false; errors: CellError[] };

export interface RowContext {
  card: ModelCard;
  /** canonical field -> header index, -1 = not in file. */
  mapping: Record<string, number>;
  decimalComma: boolean;
  delimiter: string;
  /** Physical line of the header (1, or 2 after a `sep=` line): a row's line is shown when it differs from row + this. */
  headerLine: number;
}

function toRaw(ctx: RowContext, cells: readonly string[]): RawLead {
  const raw: RawLead = {};
  for (const f of ctx.card.fields) {
    const col = ctx.mapping[f.name] ?? -1;
    raw[f.name] = col >= 0 ? cells[col] : undefined;
  }
  return raw;
}

export const lineOf = (ctx: RowContext, row: number, line: number): { line?: number } => (line !== row + ctx.headerLine ? { line } : {});

/** The one error of a row the reader flagged as a whole. */
export function issueError(ctx: RowContext, cells: readonly string[], row: number, line: number, issue: RowIssue): CellError {
  return { row, ...lineOf(ctx, row, line), column: '', value: rawPreview(cells, ctx.delimiter), code: issue, message: ISSUE_TEXT[issue] };
}

export function validateCells(ctx: RowContext, cells: readonly string[], row: number, line: number, issue?: RowIssue): CellsResult {
  if (issue) return { ok: false, errors: [issueError(ctx, cells, row, line, issue)] };
  return validateRaw(ctx, toRaw(ctx, cells), row, line);
}

/** Validates a row already picked into fields (the batch worker builds `raw` with its own fast loop). */
export function validateRaw(ctx: RowContext, raw: RawLead, row: number, line: number): CellsResult {
  let res = validateRow(ctx.card, raw, row, { decimalComma: ctx.decimalComma });
  if (res.ok) return { ok: true, result: res };
  const at = lineOf(ctx, row, line);
  const ambiguous: CellError[] = [];
  if (!res.ok && res.errors.some((e) => e.reason.code === 'not_a_number')) {
    for (const e of res.errors) {
      if (e.reason.code !== 'not_a_number') continue;
      const g = ungroup(String(raw[e.column] ?? ''), ctx.decimalComma);
      if (g && 'value' in g) raw[e.column] = g.value;
      else if (g) ambiguous.push({ row, ...at, column: e.column, value: e.value, code: 'ambiguous_number', message: ISSUE_TEXT.ambiguous_number });
    }
    res = validateRow(ctx.card, raw, row, { decimalComma: ctx.decimalComma });
  }
  if (res.ok && ambiguous.length === 0) return { ok: true, result: res };
  const errors: CellError[] = res.ok ? [] : res.errors
    .filter((e) => !ambiguous.some((a) => a.column === e.column))
    .map((e) => ({ row, ...at, column: e.column, value: e.value, code: e.reason.code, message: e.message, ...(e.reason.code === 'out_of_range' ? { min: e.reason.min, max: e.reason.max } : {}) }));
  return { ok: false, errors: [...errors, ...ambiguous] };
}
