/**
 * Repeated Customer IDs within one file (#14 defect 4): which rows share an ID, and which of them are scored
 * under the user's choice — keep all (default: the issue only asks to report them), keep the first or keep
 * the last. Only valid rows take part (a row reported for its own errors never hides a good one). The same
 * class serves the batch pipeline (fed chunk by chunk; on resume the reader replays the already stored
 * chunks through it, so the state equals an uninterrupted run's) and the CLI (fed the whole file).
 * "Keep last" needs to know the future, so its caller first collects each ID's last valid row (a pre-pass).
 * IDs are compared exactly after trimming: two IDs differing in case may be different customers, and a
 * duplicate check must never drop a row that is not a duplicate. The report holds row numbers only, never
 * an ID, so it is safe to store when Customer IDs are personal.
 */
import type { CellError, RowContext } from './row-validate';
import { validateCells } from './row-validate';
import type { RowIssue } from './records';

export type DuplicatePolicy = 'all' | 'first' | 'last';
export const DUPLICATE_POLICIES: readonly DuplicatePolicy[] = ['all', 'first', 'last'];

/** Row numbers (data rows, file order) sharing one Customer ID. */
export interface DuplicateGroup { rows: number[]; /** Rows beyond `rows` (the list is capped). */ more: number }

export interface DuplicateReport {
  policy: DuplicatePolicy;
  /** Distinct Customer IDs found on more than one valid row. */
  ids: number;
  /** Valid rows that repeat an ID already seen (occurrences beyond one per ID). */
  repeatRows: number;
  /** Rows not scored because of the policy (each reported as a `duplicate_id` error). */
  skipped: number;
  /** The first groups, in the order their first repeat was read (capped at MAX_GROUPS), for the summary. */
  groups: DuplicateGroup[];
}

export const MAX_GROUPS = 50;
export const MAX_ROWS_PER_GROUP = 10;

/** The English reason of a `duplicate_id` error (the UI translates the code with `keptRow`). */
export function duplicateMessage(policy: DuplicatePolicy, keptRow: number): string {
  return policy === 'last'
    ? `the same Customer ID appears again in row ${keptRow}; only the last row with it is scored`
    : `the same Customer ID is already in row ${keptRow}; only the first row with it is scored`;
}

export class DuplicateIds {
  private readonly firstRow = new Map<string, number>();
  private readonly groups = new Map<string, DuplicateGroup>();
  private repeatRows = 0;
  private skipped = 0;

  /** `lastRow` (policy 'last'): each ID's last valid row, from a pre-pass over the file. */
  constructor(readonly policy: DuplicatePolicy, private readonly lastRow?: ReadonlyMap<string, number>) {
    if (policy === 'last' && !lastRow) throw new Error('[internal] keep-last needs the last row of each Customer ID');
  }

  /**
   * Call for every valid row in file order. Returns the error to report when the policy skips the row,
   * otherwise undefined (the row is scored). `column` is the ID's field name, `at` the row's file line when
   * it differs from the row number's.
   */
  check(id: string, row: number, column: string, at: { line?: number } = {}): CellError | undefined {
    if (id === '') return undefined;
    const first = this.firstRow.get(id);
    if (first === undefined) this.firstRow.set(id, row);
    else {
      this.repeatRows++;
      const g = this.groups.get(id);
      if (g) {
        if (g.rows.length < MAX_ROWS_PER_GROUP) g.rows.push(row);
        else g.more++;
      } else this.groups.set(id, { rows: [first, row], more: 0 });
    }
    const kept = this.policy === 'first' ? first : this.policy === 'last' ? this.lastRow?.get(id) : undefined;
    if (kept === undefined || kept === row) return undefined;
    this.skipped++;
    return { row, ...at, column, value: id, code: 'duplicate_id', message: duplicateMessage(this.policy, kept), keptRow: kept };
  }

  report(): DuplicateReport {
    const groups: DuplicateGroup[] = [];
    for (const g of this.groups.values()) {
      if (groups.length >= MAX_GROUPS) break;
      groups.push({ rows: [...g.rows], more: g.more });
    }
    return { policy: this.policy, ids: this.groups.size, repeatRows: this.repeatRows, skipped: this.skipped, groups };
  }
}

/** The Customer ID of a row if it is valid (the same test the batch and the CLI apply), else undefined. */
export function validId(ctx: RowContext, cells: readonly string[], row: number, line: number, issue?: RowIssue): string | undefined {
  if (issue) return undefined;
  const checked = validateCells(ctx, cells, row, line);
  return checked.ok ? String(checked.result.values[ctx.card.idField] ?? '') : undefined;
}
