// Re-import rules: identical lines are counted (two same purchases on one day stay two), the same file
// again adds nothing, and an overlapping file adds only what the book lacks.
import { describe, expect, it } from 'vitest';
import { newLineIndices } from './line-identity';
import { ORDER_SCHEMA, type Lines } from './line-chunks';

function lines(rows: [string, number, number, number][]): Lines {
  const keys = [...new Set(rows.map((r) => r[0]))];
  return {
    n: rows.length, keys,
    client: Int32Array.from(rows, (r) => keys.indexOf(r[0])),
    cols: { day: Int32Array.from(rows, (r) => r[1]), amount: Float64Array.from(rows, (r) => r[2]), items: Int32Array.from(rows, (r) => r[3]) },
  };
}

describe('order line identity', () => {
  const book = lines([['a', 1, 10, 1], ['a', 1, 10, 1], ['b', 2, 5, 1]]);
  it('adds nothing when the same lines come again', () => {
    expect(Array.from(newLineIndices(ORDER_SCHEMA, book, lines([['b', 2, 5, 1], ['a', 1, 10, 1], ['a', 1, 10, 1]])))).toEqual([]);
  });
  it('keeps a third identical purchase and new lines only', () => {
    const inc = lines([['a', 1, 10, 1], ['a', 1, 10, 1], ['a', 1, 10, 1], ['c', 3, 7, 2], ['b', 2, 5, 2]]);
    expect(Array.from(newLineIndices(ORDER_SCHEMA, book, inc))).toEqual([2, 3, 4]);
  });
  it('keeps everything for an empty book', () => {
    const empty = lines([]);
    expect(Array.from(newLineIndices(ORDER_SCHEMA, empty, book))).toEqual([0, 1, 2]);
  });
});
