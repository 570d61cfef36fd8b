/**
 * Adapter between storage's columnar line chunks (client = keyed id) and the core's books: the stored
 * lines become an unsorted OrderBook / ActivityBook that the core's merge functions index and sort, so
 * no per-line objects are built even for a million orders. Client records give the client list (keyed
 * id and registration day, for tenure); nothing personal is needed to forecast.
 */
import type { ActivityBook, Client, OrderBook } from '../../core/customers/types';
import { mergeOrderBooks } from '../../core/customers/order-book';
import { ACTIVITY_MEASURES, mergeActivityBooks } from '../../core/customers/activity-book';
import type { LeadLensDb } from '../../storage/db';
import { ACTIVITY_SCHEMA, ORDER_SCHEMA, readLines } from '../../storage/customers/line-chunks';

export interface StoredBooks { orders: OrderBook; activity?: ActivityBook; clients: Client[]; lastOrderDay: number }

export async function loadBooks(database: LeadLensDb): Promise<StoredBooks> {
  const o = await readLines(database, ORDER_SCHEMA);
  const orders = mergeOrderBooks({ clientIds: o.keys, client: o.client, day: o.cols.day as Int32Array, amount: o.cols.amount as Float64Array, items: o.cols.items as Int32Array });
  const a = await readLines(database, ACTIVITY_SCHEMA);
  let activity: ActivityBook | undefined;
  if (a.n > 0) {
    const raw: ActivityBook = { clientIds: a.keys, client: a.client, day: a.cols.day as Int32Array, visits7d: new Float64Array(0), visits: new Float64Array(0), newsletterOpened: new Float64Array(0), adClicks: new Float64Array(0), timeOnSite: new Float64Array(0) };
    for (const m of ACTIVITY_MEASURES) raw[m] = a.cols[m] as Float64Array;
    activity = mergeActivityBooks([raw]);
  }
  // Key-only reads: every client's keyed id, and registration days from their index (no record is decoded).
  const registered = new Map<string, number>();
  await database.clients.where('registeredDay').aboveOrEqual(-Infinity).eachKey((day, cursor) => { registered.set(String(cursor.primaryKey), Number(day)); });
  const ids = (await database.clients.toCollection().primaryKeys()) as string[];
  const clients: Client[] = ids.map((id) => {
    const day = registered.get(id);
    return day === undefined ? { customerId: id } : { customerId: id, registeredDay: day };
  });
  let lastOrderDay = -Infinity;
  for (let i = 0; i < orders.day.length; i++) if (orders.day[i] > lastOrderDay) lastOrderDay = orders.day[i];
  return { orders, activity, clients, lastOrderDay };
}
