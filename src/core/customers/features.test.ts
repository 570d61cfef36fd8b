// Point-in-time features on hand-made histories: exact values, and proof that nothing on or after the as-of
// day changes a feature while targets read only their own window.
import { describe, expect, it } from 'vitest';
import { buildActivityBook } from './activity-book';
import { prepareCustomerData } from './customer-data';
import { column, pointInTimeFeatures, trainingCutoff, trainingSet, windowTargets, type FeatureFrame } from './features';
import { buildOrderBook } from './order-book';
import type { ActivitySnapshot, Client, OrderLine } from './types';
import { epochDay, isoDay } from './days';

const D = (s: string): number => epochDay(+s.slice(0, 4), +s.slice(5, 7), +s.slice(8, 10));
const o = (customerId: string, day: string, amount: number, items = 1): OrderLine => ({ customerId, day: D(day), amount, items });
const AS_OF = D('2024-03-01');

const orders: OrderLine[] = [
  o('a', '2024-01-01', 10), o('a', '2024-01-01', 5), // same day: one purchase of 15
  o('a', '2024-01-15', 20), o('a', '2024-02-20', 30),
  o('b', '2024-02-28', 8),
  o('c', '2024-03-01', 99), // on the as-of day: the future
];
const activity: ActivitySnapshot[] = [
  { customerId: 'a', day: D('2024-02-01'), visits: 5, visits7d: 2, newsletterOpened: 1 },
  { customerId: 'a', day: D('2024-02-25'), visits: 9 },
  { customerId: 'd', day: D('2024-02-10'), visits: 1, visits7d: 1, newsletterOpened: 0 },
];
const clients: Client[] = [{ customerId: 'b', registeredDay: D('2023-03-01') }, { customerId: 'e' }];

const frameOf = (ord: OrderLine[], act: ActivitySnapshot[] = activity, cl: Client[] = clients, asOf = AS_OF): FeatureFrame =>
  pointInTimeFeatures(prepareCustomerData(buildOrderBook(ord), buildActivityBook(act), cl), asOf);
const byClient = (f: FeatureFrame, ids: string[]) =>
  Object.fromEntries(Array.from(f.clients, (c, i) => [ids[c], Object.fromEntries([...f.names.map((n, j) => [n, f.cols[j][i]]), ['x', f.x[i]], ['tx', f.tx[i]], ['T', f.T[i]], ['mbar', f.mbar[i]]])]));

