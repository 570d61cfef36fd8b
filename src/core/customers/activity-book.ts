/**
 * Builds the columnar ActivityBook (sorted by client, then day) from imported snapshots and merges books
 * imported in batches. A measure a snapshot did not have is NaN, never 0, so features can tell "not
 * measured" from "zero visits". Ids are the book's own (`clientIds`), sorted like the OrderBook's.
 */
import type { ActivityBook, ActivitySnapshot } from './types';
import { groupOrder, indexIds, permute } from './sort-ids';

/** The measured columns of an ActivityBook, in a fixed order. */
export const ACTIVITY_MEASURES = ['visits7d', 'visits', 'newsletterOpened', 'adClicks', 'timeOnSite'] as const;
export type ActivityMeasure = (typeof ACTIVITY_MEASURES)[number];

export function emptyActivityBook(): ActivityBook {
  const z = () => new Float64Array(0);
  return { clientIds: [], client: new Int32Array(0), day: new Int32Array(0), visits7d: z(), visits: z(), newsletterOpened: z(), adClicks: z(), timeOnSite: z() };
}

function assemble(ids: string[], client: Int32Array, day: Int32Array, cols: Record<ActivityMeasure, Float64Array>): ActivityBook {
  const { order } = groupOrder(client, ids.length, (a, b) => day[a] < day[b]);
  const out: ActivityBook = { ...emptyActivityBook(), clientIds: ids, client: permute(client, order), day: permute(day, order) };
  for (const m of ACTIVITY_MEASURES) out[m] = permute(cols[m], order);
  return out;
}

function measureColumns(n: number): Record<ActivityMeasure, Float64Array> {
  return Object.fromEntries(ACTIVITY_MEASURES.map((m) => [m, new Float64Array(n).fill(NaN)])) as Record<ActivityMeasure, Float64Array>;
}

/** A book from snapshots (any order). */
export function buildActivityBook(snaps: readonly ActivitySnapshot[]): ActivityBook {
  const n = snaps.length;
  const { ids, client } = indexIds(n, (i) => snaps[i].customerId);
  const day = new Int32Array(n);
  const cols = measureColumns(n);
  for (let i = 0; i < n; i++) {
    const s = snaps[i];
    day[i] = s.day;
    for (const m of ACTIVITY_MEASURES) {
      const v = s[m];
      if (v !== undefined) cols[m][i] = v;
    }
  }
  return assemble(ids, client, day, cols);
}

/** One book holding every snapshot of the given books. Books without `clientIds` index `fallbackIds`. */
export function mergeActivityBooks(books: ActivityBook[], fallbackIds: string[] = []): ActivityBook {
  const n = books.reduce((s, b) => s + b.client.length, 0);
  const rowId = new Array<string>(n);
  const day = new Int32Array(n);
  const cols = measureColumns(n);
  let o = 0;
  for (const b of books) {
    const ids = b.clientIds ?? fallbackIds;
    for (let i = 0; i < b.client.length; i++) rowId[o + i] = ids[b.client[i]];
    day.set(b.day, o);
    for (const m of ACTIVITY_MEASURES) cols[m].set(b[m], o);
    o += b.client.length;
  }
  const { ids, client } = indexIds(n, (i) => rowId[i]);
  return assemble(ids, client, day, cols);
}

/** Stable key per snapshot (customer id, day, occurrence of that pair in the file), for re-import checks. */
export function activityKeys(snaps: readonly ActivitySnapshot[]): string[] {
  const seen = new Map<string, number>();
  return snaps.map((s) => {
    const base = `${s.customerId}\u0001${s.day}`;
    const k = seen.get(base) ?? 0;
    seen.set(base, k + 1);
    return `${base}\u0001${k}`;
  });
}
