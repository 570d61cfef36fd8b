// Lines appended grouped by client (stable): the same lines, each client's lines adjacent in file order.
import { describe, expect, it } from 'vitest';
import { groupByClient, pickLines, ORDER_SCHEMA } from './line-chunks';

describe('groupByClient', () => {
  it('puts each client\'s lines together, keeping their order, and keeps only the given lines', () => {
    const src = { n: 6, keys: ['a', 'b', 'c'], client: Int32Array.from([2, 0, 2, 1, 0, 2]), cols: { day: Int32Array.from([1, 2, 3, 4, 5, 6]), amount: new Float64Array(6), items: new Int32Array(6) } };
    const idx = groupByClient(src, Int32Array.from([0, 1, 2, 4, 5]));
    expect(Array.from(idx)).toEqual([1, 4, 0, 2, 5]);
    const picked = pickLines(ORDER_SCHEMA, src, idx);
    expect(picked.keys).toEqual(['a', 'c']);
    expect(Array.from(picked.cols.day)).toEqual([2, 5, 1, 3, 6]);
  });
});
