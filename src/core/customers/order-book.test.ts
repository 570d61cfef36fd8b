// The columnar books: sorted by (client, day), independent of arrival order, mergeable in batches.
import { describe, expect, it } from 'vitest';
import { buildActivityBook, mergeActivityBooks, activityKeys } from './activity-book';
import { appendOrders, buildOrderBook, clientStarts, mergeOrderBooks, orderLineKeys, orderLines } from './order-book';
import type { OrderLine } from './types';

const lines: OrderLine[] = [
  { customerId: 'b', day: 5, amount: 3, items: 1 },
  { customerId: 'a', day: 9, amount: 1, items: 1 },
  { customerId: 'b', day: 2, amount: 7, items: 2 },
  { customerId: 'a', day: 9, amount: 0.5, items: 1 },
  { customerId: 'c', day: 1, amount: 2, items: 1 },
];

describe('order book', () => {
  it('sorts by client id then day (then amount) and indexes sorted ids', () => {
    const b = buildOrderBook(lines);
    expect(b.clientIds).toEqual(['a', 'b', 'c']);
    expect(Array.from(b.client)).toEqual([0, 0, 1, 1, 2]);
    expect(Array.from(b.day)).toEqual([9, 9, 2, 5, 1]);
    expect(Array.from(b.amount)).toEqual([0.5, 1, 7, 3, 2]);
    expect(Array.from(clientStarts(b, 3))).toEqual([0, 2, 4, 5]);
  });
  it('gives the same book whatever the order or batching of lines', () => {
    const whole = buildOrderBook(lines);
    expect(buildOrderBook([...lines].reverse())).toEqual(whole);
    expect(mergeOrderBooks(buildOrderBook(lines.slice(3)), buildOrderBook(lines.slice(0, 3)))).toEqual(whole);
    expect(appendOrders(buildOrderBook(lines.slice(0, 2)), lines.slice(2))).toEqual(whole);
    expect(buildOrderBook(orderLines(whole))).toEqual(whole);
    // A long history (full-sort path) stays sorted.
    const many = Array.from({ length: 100 }, (_, i) => ({ customerId: 'z', day: (i * 37) % 100, amount: 1, items: 1 }));
    const d = Array.from(buildOrderBook(many).day);
    expect(d).toEqual([...d].sort((x, y) => x - y));
  });
  it('keys identical lines of one file apart, and a re-import to the same keys', () => {
    const dup = [lines[0], lines[1], { ...lines[0] }];
    const k = orderLineKeys(dup);
    expect(new Set(k).size).toBe(3);
    expect(orderLineKeys(dup.map((l) => ({ ...l, amount: l.amount + 1e-9 })))).toEqual(k);
  });
});

describe('activity book', () => {
  it('sorts, keeps unmeasured values as NaN and merges batches', () => {
    const snaps = [
      { customerId: 'y', day: 3, visits: 4 },
      { customerId: 'x', day: 2, newsletterOpened: 1 as const },
      { customerId: 'y', day: 1, visits7d: 2 },
    ];
    const b = buildActivityBook(snaps);
    expect(b.clientIds).toEqual(['x', 'y']);
    expect(Array.from(b.day)).toEqual([2, 1, 3]);
    expect(Array.from(b.visits)).toEqual([NaN, NaN, 4]);
    expect(Array.from(b.newsletterOpened)).toEqual([1, NaN, NaN]);
    expect(mergeActivityBooks([buildActivityBook(snaps.slice(1)), buildActivityBook(snaps.slice(0, 1))])).toEqual(b);
    expect(activityKeys([...snaps, snaps[0]])[3]).not.toBe(activityKeys(snaps)[0]);
  });
});
