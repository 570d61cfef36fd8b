/**
 * The client list in the customers worker (issue #10): every client's clear columns (segment, orders,
 * last purchase) with the newest forecast's numbers, filtered and sorted here (core/customers/
 * client-query.ts) so the page only asks for the rows it shows. The state (client-list-state.ts) comes from
 * the list snapshot and the client directory, texts decrypted into this worker's memory only; the search
 * index (folded texts, collation ranks) is then built in time slices, so filters and rows asked for meanwhile
 * answer at once. When the page says the data changed (a new `version`), the changed client records are
 * patched into the state in place (client-list-patch.ts); deletes, directory changes and large changes
 * rebuild it, as does a restarted worker.
 */
import { selectClients, SEGMENTS, type ClientQuery, type TextRanks } from '../../core/customers/client-query';
import { matchText } from '../../core/customers/client-search';
import { SliceCancelled } from '../../core/customers/yielding';
import type { LeadLensDb } from '../../storage/db';
import type { ClientListInfo, ClientListRow, ListContext } from '../../bridge/client-list-contract';
import { buildIndex, buildList, hayOf, rankOf, type ListState, type TextCol } from './client-list-state';
import { patchList } from './client-list-patch';

let state: ListState | undefined;
let building: Promise<ListState> | undefined;
let buildingVersion = -1;

/** Runs in the background once the first rows are out: the owed snapshot writes, then the search index. */
function background(s: ListState): void {
  const save = s.save;
  if (!save) return;
  s.save = undefined;
  setTimeout(() => {
    void (async () => {
      await save();
      await buildIndex(s);
    })().catch((e: unknown) => { if (!(e instanceof SliceCancelled)) console.error(e); });
  }, 0);
}

/** The current state patched to `ctx.version`, or a new build (deletes, directory changes, no state yet). */
async function update(database: LeadLensDb, ctx: ListContext, old: ListState | undefined): Promise<ListState> {
  if (old && old === state) {
    const t0 = performance.now();
    if (await patchList(database, ctx.keys, old).catch(() => false)) {
      old.version = ctx.version;
      old.buildMs = { patched: 1, total: Math.round(performance.now() - t0) };
      return old;
    }
  }
  const s = await buildList(database, ctx.keys, ctx.version);
  if (state && state !== s) state.index.token.cancelled = true;
  return s;
}

/** The list state for this data version (built or patched once per version; concurrent callers share it). */
export async function listState(database: LeadLensDb, ctx: ListContext): Promise<ListState> {
  if (state && state.version === ctx.version) return state;
  if (!building || buildingVersion !== ctx.version) {
    buildingVersion = ctx.version;
    const prev = building ?? Promise.resolve(undefined);
    building = prev.catch(() => undefined).then((old) => update(database, ctx, old)).then((s) => {
      state = s; // builds run one after another, each for a newer version
      return s;
    });
  }
  return building;
}

function info(s: ListState): ClientListInfo {
  let withForecast = 0;
  for (let i = 0; i < s.table.n; i++) if (!Number.isNaN(s.table.spend30[i])) withForecast++;
  const n = s.table.n;
  return {
    total: n, matching: s.order ? s.order.length : n, withForecast, asOfDay: s.asOfDay, legacyNames: s.legacy, buildMs: s.buildMs,
    searchDone: s.index.ready ? n : Math.min(n - 1, Math.floor(s.index.work / 6)), searchReady: s.index.ready,
  };
}

const textSort = (q: ClientQuery): TextCol | undefined => (q.sortBy === 'customerId' || q.sortBy === 'name' || q.sortBy === 'email' ? q.sortBy : undefined);

/** Runs `f` again if a patch replaced the search index it was waiting for. */
async function retried<T>(f: () => Promise<T>): Promise<T> {
  for (;;) {
    try { return await f(); } catch (e) { if (!(e instanceof SliceCancelled)) throw e; }
  }
}

/** Opens (or reuses) the list. */
export async function openList(database: LeadLensDb, ctx: ListContext): Promise<ClientListInfo> {
  return info(await listState(database, ctx));
}

/** Applies a query; text search waits for the folded texts, a text sort for that column's ranks. */
export async function queryList(database: LeadLensDb, ctx: ListContext, q: ClientQuery): Promise<ClientListInfo> {
  const s = await listState(database, ctx);
  const hay = q.text ? await retried(() => hayOf(s)) : undefined;
  const by = textSort(q);
  const ranks = by ? ({ [by]: await retried(() => rankOf(s, by)) } as TextRanks) : undefined;
  s.order = selectClients(s.table, q, hay && q.text ? matchText(hay, q.text) : undefined, ranks);
  return info(s);
}

export async function listProgress(database: LeadLensDb, ctx: ListContext): Promise<ClientListInfo> {
  return info(await listState(database, ctx));
}

function row(s: ListState, i: number): ClientListRow {
  const t = s.table;
  const num = (v: number) => (Number.isNaN(v) ? undefined : v);
  return {
    id: s.keys[i], customerId: s.text.customerId[i], name: s.text.name[i], email: s.text.email[i], segment: SEGMENTS[t.segment[i]], orders: t.orders[i],
    lastPurchaseDay: num(t.lastPurchase[i]), spend30: num(t.spend30[i]), pBuy14: num(t.pBuy14[i]), pAlive: num(t.pAlive[i]),
  };
}

/** Rows offset … offset+limit−1 of the current order. */
export async function listRows(database: LeadLensDb, ctx: ListContext, offset: number, limit: number): Promise<ClientListRow[]> {
  const s = await listState(database, ctx);
  const rows = Array.from((s.order ??= selectClients(s.table, {})).subarray(offset, offset + limit), (i) => row(s, i));
  background(s); // the first rows are out: the owed writes and the search index may take the worker's spare time
  return rows;
}

/** Every row of the current order (for the CSV export). */
export async function allListRows(database: LeadLensDb, ctx: ListContext): Promise<ClientListRow[]> {
  const s = await listState(database, ctx);
  return Array.from((s.order ??= selectClients(s.table, {})), (i) => row(s, i));
}

/** Forget the list (tests). */
export function resetList(): void {
  if (state) state.index.token.cancelled = true;
  state = undefined;
  building = undefined;
  buildingVersion = -1;
}
