// `npm run score` applies the app's rule for repeated Customer IDs (#14): --duplicates all (default) scores
// every row and reports the repeats; first/last score one row per ID and list the others as duplicate_id
// errors, so rows in = scored + reported; unknown policies are refused.
import { describe, expect, it } from 'vitest';
import { scoreCsvText } from './score-csv';
import { parseArgs } from './args';
import { formatDuplicates } from './duplicates';
import { sampleCard } from '../core/testing/sampleCard';
import type { ModelRunner } from '../core/score';

const card = sampleCard();
const runner: ModelRunner = { run: async (x, rows, cols) => Float32Array.from({ length: rows }, (_, i) => x[i * cols + 2] / 40) };
const CSV = ['CustomerID,Age,Income,Gender,WebsiteVisits,TimeOnSite', 'A,30,1,Male,3,2', 'B,31,1,Male,3,2', 'A,32,1,Male,3,2', 'A,x,1,Male,3,2', 'B,33,1,Male,3,2'].join('\n');

describe('CLI: repeated Customer IDs', () => {
  it('keeps all by default and reports the repeated rows', async () => {
    const r = await scoreCsvText(CSV, card, runner);
    expect(r.summary).toMatchObject({ rowsIn: 5, scored: 4, invalid: 1 });
    expect(r.summary.duplicates).toMatchObject({ policy: 'all', ids: 2, repeatRows: 2, skipped: 0 });
    expect(formatDuplicates(r.summary.duplicates)).toBe('repeated Customer IDs: 2 ID(s) on more than one row (2 repeat row(s); all scored; use --duplicates all|first|last): rows 1, 3; rows 2, 5');
  });

  it.each([['first', [3, 5], ['A', 'B']], ['last', [1, 2], ['A', 'B']]] as const)('keep %s: the others are duplicate_id errors', async (policy, rows, ids) => {
    const r = await scoreCsvText(CSV, card, runner, { duplicates: policy });
    expect(r.summary.scored + r.summary.invalid).toBe(5);
    expect(r.summary.scored).toBe(2);
    const dups = r.errors.filter((e) => e.code === 'duplicate_id');
    expect(dups.map((e) => e.row)).toEqual(rows);
    expect(dups.map((e) => e.value)).toEqual(ids);
    expect(r.errorsCsv).toContain(`${rows[0]},,CustomerID,A,duplicate_id,`);
  });

  it('parses --duplicates', () => {
    expect(parseArgs(['a.csv', '--duplicates', 'last']).duplicates).toBe('last');
    expect(() => parseArgs(['a.csv', '--duplicates', 'newest'])).toThrow(/Unknown --duplicates/);
  });
});
