/**
 * Non-personal derived fields of every client (order count, total spend, last purchase day, segment),
 * recomputed from the whole order book after an import so the client list can filter and sort in the
 * clear. Segments are relative to the book's latest order day, not today, so a historical book (CDNOW
 * ends in 1998) is not all "lapsed". Only records whose fields change are rewritten.
 */
import type { LeadLensDb } from '../db';
import type { ClientRecord, ClientSegment } from './client-records';
import type { Lines } from './line-chunks';

const LAPSED_DAYS = 365;

export interface Derived { orderCount: number; totalSpend: number; lastPurchaseDay?: number; segment: ClientSegment }

export function segmentOf(count: number, total: number, lastDay: number, bookEndDay: number): ClientSegment {
  if (count === 0) return 'new';
  if (bookEndDay - lastDay > LAPSED_DAYS) return 'lapsed';
  return total > 2000 || count >= 6 ? 'vip' : 'regular';
}

/** Derived fields by keyed client id over all given order lines (e.g. the stored book and the new lines). */
export function computeDerived(...parts: Lines[]): Map<string, Derived> {
  const acc = new Map<string, { count: number; total: number; last: number }>();
  let end = -Infinity;
  for (const p of parts) {
    const day = p.cols.day;
    const amount = p.cols.amount;
    for (let i = 0; i < p.n; i++) {
      const key = p.keys[p.client[i]];
      let a = acc.get(key);
      if (!a) { a = { count: 0, total: 0, last: -Infinity }; acc.set(key, a); }
      a.count++;
      a.total += amount[i];
      if (day[i] > a.last) a.last = day[i];
      if (day[i] > end) end = day[i];
    }
  }
  const out = new Map<string, Derived>();
  for (const [key, a] of acc) out.set(key, { orderCount: a.count, totalSpend: Math.round(a.total * 100) / 100, lastPurchaseDay: a.last, segment: segmentOf(a.count, a.total, a.last, end) });
  return out;
}

const NONE: Derived = { orderCount: 0, totalSpend: 0, segment: 'new' };

/** Writes `derived` onto the client records, rewriting only those that change (one transaction). */
export async function refreshDerived(database: LeadLensDb, derived: Map<string, Derived>): Promise<void> {
  await database.transaction('rw', database.clients, async () => {
    const rows = (await database.clients.toArray()) as unknown as ClientRecord[];
    const changed: ClientRecord[] = [];
    for (const r of rows) {
      const d = derived.get(r.id) ?? NONE;
      if (r.orderCount === d.orderCount && r.totalSpend === d.totalSpend && r.lastPurchaseDay === d.lastPurchaseDay && r.segment === d.segment) continue;
      r.orderCount = d.orderCount;
      r.totalSpend = d.totalSpend;
      r.segment = d.segment;
      if (d.lastPurchaseDay === undefined) delete r.lastPurchaseDay;
      else r.lastPurchaseDay = d.lastPurchaseDay;
      changed.push(r);
    }
    if (changed.length) await database.clients.bulkPut(changed as unknown as Record<string, unknown>[]);
  });
}
