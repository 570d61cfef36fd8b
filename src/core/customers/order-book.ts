/**
 * Builds the columnar OrderBook (sorted by client, then day) from imported order lines, and merges books
 * so imports can arrive in batches. The layout depends only on the lines, never on their arrival order:
 * ids sort in code-unit order, lines by (client, day, amount, items). Deduplication of re-imported files
 * is storage's policy; `orderLineKeys` gives it a stable key per line to decide with.
 */
import type { OrderBook, OrderLine } from './types';
import { groupOrder, indexIds, permute } from './sort-ids';

/** An empty book. */
export function emptyOrderBook(): OrderBook {
  return { clientIds: [], client: new Int32Array(0), day: new Int32Array(0), amount: new Float64Array(0), items: new Int32Array(0) };
}

function assemble(ids: string[], client: Int32Array, day: Int32Array, amount: Float64Array, items: Int32Array): OrderBook {
  const less = (a: number, b: number): boolean =>
    day[a] !== day[b] ? day[a] < day[b] : amount[a] !== amount[b] ? amount[a] < amount[b] : items[a] < items[b];
  const { order } = groupOrder(client, ids.length, less);
  return { clientIds: ids, client: permute(client, order), day: permute(day, order), amount: permute(amount, order), items: permute(items, order) };
}

/** A book from order lines (any order). */
export function buildOrderBook(lines: readonly OrderLine[]): OrderBook {
  const n = lines.length;
  const { ids, client } = indexIds(n, (i) => lines[i].customerId);
  const day = new Int32Array(n);
  const amount = new Float64Array(n);
  const items = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    day[i] = lines[i].day;
    amount[i] = lines[i].amount;
    items[i] = lines[i].items;
  }
  return assemble(ids, client, day, amount, items);
}

/** One book holding every line of the given books (lines are kept, not deduplicated). */
export function mergeOrderBooks(...books: OrderBook[]): OrderBook {
  const n = books.reduce((s, b) => s + b.client.length, 0);
  const rowId: string[] = new Array<string>(n);
  const day = new Int32Array(n);
  const amount = new Float64Array(n);
  const items = new Int32Array(n);
  let o = 0;
  for (const b of books) {
    for (let i = 0; i < b.client.length; i++) rowId[o + i] = b.clientIds[b.client[i]];
    day.set(b.day, o);
    amount.set(b.amount, o);
    items.set(b.items, o);
    o += b.client.length;
  }
  const { ids, client } = indexIds(n, (i) => rowId[i]);
  return assemble(ids, client, day, amount, items);
}

/** Adds lines to a book (returns a new book; the old one is unchanged). */
export function appendOrders(book: OrderBook, lines: readonly OrderLine[]): OrderBook {
  return mergeOrderBooks(book, buildOrderBook(lines));
}

/** First line of each client in a sorted book: client c owns lines starts[c] … starts[c + 1] − 1. */
export function clientStarts(book: { client: Int32Array }, nClients: number): Int32Array {
  const starts = new Int32Array(nClients + 1);
  for (let i = 0; i < book.client.length; i++) starts[book.client[i] + 1]++;
  for (let c = 0; c < nClients; c++) starts[c + 1] += starts[c];
  return starts;
}

/** The order lines of a book (for export, tests and re-import). */
export function orderLines(book: OrderBook): OrderLine[] {
  return Array.from(book.client, (c, i) => ({ customerId: book.clientIds[c], day: book.day[i], amount: book.amount[i], items: book.items[i] }));
}

/**
 * Stable key of each line: customer id, day, amount, items and the occurrence index of that same tuple
 * earlier in the same file (so two identical lines in one file stay two orders, while the same file
 * imported twice yields the same keys). Amounts are rounded to cents to absorb float formatting.
 */
export function orderLineKeys(lines: readonly OrderLine[]): string[] {
  const seen = new Map<string, number>();
  return lines.map((l) => {
    const base = `${l.customerId}\u0001${l.day}\u0001${Math.round(l.amount * 100)}\u0001${l.items}`;
    const k = seen.get(base) ?? 0;
    seen.set(base, k + 1);
    return `${base}\u0001${k}`;
  });
}
