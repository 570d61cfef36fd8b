/**
 * The client list's query (issue #10): text search, purchase-probability and forecast ranges, last purchase
 * date range, segments, and sort by any column, with a stable URL form so a filtered view can be bookmarked.
 * `selectClients` filters and sorts a columnar client table (one typed array per column, as the customers
 * worker holds it) and returns the matching row indices in display order: no per-client object is built,
 * so 100,000 clients answer in milliseconds. Pure: used by the worker and unit tests.
 */

export const SEGMENTS = ['new', 'regular', 'vip', 'lapsed'] as const;
export type Segment = (typeof SEGMENTS)[number];

export const SORT_KEYS = ['customerId', 'name', 'email', 'orders', 'lastPurchase', 'spend30', 'pBuy14', 'pAlive', 'segment'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface ClientQuery {
  /** Text searched in Customer ID, name and email (case- and accent-insensitive). */
  text?: string;
  /** P(buys within 14 days), 0..1, inclusive. */
  pMin?: number; pMax?: number;
  /** Forecast spend in the next 30 days, inclusive. */
  fMin?: number; fMax?: number;
  /** Last purchase epoch day, inclusive. */
  lastFrom?: number; lastTo?: number;
  segments?: Segment[];
  sortBy?: SortKey;
  sortDir?: 'asc' | 'desc';
}

/** Columns of every client (parallel arrays; NaN = unknown, e.g. no forecast or no purchase yet). */
export interface ClientTable {
  n: number;
  orders: Float64Array;
  lastPurchase: Float64Array;
  spend30: Float64Array;
  pBuy14: Float64Array;
  pAlive: Float64Array;
  /** Index into SEGMENTS. */
  segment: Uint8Array;
}

/** Sort ranks of the decrypted text columns (client-search.ts textRanks; built in the worker, never stored). */
export type TextRanks = Record<'customerId' | 'name' | 'email', Int32Array>;

const num = (s: string | null): number | undefined => {
  if (s === null || s.trim() === '') return undefined;
  const v = Number(s);
  return Number.isFinite(v) ? v : undefined;
};

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Epoch day of YYYY-MM-DD, undefined otherwise. */
export function dayOf(s: string | null): number | undefined {
  const m = s ? DAY_RE.exec(s) : null;
  if (!m) return undefined;
  const ms = Date.UTC(+m[1], +m[2] - 1, +m[3]);
  return Number.isNaN(ms) ? undefined : Math.round(ms / 86_400_000);
}
const isoOf = (d: number): string => new Date(d * 86_400_000).toISOString().slice(0, 10);

/** The query as URL parameters (only what is set; probabilities in percent to 0.1, dates as YYYY-MM-DD). */
export function queryToParams(q: ClientQuery): URLSearchParams {
  const p = new URLSearchParams();
  if (q.text) p.set('q', q.text);
  if (q.pMin !== undefined) p.set('pmin', String(Math.round(q.pMin * 1000) / 10));
  if (q.pMax !== undefined) p.set('pmax', String(Math.round(q.pMax * 1000) / 10));
  if (q.fMin !== undefined) p.set('fmin', String(q.fMin));
  if (q.fMax !== undefined) p.set('fmax', String(q.fMax));
  if (q.lastFrom !== undefined) p.set('from', isoOf(q.lastFrom));
  if (q.lastTo !== undefined) p.set('to', isoOf(q.lastTo));
  if (q.segments?.length) p.set('seg', q.segments.join(','));
  if (q.sortBy) p.set('sort', q.sortBy);
  if (q.sortDir) p.set('dir', q.sortDir);
  return p;
}

/** A query from URL parameters; unknown or malformed values are ignored, never thrown. */
export function paramsToQuery(p: URLSearchParams): ClientQuery {
  const q: ClientQuery = {};
  const text = p.get('q')?.trim();
  if (text) q.text = text;
  const pct = (k: string) => { const v = num(p.get(k)); return v === undefined ? undefined : Math.min(1, Math.max(0, Math.round(v * 10) / 1000)); };
  const set = <K extends keyof ClientQuery>(k: K, v: ClientQuery[K] | undefined) => { if (v !== undefined) q[k] = v; };
  set('pMin', pct('pmin'));
  set('pMax', pct('pmax'));
  set('fMin', num(p.get('fmin')));
  set('fMax', num(p.get('fmax')));
  set('lastFrom', dayOf(p.get('from')));
  set('lastTo', dayOf(p.get('to')));
  const segs = (p.get('seg') ?? '').split(',').filter((s): s is Segment => (SEGMENTS as readonly string[]).includes(s));
  if (segs.length) q.segments = segs;
  const sort = p.get('sort');
  if (sort && (SORT_KEYS as readonly string[]).includes(sort)) q.sortBy = sort as SortKey;
  const dir = p.get('dir');
  if (dir === 'asc' || dir === 'desc') q.sortDir = dir;
  return q;
}

const inRange = (v: number, lo: number | undefined, hi: number | undefined): boolean =>
  (lo === undefined || v >= lo) && (hi === undefined || v <= hi);

/** Whether a range filter is set (a client with an unknown value never matches a set range). */
const hasRange = (lo?: number, hi?: number): boolean => lo !== undefined || hi !== undefined;

/**
 * Row indices matching `q`, in display order. `textHit` (from client-search.ts) marks rows matching the
 * text; omitted when the query has no text. Unknown values (NaN) sort last in either direction; ties
 * keep row order, so the result is deterministic.
 */
export function selectClients(t: ClientTable, q: ClientQuery, textHit?: Uint8Array, ranks?: TextRanks): Int32Array {
  const segMask = q.segments?.length ? new Set(q.segments.map((s) => SEGMENTS.indexOf(s))) : undefined;
  const needP = hasRange(q.pMin, q.pMax);
  const needF = hasRange(q.fMin, q.fMax);
  const needD = hasRange(q.lastFrom, q.lastTo);
  const out = new Int32Array(t.n);
  let k = 0;
  for (let i = 0; i < t.n; i++) {
    if (textHit && !textHit[i]) continue;
    if (segMask && !segMask.has(t.segment[i])) continue;
    if (needP && !inRange(t.pBuy14[i], q.pMin, q.pMax)) continue;
    if (needF && !inRange(t.spend30[i], q.fMin, q.fMax)) continue;
    if (needD && !inRange(t.lastPurchase[i], q.lastFrom, q.lastTo)) continue;
    out[k++] = i;
  }
  const rows = out.slice(0, k);
  sortRows(rows, t, q.sortBy ?? 'spend30', q.sortDir ?? defaultDir(q.sortBy ?? 'spend30'), ranks);
  return rows;
}

const NUMERIC = new Set<SortKey>(['orders', 'lastPurchase', 'spend30', 'pBuy14', 'pAlive']);

/** Numbers sort highest first by default, text and segments A→Z. */
export function defaultDir(by: SortKey): 'asc' | 'desc' {
  return NUMERIC.has(by) ? 'desc' : 'asc';
}

function sortRows(rows: Int32Array, t: ClientTable, by: SortKey, dir: 'asc' | 'desc', ranks?: TextRanks): void {
  const sign = dir === 'asc' ? 1 : -1;
  if ((by === 'customerId' || by === 'name' || by === 'email') && !ranks) return;
  const col: ArrayLike<number> = by === 'customerId' || by === 'name' || by === 'email' ? ranks![by] : by === 'segment' ? t.segment : by === 'orders' ? t.orders : t[by];
  rows.sort((a, b) => {
    const x = col[a];
    const y = col[b];
    const nx = Number.isNaN(x) || x === EMPTY_RANK;
    if (nx !== (Number.isNaN(y) || y === EMPTY_RANK)) return nx ? 1 : -1;
    return (nx ? 0 : sign * (x - y)) || a - b;
  });
}

/** Rank of an empty text cell: sorts last in either direction. */
export const EMPTY_RANK = 0x7fffffff;
