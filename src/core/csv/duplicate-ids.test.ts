// Repeated Customer IDs (#14): the three policies row by row, invalid rows left out, the capped report, and
// the hook in buildChunk (rows in = scored + reported, duplicate_id naming row, column and value).
import { describe, expect, it } from 'vitest';
import { DuplicateIds, MAX_ROWS_PER_GROUP, validId } from './duplicate-ids';
import { buildChunk } from './chunk-build';
import { sampleCard } from '../testing/sampleCard';

const card = sampleCard();
const mapping = { CustomerID: 0, Age: 1, Income: 2, Gender: 3, WebsiteVisits: 4, TimeOnSite: 5 };
const ctx = { card, mapping, decimalComma: false, delimiter: ',', headerLine: 1 };
const row = (id: string, age = '30'): string[] => [id, age, '50000', 'Male', '3', '2.5'];
// Rows 1..6: A, B, A, C, A (invalid age), B.
const ROWS = [row('A'), row('B'), row(' A '), row('C'), row('A', 'abc'), row('B')];
const IDS = ['A', 'B', 'A', 'C', 'B'];
const VALID_ROWS = [1, 2, 3, 4, 6];

function feed(d: DuplicateIds): (number | undefined)[] {
  return IDS.map((id, k) => d.check(id, VALID_ROWS[k], 'CustomerID')?.row);
}

describe('DuplicateIds', () => {
  it('keep all: scores every row and reports the groups', () => {
    const d = new DuplicateIds('all');
    expect(feed(d).filter(Boolean)).toEqual([]);
    expect(d.report()).toEqual({ policy: 'all', ids: 2, repeatRows: 2, skipped: 0, groups: [{ rows: [1, 3], more: 0 }, { rows: [2, 6], more: 0 }] });
  });

  it('keep first: later rows are reported with the kept row', () => {
    const d = new DuplicateIds('first');
    expect(feed(d)).toEqual([undefined, undefined, 3, undefined, 6]);
    expect(d.check('A', 9, 'CustomerID', { line: 12 })).toEqual({ row: 9, line: 12, column: 'CustomerID', value: 'A', code: 'duplicate_id', keptRow: 1, message: expect.stringContaining('row 1') });
    expect(d.report()).toMatchObject({ ids: 2, repeatRows: 3, skipped: 3 });
  });

  it('keep last: earlier rows are reported, the last valid one is scored', () => {
    const last = new Map<string, number>();
    ROWS.forEach((cells, i) => {
      const id = validId(ctx, cells, i + 1, i + 2);
      if (id) last.set(id, i + 1);
    });
    expect([...last]).toEqual([['A', 3], ['B', 6], ['C', 4]]); // row 5 (invalid age) does not count
    const d = new DuplicateIds('last', last);
    expect(feed(d)).toEqual([1, 2, undefined, undefined, undefined]);
    expect(d.check('A', 1, 'CustomerID')?.keptRow).toBe(3);
    expect(() => new DuplicateIds('last')).toThrow(/last row/);
  });

  it('caps the rows listed per group and counts the rest', () => {
    const d = new DuplicateIds('all');
    for (let r = 1; r <= MAX_ROWS_PER_GROUP + 5; r++) d.check('X', r, 'CustomerID');
    d.check('', 99, 'CustomerID');
    expect(d.report().groups).toEqual([{ rows: Array.from({ length: MAX_ROWS_PER_GROUP }, (_, i) => i + 1), more: 5 }]);
    expect(d.report().repeatRows).toBe(MAX_ROWS_PER_GROUP + 4);
  });
});

describe('buildChunk with a duplicate check', () => {
  it('skips repeats under keep-first and accounts for every row', () => {
    const duplicates = new DuplicateIds('first');
    const b = buildChunk({ card, mapping, labelColumn: -1, decimalComma: false, duplicates }, ROWS, 1);
    expect(b.rowsIn).toBe(6);
    expect(b.inputs.n + b.invalidRows).toBe(6);
    expect([...b.inputs.sourceRows]).toEqual([1, 2, 4]);
    expect(b.errors.map((e) => [e.row, e.column, e.value, e.code, e.keptRow])).toEqual([
      [3, 'CustomerID', 'A', 'duplicate_id', 1],
      [5, 'Age', 'abc', 'not_a_number', undefined],
      [6, 'CustomerID', 'B', 'duplicate_id', 2],
    ]);
  });

  it('keep all scores every valid row', () => {
    const duplicates = new DuplicateIds('all');
    const b = buildChunk({ card, mapping, labelColumn: -1, decimalComma: false, duplicates }, ROWS, 1);
    expect(b.inputs.n).toBe(5);
    expect(duplicates.report().ids).toBe(2);
  });
});
