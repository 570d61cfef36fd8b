/**
 * Database upgrade v1 → v2 (docs/SCHEMA_MIGRATIONS.md). v1 clients embedded their orders
 * (`orders: {at ms, amount, items}[]`); v2 keeps orders in columnar orderChunks keyed by the client's
 * record id (already a keyed HMAC of the Customer ID, so nothing personal moves). Each client gets its
 * derived, non-personal fields (order count, last purchase day). The sealed full name cannot be split
 * here — an upgrade runs before anyone signs in and WebCrypto would end the transaction — so it stays
 * as `nameEnc` and clients-repo splits it into first/last name when it next opens or saves the client.
 */
import type { Transaction } from 'dexie';
import { CHUNK_LINES, ORDER_SCHEMA, type StoredLineChunk } from './line-chunks';

const MS_PER_DAY = 86_400_000;

interface V1Order { at: number; amount: number; items: number }

export async function upgradeClientsToV2(tx: Transaction): Promise<void> {
  const clients = tx.table('clients');
  const rows = (await clients.toArray()) as Record<string, unknown>[];
  const keys: string[] = [];
  const client: number[] = [];
  const day: number[] = [];
  const amount: number[] = [];
  const items: number[] = [];
  for (const r of rows) {
    const orders = Array.isArray(r.orders) ? (r.orders as V1Order[]) : [];
    let last = -Infinity;
    for (const o of orders) {
      const d = Math.floor(o.at / MS_PER_DAY);
      if (keys[keys.length - 1] !== r.id) keys.push(String(r.id));
      client.push(keys.length - 1);
      day.push(d);
      amount.push(o.amount);
      items.push(o.items);
      last = Math.max(last, d);
    }
    delete r.orders;
    r.orderCount = orders.length;
    if (orders.length > 0) r.lastPurchaseDay = last;
  }
  await clients.bulkPut(rows);
  const records: StoredLineChunk[] = [];
  for (let from = 0, chunk = 0; from < client.length; from += CHUNK_LINES, chunk++) {
    const to = Math.min(client.length, from + CHUNK_LINES);
    const used = [...new Set(client.slice(from, to))];
    const local = new Map(used.map((c, i) => [c, i]));
    records.push({
      chunk, importId: 'migrated-v1', n: to - from,
      keys: used.map((c) => keys[c]),
      client: Int32Array.from(client.slice(from, to), (c) => local.get(c) ?? 0),
      cols: { day: Int32Array.from(day.slice(from, to)), amount: Float64Array.from(amount.slice(from, to)), items: Int32Array.from(items.slice(from, to)) },
    });
  }
  if (records.length > 0) await tx.table(ORDER_SCHEMA.table).bulkAdd(records);
}
