// The client list's filters, sort and URL form (issue #10): each filter alone, unknown values never match a
// set range and sort last, ties keep row order, and a query survives the URL round trip.
import { describe, expect, it } from 'vitest';
import { paramsToQuery, queryToParams, selectClients, type ClientQuery, type ClientTable } from './client-query';
import { matchText, searchHaystacks, textRanks } from './client-search';

const N = NaN;
const table: ClientTable = {
  n: 5,
  orders: Float64Array.from([3, 0, 7, 1, 2]),
  lastPurchase: Float64Array.from([100, N, 200, 150, 120]),
  spend30: Float64Array.from([50, N, 300, 10, 50]),
  pBuy14: Float64Array.from([0.8, N, 0.95, 0.1, 0.4]),
  pAlive: Float64Array.from([0.9, N, 0.99, 0.3, 0.5]),
  segment: Uint8Array.from([1, 0, 2, 3, 1]),
};
const sel = (q: ClientQuery, hit?: Uint8Array) => Array.from(selectClients(table, q, hit));

describe('selectClients', () => {
  it('sorts by forecast spend, highest first, unknown last, ties in row order', () => {
    expect(sel({})).toEqual([2, 0, 4, 3, 1]);
    expect(sel({ sortBy: 'spend30', sortDir: 'asc' })).toEqual([3, 0, 4, 2, 1]);
  });
  it('filters by probability, forecast, last purchase and segment', () => {
    expect(sel({ pMin: 0.5 })).toEqual([2, 0]);
    expect(sel({ pMin: 0.1, pMax: 0.4, sortBy: 'pBuy14', sortDir: 'asc' })).toEqual([3, 4]);
    expect(sel({ fMin: 50, fMax: 50 })).toEqual([0, 4]);
    expect(sel({ lastFrom: 120, lastTo: 150, sortBy: 'lastPurchase' })).toEqual([3, 4]);
    expect(sel({ segments: ['regular', 'lapsed'], sortBy: 'orders' })).toEqual([0, 4, 3]);
    expect(sel({ segments: ['new'] })).toEqual([1]);
  });
  it('sorts by segment and by text ranks', () => {
    expect(sel({ sortBy: 'segment' })).toEqual([1, 0, 4, 2, 3]);
    const ranks = textRanks(['C-10', 'C-9', 'A', '', 'b'], ['Żaneta', 'Adam', 'zenon', 'Łucja', ''], ['', '', '', '', '']);
    expect(Array.from(selectClients(table, { sortBy: 'customerId' }, undefined, ranks))).toEqual([2, 4, 1, 0, 3]);
    expect(Array.from(selectClients(table, { sortBy: 'customerId', sortDir: 'desc' }, undefined, ranks))).toEqual([0, 1, 4, 2, 3]);
    expect(Array.from(selectClients(table, { sortBy: 'name' }, undefined, ranks))[4]).toBe(4);
  });
  it('combines text hits with the other filters', () => {
    const hay = searchHaystacks(['A-1', 'B-2', 'A-3', 'C-4', 'D-5'], ['Anna Wiśniewska', 'Piotr Nowak', 'Ёлкина Ольга', 'anna kowalska', ''], ['a@x.org', 'p@x.org', 'o@x.org', 'k@x.org', 'd@example.com']);
    expect(Array.from(matchText(hay, 'wisniewska'))).toEqual([1, 0, 0, 0, 0]);
    expect(Array.from(matchText(hay, 'елкина'))).toEqual([0, 0, 1, 0, 0]);
    expect(Array.from(matchText(hay, 'KOWALSKA anna'))).toEqual([0, 0, 0, 1, 0]);
    expect(Array.from(matchText(hay, 'example.com'))).toEqual([0, 0, 0, 0, 1]);
    expect(Array.from(matchText(hay, 'a-'))).toEqual([1, 0, 1, 0, 0]);
    expect(sel({ pMin: 0.5 }, matchText(hay, 'anna'))).toEqual([0]);
    expect(Array.from(matchText(hay, '  '))).toEqual([1, 1, 1, 1, 1]);
  });
});

describe('URL form', () => {
  it('round-trips a full query', () => {
    const q: ClientQuery = { text: 'anna', pMin: 0.7, pMax: 1, fMin: 10, fMax: 500.5, lastFrom: 19_000, lastTo: 19_500, segments: ['vip', 'lapsed'], sortBy: 'pBuy14', sortDir: 'asc' };
    const s = queryToParams(q).toString();
    expect(s).toBe('q=anna&pmin=70&pmax=100&fmin=10&fmax=500.5&from=2022-01-08&to=2023-05-23&seg=vip%2Clapsed&sort=pBuy14&dir=asc');
    expect(paramsToQuery(new URLSearchParams(s))).toEqual(q);
  });
  it('ignores malformed values', () => {
    expect(paramsToQuery(new URLSearchParams('pmin=abc&from=2024-13-45x&seg=gold,vip&sort=secret&dir=up&fmax='))).toEqual({ segments: ['vip'] });
    expect(paramsToQuery(new URLSearchParams('pmin=150'))).toEqual({ pMin: 1 });
  });
  it('keeps probabilities to 0.1 percent (the purchase threshold grid), exactly', () => {
    for (const pMin of [0.137, 0.001, 0.999, 0.29, 0.057]) {
      const s = queryToParams({ pMin }).toString();
      expect(paramsToQuery(new URLSearchParams(s))).toEqual({ pMin });
    }
    expect(queryToParams({ pMin: 0.137 }).toString()).toBe('pmin=13.7');
  });
});
