/**
 * Non-personal derived fields of every client (order count, total spend, last purchase day, segment),
 * recomputed from the whole order book after an import so the client list can filter and sort in the
 * clear. Segments are relative to the book's latest order day, not today, so a historical book (CDNOW
 * ends in 1998) is not all "lapsed".
 */
import type { LeadLensDb } from '../db';
import type { ClientRecord, ClientSegment } from './client-records';
import type { Lines } from './line-chunks';

const LAPSED_DAYS = 365;

export function segmentOf(count: number, total: number, lastDay: number, bookEndDay: number): ClientSegment {
  if (count === 0) return 'new';
  if (bookEndDay - lastDay > LAPSED_DAYS) return 'lapsed';
  return total > 2000 || count >= 6 ? 'vip' : 'regular';
}

/** Rewrites the derived fields of all clients from `orders` (one transaction, no WebCrypto inside). */
export async function refreshDerived(database: LeadLensDb, orders: Lines): Promise<void> {
  const k = orders.keys.length;
  const count = new Int32Array(k);
  const total = new Float64Array(k);
  const last = new Int32Array(k).fill(-2147483648);
  const day = orders.cols.day;
  const amount = orders.cols.amount;
  let end = -2147483648;
  for (let i = 0; i < orders.n; i++) {
    const c = orders.client[i];
    count[c]++;
    total[c] += amount[i];
    if (day[i] > last[c]) last[c] = day[i];
    if (day[i] > end) end = day[i];
  }
  const at = new Map(orders.keys.map((key, i) => [key, i]));
  await database.transaction('rw', database.clients, async () => {
    const rows = (await database.clients.toArray()) as unknown as ClientRecord[];
    for (const r of rows) {
      const c = at.get(r.id);
      if (c === undefined) { r.orderCount = 0; r.totalSpend = 0; delete r.lastPurchaseDay; r.segment = 'new'; continue; }
      r.orderCount = count[c];
      r.totalSpend = Math.round(total[c] * 100) / 100;
      r.lastPurchaseDay = last[c];
      r.segment = segmentOf(count[c], total[c], last[c], end);
    }
    await database.clients.bulkPut(rows as unknown as Record<string, unknown>[]);
  });
}
