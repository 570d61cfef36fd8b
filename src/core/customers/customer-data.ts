/**
 * One aligned view of a data set for features and models: the union of client ids from orders, activity and
 * the client list (sorted like the books), each client's purchase days (same-day order lines merged into one
 * purchase, amounts and items summed) and activity rows re-indexed to the same ids. Built once per run.
 */
import { ACTIVITY_MEASURES, type ActivityMeasure } from './activity-book';
import { compareIds } from './sort-ids';
import type { ActivityBook, Client, OrderBook } from './types';

export interface CustomerData {
  ids: string[];
  /** Purchase days of client c: indices pStart[c] … pStart[c + 1] − 1 of pDay/pAmount/pItems, by day. */
  pStart: Int32Array;
  pDay: Int32Array;
  pAmount: Float64Array;
  pItems: Float64Array;
  /** Registration day per client, NaN when unknown. */
  registered: Float64Array;
  /** Activity rows of client c: aStart[c] … aStart[c + 1] − 1 of aDay and the measure columns, by day. */
  aStart: Int32Array;
  aDay: Int32Array;
  measures: Record<ActivityMeasure, Float64Array>;
  /** Whether any activity data was given at all. */
  hasActivity: boolean;
}

function remap(ids: string[], index: Map<string, number>, local: readonly string[]): Int32Array {
  return Int32Array.from(local, (id) => index.get(id) ?? -1);
}

/** Aligns orders, activity and the client list. Inputs are not modified. */
export function prepareCustomerData(book: OrderBook, activity?: ActivityBook, clients?: readonly Client[]): CustomerData {
  const all = new Set<string>(book.clientIds);
  const actIds = activity ? (activity.clientIds ?? book.clientIds) : [];
  for (const id of actIds) all.add(id);
  for (const c of clients ?? []) all.add(c.customerId);
  const ids = [...all].sort(compareIds);
  const index = new Map(ids.map((id, i) => [id, i]));
  const n = ids.length;

  // Orders: merge same-day lines (the book is sorted by client then day).
  const oMap = remap(ids, index, book.clientIds);
  const m = book.client.length;
  const pDay = new Int32Array(m);
  const pAmount = new Float64Array(m);
  const pItems = new Float64Array(m);
  const count = new Int32Array(n + 1);
  let k = -1;
  let prevClient = -1;
  for (let i = 0; i < m; i++) {
    const c = oMap[book.client[i]];
    if (c !== prevClient || book.day[i] !== pDay[k]) {
      k++;
      pDay[k] = book.day[i];
      count[c + 1]++;
      prevClient = c;
    }
    pAmount[k] += book.amount[i];
    pItems[k] += book.items[i];
  }
  // Universe indices are monotone in book order (both sorted by id), so purchase days stay grouped by client.
  for (let c = 0; c < n; c++) count[c + 1] += count[c];

  const registered = new Float64Array(n).fill(NaN);
  for (const c of clients ?? []) if (c.registeredDay !== undefined) registered[index.get(c.customerId)!] = c.registeredDay;

  const aMap = remap(ids, index, actIds);
  const an = activity?.client.length ?? 0;
  const aStart = new Int32Array(n + 1);
  for (let i = 0; i < an; i++) aStart[aMap[activity!.client[i]] + 1]++;
  for (let c = 0; c < n; c++) aStart[c + 1] += aStart[c];
  const measures = Object.fromEntries(ACTIVITY_MEASURES.map((mm) => [mm, activity ? activity[mm] : new Float64Array(0)])) as Record<ActivityMeasure, Float64Array>;
  return {
    ids,
    pStart: count,
    pDay: pDay.slice(0, k + 1),
    pAmount: pAmount.slice(0, k + 1),
    pItems: pItems.slice(0, k + 1),
    registered,
    aStart,
    aDay: activity ? activity.day : new Int32Array(0),
    measures,
    hasActivity: an > 0,
  };
}
