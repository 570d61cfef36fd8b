// A structurally broken row (from the shared reader) is reported with its own number and never parsed;
// the clean rows around it keep their numbers.
import { describe, expect, it } from 'vitest';
import { readAll } from '../csv/records';
import { parseNumberedRows } from './numbered-rows';
import { parseOrderRows } from './parse-rows';

describe('parseNumberedRows', () => {
  it('reports a row with an extra cell and keeps the numbering of the others', () => {
    const text = 'id,date,amount,items\nA,2024-01-02,10,1\nB,2024-01-03,3,459,2\nC,2024-01-04,-5,1\nD,2024-01-05,7,1\n';
    const read = readAll(text, ',');
    const headers = read.header;
    const p = parseNumberedRows(read.rows, (rows, firstRow) => parseOrderRows(rows, { customerId: 0, date: 1, amount: 2, items: 3 }, headers, { today: 30000, firstRow }));
    expect(p.values.map((v) => v.customerId)).toEqual(['A', 'D']);
    expect(p.rows).toEqual([1, 4]);
    expect(p.errors.map((e) => [e.row, e.reason.code])).toEqual([[2, 'too_many_cells'], [3, 'negative']]);
    expect(p.values.length + new Set(p.errors.map((e) => e.row)).size).toBe(read.counts.rows);
  });
});
