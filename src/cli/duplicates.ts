/** The CLI's one summary line about repeated Customer IDs (#14): how many, which rows, what was kept. */
import type { DuplicateReport } from '../core/csv/duplicate-ids';

const KEPT = { all: 'all scored', first: 'only the first row of each scored', last: 'only the last row of each scored' } as const;

export function formatDuplicates(d: DuplicateReport, shown = 5): string {
  const groups = d.groups.slice(0, shown).map((g) => `rows ${g.rows.join(', ')}${g.more ? ` (+${g.more} more)` : ''}`);
  const rest = d.ids - groups.length;
  return `repeated Customer IDs: ${d.ids} ID(s) on more than one row (${d.repeatRows} repeat row(s); ${KEPT[d.policy]}` +
    `${d.skipped ? `, ${d.skipped} row(s) reported as duplicate_id` : ''}; use --duplicates all|first|last): ${groups.join('; ')}${rest > 0 ? `; … ${rest} more` : ''}`;
}
