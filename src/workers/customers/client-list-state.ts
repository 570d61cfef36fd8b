/**
 * The client list's state in the customers worker (issue #10) and how it is built: every client's clear
 * columns, decrypted texts and newest forecast numbers as parallel arrays (directory clients first, then
 * client records), plus the search index built after the first rows in time slices. Building reads the
 * list snapshot (storage/customers/client-list-refresh.ts), the client directory and, when the stored
 * forecast record no longer fits, the newest run's columns. Split from client-list.ts (queries) and
 * client-list-patch.ts (edits applied in place) to keep each part small.
 */
import { type ClientTable } from '../../core/customers/client-query';
import { foldYielding, textRankYielding } from '../../core/customers/client-search';
import { Slicer } from '../../core/customers/yielding';
import type { WorkspaceKeys } from '../../core/crypto/workspace-keys';
import type { LeadLensDb } from '../../storage/db';
import { directoryColumns } from '../../storage/customers/client-scan';
import { loadClientList, type ListColumns } from '../../storage/customers/client-list-refresh';
import type { ClientsSig, ListMeta } from '../../storage/customers/client-list-store';
import { forecastFits, joinForecast, newestRunId, writeListForecast, type ListForecastCols } from '../../storage/customers/client-list-forecast';

export type TextCol = 'name' | 'customerId' | 'email';
export const TEXT_COLS: TextCol[] = ['name', 'customerId', 'email'];

/** The search index: folded texts, one haystack per client, collation ranks per text column. */
export interface ListIndex {
  token: { cancelled: boolean };
  slicer: Slicer;
  folded?: Promise<Record<TextCol, string[]>>;
  hay?: Promise<string[]>;
  ranks: Partial<Record<TextCol, Promise<Int32Array>>>;
  /** Units of index work done (fold: one per row and column; ranks: n per column), of 6n. */
  work: number;
  ready: boolean;
  /** The same, resolved, once ready (client-list-patch.ts updates these in place). */
  done?: { folded: Record<TextCol, string[]>; hay: string[]; ranks: Record<TextCol, Int32Array> };
}

export interface ListState {
  version: number;
  keys: string[];
  text: Record<TextCol, string[]>;
  table: ClientTable;
  runId: string;
  asOfDay?: number;
  /** Records still holding a v1 full name (the page splits them). */
  legacy: number;
  /** The current query's rows (undefined until the first query or rows: the default order is sorted lazily). */
  order?: Int32Array;
  index: ListIndex;
  /** Rows [0, dirN) are directory clients; rows from dirN on are `rec`'s client records, in its order. */
  dirN: number;
  rec: ListColumns;
  /** The stored snapshot `rec` equals (undefined until written), the `clients` and directory state it reflects. */
  meta?: ListMeta;
  sig: ClientsSig;
  dirSig: string;
  /** Writes still owed (snapshot, forecast record), run once after the first rows. */
  save?: () => Promise<void>;
  /** Milliseconds from the start of the build at which each part was done (`fresh` 1: snapshot used as stored). */
  buildMs: Record<string, number>;
}

export function newIndex(n: number): ListIndex {
  const token = { cancelled: false };
  return { token, slicer: new Slicer(8, () => token.cancelled), ranks: {}, work: 0, ready: n === 0 };
}

export function setForecast(s: ListState, f: ListForecastCols): void {
  s.table.spend30 = f.spend30; s.table.pBuy14 = f.pBuy14; s.table.pAlive = f.pAlive;
  s.runId = f.runId; s.asOfDay = f.asOfDay;
}

export async function buildList(database: LeadLensDb, keys: WorkspaceKeys, version: number): Promise<ListState> {
  const buildMs: Record<string, number> = {};
  const t0 = performance.now();
  const timed = <T>(step: string, p: Promise<T>): Promise<T> => p.then((v) => { buildMs[step] = Math.round(performance.now() - t0); return v; });
  const [list, dir, runId] = await Promise.all([timed('snapshot', loadClientList(database, keys)), timed('directory', directoryColumns(database, keys)), newestRunId(database)]);
  const c = list.cols;
  const n = dir.n + c.n;
  const cat = <T extends Float64Array | Uint8Array>(a: T, b: T, out: T): T => { out.set(a); out.set(b, a.length); return out; };
  const blank = new Array<string>(dir.n).fill('');
  const stored = list.fresh && forecastFits(list.forecast, runId, list.meta, dir.sig, n);
  const fc: ListForecastCols = stored ? list.forecast! : await timed('forecast', joinForecast(database, dir.keys.concat(c.keys)));
  const table: ClientTable = {
    n, orders: cat(dir.orders, c.orders, new Float64Array(n)), lastPurchase: cat(dir.lastPurchase, c.lastPurchase, new Float64Array(n)),
    segment: cat(dir.segment, c.segment, new Uint8Array(n)), spend30: fc.spend30, pBuy14: fc.pBuy14, pAlive: fc.pAlive,
  };
  let legacy = 0;
  for (let i = 0; i < c.n; i++) legacy += c.legacy[i];
  const s: ListState = {
    version, keys: dir.keys.concat(c.keys), text: { customerId: dir.customerId.concat(c.customerId), name: blank.concat(c.name), email: blank.concat(c.email) },
    table, runId: fc.runId, asOfDay: fc.asOfDay, legacy, index: newIndex(n), dirN: dir.n, rec: c, meta: list.fresh ? list.meta : undefined, sig: list.sig, dirSig: dir.sig, buildMs,
  };
  s.save = async () => {
    const meta = s.meta ?? (await list.save());
    if (!meta) return; // something moved meanwhile: the next version rebuilds
    s.meta = meta;
    if (!stored) await writeListForecast(database, fc, meta.builtAt, dir.sig);
  };
  buildMs.total = Math.round(performance.now() - t0);
  buildMs.fresh = list.fresh ? 1 : 0;
  buildMs.forecastStored = stored ? 1 : 0;
  return s;
}

function foldedOf(s: ListState): Promise<Record<TextCol, string[]>> {
  const x = s.index;
  x.folded ??= (async () => {
    const out = {} as Record<TextCol, string[]>;
    for (const col of TEXT_COLS) out[col] = await foldYielding(s.text[col], x.slicer, () => { x.work++; });
    return out;
  })();
  return x.folded;
}

/** One folded haystack per client (ID, name, email), for text search. */
export function hayOf(s: ListState): Promise<string[]> {
  s.index.hay ??= foldedOf(s).then((f) => f.customerId.map((id, i) => `${id}\u0001${f.name[i]}\u0001${f.email[i]}`));
  return s.index.hay;
}

export function rankOf(s: ListState, col: TextCol): Promise<Int32Array> {
  const x = s.index;
  x.ranks[col] ??= foldedOf(s).then((f) => textRankYielding(s.text[col], f[col], x.slicer)).then((r) => { x.work += s.table.n; return r; });
  return x.ranks[col];
}

/** Builds the whole search index in the worker's spare time; `done` holds it once ready. */
export async function buildIndex(s: ListState): Promise<void> {
  const x = s.index;
  const hay = await hayOf(s);
  const ranks = {} as Record<TextCol, Int32Array>;
  for (const col of TEXT_COLS) ranks[col] = await rankOf(s, col);
  if (x !== s.index) return; // replaced by a patch meanwhile
  x.done = { folded: await foldedOf(s), hay, ranks };
  x.ready = true;
}