describe('pointInTimeFeatures', () => {
  const data = prepareCustomerData(buildOrderBook(orders), buildActivityBook(activity), clients);
  const f = pointInTimeFeatures(data, AS_OF);
  const v = byClient(f, data.ids);

  it('computes sales, purchase and BG/NBD features from data before the as-of day', () => {
    expect(Object.keys(v)).toEqual(['a', 'b', 'd']); // c starts on the as-of day, e has no dated history
    expect(v.a).toMatchObject({ purchases_30d: 1, spend_30d: 30, avg_basket: (15 + 20 + 30) / 3, any_purchase: 1, total_spend: 65, frequency: 2, days_since_last: 10 });
    expect(v.a).toMatchObject({ visits: 9, visits_7d: 2, newsletter_opened: 1, x: 2, tx: 50 / 7, T: 60 / 7, mbar: 25 });
    expect(v.a.tenure_months).toBeCloseTo(60 / (365.25 / 12), 12);
    expect(v.b).toMatchObject({ purchases_30d: 1, x: 0, tx: 0, T: 2 / 7, mbar: 0, visits: 0, days_since_last: 2 });
    expect(v.b.tenure_months).toBeCloseTo(366 / (365.25 / 12), 12); // from the registration date
    expect(v.d).toMatchObject({ any_purchase: 0, avg_basket: 0, frequency: 0, visits: 1, days_since_last: 20, T: 0 });
    expect(f.names).not.toContain('ad_clicks');
    expect(f.notices).toEqual(expect.arrayContaining([
      { feature: 'ad_clicks', reason: 'measure_never_recorded' },
      { feature: 'time_on_site', reason: 'measure_never_recorded' },
      { reason: 'clients_without_history', count: 1 },
      { feature: 'tenure_months', reason: 'tenure_from_first_purchase', count: 1 },
    ]));
  });

  it('leaves every activity feature out (never zero-filled) when there is no activity data', () => {
    const g = pointInTimeFeatures(prepareCustomerData(buildOrderBook(orders)), AS_OF);
    for (const n of ['visits', 'visits_7d', 'newsletter_opened', 'ad_clicks', 'time_on_site']) {
      expect(g.names).not.toContain(n);
      expect(g.notices).toContainEqual({ feature: n, reason: 'no_activity_data' });
    }
    expect(column(g, 'spend_30d')).toBeDefined();
  });

  it('never changes when orders or activity on or after the as-of day are added or altered (no leakage)', () => {
    const future = [o('a', '2024-03-01', 1000), o('a', '2024-05-01', 7), o('b', '2024-03-02', 3), o('z', '2024-03-01', 5)];
    const futureAct = [{ customerId: 'a', day: AS_OF, visits: 1000, visits7d: 50, adClicks: 9 }, { customerId: 'b', day: D('2024-04-01'), timeOnSite: 30 }];
    const g = frameOf([...orders, ...future], [...activity, ...futureAct], [...clients, { customerId: 'y', registeredDay: AS_OF }]);
    expect(g.names).toEqual(f.names);
    expect(byClient(g, prepareCustomerData(buildOrderBook([...orders, ...future]), buildActivityBook([...activity, ...futureAct]), [...clients, { customerId: 'y' }]).ids)).toEqual(v);
    // The day before the as-of day does count.
    const h = byClient(frameOf([...orders, o('b', '2024-02-29', 2)]), prepareCustomerData(buildOrderBook([...orders, o('b', '2024-02-29', 2)]), buildActivityBook(activity), clients).ids);
    expect(h.b).toMatchObject({ x: 1, purchases_30d: 2, days_since_last: 1 });
  });
});

describe('targets and training sets', () => {
  it('reads targets only from [from, from + 30) and buy14 from [from, from + 14)', () => {
    const ord = [o('a', '2024-01-01', 1), o('a', '2024-02-29', 100), o('a', '2024-03-01', 10), o('a', '2024-03-14', 5), o('a', '2024-03-15', 7), o('a', '2024-03-30', 4), o('a', '2024-03-31', 1000), o('b', '2024-01-01', 1), o('b', '2024-03-15', 2)];
    const d = prepareCustomerData(buildOrderBook(ord));
    const t = windowTargets(d, Int32Array.from([0, 1]), AS_OF);
    expect(Array.from(t.spend30)).toEqual([26, 2]);
    expect(Array.from(t.purchases30)).toEqual([4, 1]);
    expect(Array.from(t.buy14)).toEqual([1, 0]);
  });
  it('trains on the previous month-end with a window that ends by the as-of day', () => {
    expect(isoDay(trainingCutoff(D('1997-06-30')))).toBe('1997-05-31');
    expect(isoDay(trainingCutoff(D('1997-09-30')))).toBe('1997-08-31');
    expect(isoDay(trainingCutoff(D('1997-12-31')))).toBe('1997-11-30');
    const cut = trainingCutoff(AS_OF);
    expect(cut + 30).toBeLessThanOrEqual(AS_OF);
    const base = trainingSet(prepareCustomerData(buildOrderBook(orders)), cut);
    const more = trainingSet(prepareCustomerData(buildOrderBook([...orders, o('a', isoDay(cut + 30), 500), o('a', isoDay(cut - 1 + 30), 1)])), cut);
    expect(Array.from(more.targets.spend30)).toEqual(Array.from(base.targets.spend30).map((s, i) => (i === 0 ? s + 1 : s)));
  });
});
