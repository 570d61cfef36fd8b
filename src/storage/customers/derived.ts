/**
 * Non-personal derived fields of every client (order count, total spend, last purchase day, segment),
 * recomputed from the whole order book after an import so the client list can filter and sort in the
 * clear. Segments are relative to the book's latest order day, not today, so a historical book (CDNOW
 * ends in 1998) is not all "lapsed". Only records whose fields change are read and rewritten.
 */
import type { LeadLensDb } from '../db';
import type { ClientRecord, ClientSegment } from './client-records';
import type { Lines } from './line-chunks';
import { refreshDirectoryInTransaction } from './client-directory';
import { nextStamp } from './client-list-store';

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

function same(a: Derived | undefined, b: Derived): boolean {
  return a !== undefined && a.orderCount === b.orderCount && a.totalSpend === b.totalSpend && a.lastPurchaseDay === b.lastPurchaseDay && a.segment === b.segment;
}

/** Entries of `after` that differ from `before` (the clients an import changed, e.g. a later book end day). */
export function changedDerived(before: Map<string, Derived>, after: Map<string, Derived>): Map<string, Derived> {
  const out = new Map<string, Derived>();
  for (const [k, d] of after) if (!same(before.get(k), d)) out.set(k, d);
  return out;
}

/**
 * Writes `derived` onto the stored records of those clients, and onto live client-directory entries (one
 * transaction, no WebCrypto inside it). Clients created with their derived fields already set are simply
 * rewritten with the same values.
 */
export async function refreshDerived(database: LeadLensDb, derived: Map<string, Derived>): Promise<void> {
  if (derived.size === 0) return;
  await database.transaction('rw', database.clients, database.clientDirectory, async () => {
    const inDirectory = await refreshDirectoryInTransaction(database, derived, Date.now());
    const keys = [...derived.keys()].filter((k) => !inDirectory.has(k));
    const rows = (await database.clients.bulkGet(keys)) as unknown as (ClientRecord | undefined)[];
    const changed: ClientRecord[] = [];
    const stamp = await nextStamp(database); // a changed record is re-read by the client list's snapshot
    rows.forEach((r, i) => {
      const d = derived.get(keys[i]);
      if (!r || !d || same(r as Derived, d)) return;
      r.orderCount = d.orderCount;
      r.totalSpend = d.totalSpend;
      r.segment = d.segment;
      r.updatedAt = stamp;
      if (d.lastPurchaseDay === undefined) delete r.lastPurchaseDay;
      else r.lastPurchaseDay = d.lastPurchaseDay;
      changed.push(r);
    });
    if (changed.length) await database.clients.bulkPut(changed as unknown as Record<string, unknown>[]);
  });
}
