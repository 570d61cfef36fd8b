/**
 * Adapter between storage's columnar line chunks (client = keyed id) and the core's books: the stored
 * lines become an unsorted OrderBook / ActivityBook that the core's merge functions index and sort, so
 * no per-line objects are built even for a million orders. Client records and the client directory give
 * the client list (keyed id and registration day, for tenure); nothing personal is needed to forecast.
 */
import type { ActivityBook, Client, OrderBook } from '../../core/customers/types';
import { compareIds, groupOrder, permute } from '../../core/customers/sort-ids';
import { ACTIVITY_MEASURES, mergeActivityBooks } from '../../core/customers/activity-book';
import type { LeadLensDb } from '../../storage/db';
import { ACTIVITY_SCHEMA, ORDER_SCHEMA, readLines, type Lines } from '../../storage/customers/line-chunks';
import { liveKeys, readDirectory } from '../../storage/customers/client-directory';

/** Stored lines' clients re-indexed to their keys in code-unit order (the core books' id order). */
function sortedIds(lines: Lines): { ids: string[]; client: Int32Array } {
  const byKey = Int32Array.from(lines.keys, (_, i) => i).sort((a, b) => compareIds(lines.keys[a], lines.keys[b]));
  const rank = new Int32Array(lines.keys.length);
  byKey.forEach((k, r) => { rank[k] = r; });
  return { ids: Array.from(byKey, (k) => lines.keys[k]), client: lines.client.map((c) => rank[c]) };
}

/**
 * The OrderBook core/customers/order-book.ts would build from these lines (ids in code-unit order, lines by
 * client, day, amount, items), built straight from the columns: the stored key dictionary is already
 * unique, so no per-line id string is looked up (mergeOrderBooks would, a million times).
 */
export function orderBookFromLines(lines: Lines): OrderBook {
  const { ids, client } = sortedIds(lines);
  const day = lines.cols.day as Int32Array;
  const amount = lines.cols.amount as Float64Array;
  const items = lines.cols.items as Int32Array;
  const less = (a: number, b: number): boolean => (day[a] !== day[b] ? day[a] < day[b] : amount[a] !== amount[b] ? amount[a] < amount[b] : items[a] < items[b]);
  const { order } = groupOrder(client, ids.length, less);
  return { clientIds: ids, client: permute(client, order), day: permute(day, order), amount: permute(amount, order), items: permute(items, order) };
}

export interface StoredBooks { orders: OrderBook; activity?: ActivityBook; clients: Client[]; lastOrderDay: number }

/** Loads the books; `timing`, when given, gets milliseconds per step (benchmarks). */
export async function loadBooks(database: LeadLensDb, timing?: Record<string, number>): Promise<StoredBooks> {
  let t = performance.now();
  const lap = (step: string): void => {
    const now = performance.now();
    if (timing) timing[step] = (timing[step] ?? 0) + now - t;
    t = now;
  };
  const o = await readLines(database, ORDER_SCHEMA);
  lap('load.readOrders');
  const orders = orderBookFromLines(o);
  lap('load.orderBook');
  const a = await readLines(database, ACTIVITY_SCHEMA);
  let activity: ActivityBook | undefined;
  if (a.n > 0) {
    const raw: ActivityBook = { clientIds: a.keys, client: a.client, day: a.cols.day as Int32Array, visits7d: new Float64Array(0), visits: new Float64Array(0), newsletterOpened: new Float64Array(0), adClicks: new Float64Array(0), timeOnSite: new Float64Array(0) };
    for (const m of ACTIVITY_MEASURES) raw[m] = a.cols[m] as Float64Array;
    activity = mergeActivityBooks([raw]);
  }
  lap('load.activity');
  // Key-only reads: every client's keyed id, and registration days from their index (no record is decoded).
  const registered = new Map<string, number>();
  await database.clients.where('registeredDay').aboveOrEqual(-Infinity).eachKey((day, cursor) => { registered.set(String(cursor.primaryKey), Number(day)); });
  const ids = (await database.clients.toCollection().primaryKeys()) as string[];
  lap('load.clientKeys');
  for (const k of liveKeys(await readDirectory(database))) ids.push(k); // ID-only clients (no registration day); no spread: 100k+ keys
  lap('load.directory');
  const clients: Client[] = ids.map((id) => {
    const day = registered.get(id);
    return day === undefined ? { customerId: id } : { customerId: id, registeredDay: day };
  });
  let lastOrderDay = -Infinity;
  for (let i = 0; i < orders.day.length; i++) if (orders.day[i] > lastOrderDay) lastOrderDay = orders.day[i];
  lap('load.clients');
  return { orders, activity, clients, lastOrderDay };
}
