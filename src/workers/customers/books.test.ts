// The direct build from stored columns gives exactly the book the core builds from order lines.
import { describe, expect, it } from 'vitest';
import { buildOrderBook } from '../../core/customers/order-book';
import { orderBookFromLines } from './books';

describe('orderBookFromLines', () => {
  it('matches buildOrderBook on the same lines', () => {
    const rows: [string, number, number, number][] = [['b', 5, 10, 1], ['a', 7, 3, 2], ['b', 2, 8, 1], ['c', 1, 1, 1], ['a', 7, 2, 1], ['b', 5, 9, 3]];
    const keys = ['b', 'a', 'c'];
    const lines = {
      n: rows.length, keys, client: Int32Array.from(rows, (r) => keys.indexOf(r[0])),
      cols: { day: Int32Array.from(rows, (r) => r[1]), amount: Float64Array.from(rows, (r) => r[2]), items: Int32Array.from(rows, (r) => r[3]) },
    };
    const want = buildOrderBook(rows.map(([customerId, day, amount, items]) => ({ customerId, day, amount, items })));
    expect(orderBookFromLines(lines)).toEqual(want);
  });
});
