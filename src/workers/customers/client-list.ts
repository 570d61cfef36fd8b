/**
 * The client list in the customers worker (issue #10): every client's clear columns (segment, orders,
 * last purchase) joined with the newest forecast's columns, filtered and sorted here (core/customers/
 * client-query.ts) so the page only asks for the rows it shows. The clients come from the list snapshot
 * (storage/customers/client-list-refresh.ts: a few sealed columnar chunks, patched with whatever changed,
 * texts decrypted into this worker's memory only) and the client directory, so opening 100,000 clients
 * is a few reads and decrypts. The search index (folded texts, collation ranks) is then built in time
 * slices (core/customers/yielding.ts), so filters and rows asked for meanwhile answer at once. The state is
 * rebuilt when the page says the data changed (a new `version`) or after the worker was restarted.
 */
import { selectClients, SEGMENTS, type ClientQuery, type ClientTable, type TextRanks } from '../../core/customers/client-query';
import { foldYielding, matchText, textRankYielding } from '../../core/customers/client-search';
import { SliceCancelled, Slicer } from '../../core/customers/yielding';
import type { LeadLensDb } from '../../storage/db';
import { directoryColumns } from '../../storage/customers/client-scan';
import { loadClientList } from '../../storage/customers/client-list-refresh';
import { latestForecastColumns } from '../../storage/customers/forecast-store';
import type { ClientListInfo, ClientListRow, ListContext } from '../../bridge/client-list-contract';

type TextCol = keyof TextRanks;
const TEXT_COLS: TextCol[] = ['name', 'customerId', 'email'];

interface ListState {
  version: number;
  keys: string[];
  text: Record<TextCol, string[]>;
  table: ClientTable;
  asOfDay?: number;
  legacy: number;
  order: Int32Array;
  slicer: Slicer;
  cancelled: boolean;
  folded?: Promise<Record<TextCol, string[]>>;
  hay?: Promise<string[]>;
  ranks: Partial<Record<TextCol, Promise<Int32Array>>>;
  /** Units of index work done (fold: one per row and column; ranks: n per column), of 6n. */
  work: number;
  ready: boolean;
  /** Writes the patched snapshot (a no-op when it was fresh); called once, with the index, after the first rows. */
  save?: () => Promise<boolean>;
  /** Milliseconds from the start of the build at which each part was done (snapshot patched: `fresh` 0). */
  buildMs: Record<string, number>;
}

let state: ListState | undefined;

async function build(database: LeadLensDb, ctx: ListContext): Promise<{ s: ListState; save: () => Promise<boolean> }> {
  const buildMs: Record<string, number> = {};
  const t0 = performance.now();
  const timed = <T>(step: string, p: Promise<T>): Promise<T> => p.then((v) => { buildMs[step] = Math.round(performance.now() - t0); return v; });
  const [list, dir, latest] = await Promise.all([timed('snapshot', loadClientList(database, ctx.keys)), timed('directory', directoryColumns(database, ctx.keys)), timed('forecast', latestForecastColumns(database))]);
  const c = list.cols;
  const n = c.n + dir.n;
  const blank = new Array<string>(dir.n).fill('');
  const table: ClientTable = {
    n, orders: new Float64Array(n), lastPurchase: new Float64Array(n), spend30: new Float64Array(n).fill(NaN),
    pBuy14: new Float64Array(n).fill(NaN), pAlive: new Float64Array(n).fill(NaN), segment: new Uint8Array(n),
  };
  table.orders.set(c.orders); table.orders.set(dir.orders, c.n);
  table.lastPurchase.set(c.lastPurchase); table.lastPurchase.set(dir.lastPurchase, c.n);
  table.segment.set(c.segment); table.segment.set(dir.segment, c.n);
  const keys = c.keys.concat(dir.keys);
  if (latest) {
    const at = new Map<string, number>();
    for (let i = 0; i < n; i++) at.set(keys[i], i);
    const f = latest.cols;
    for (let j = 0; j < f.keys.length; j++) {
      const i = at.get(f.keys[j]);
      if (i === undefined) continue;
      table.spend30[i] = f.spend30[j]; table.pBuy14[i] = f.pBuy14[j]; table.pAlive[i] = f.pAlive[j];
    }
  }
  buildMs.join = Math.round(performance.now() - t0);
  let legacy = 0;
  for (let i = 0; i < c.n; i++) legacy += c.legacy[i];
  const s: ListState = {
    version: ctx.version, keys, text: { customerId: c.customerId.concat(dir.customerId), name: c.name.concat(blank), email: c.email.concat(blank) },
    table, asOfDay: latest?.summary.asOfDay, legacy, order: selectClients(table, {}), slicer: new Slicer(8, () => s.cancelled), cancelled: false,
    ranks: {}, work: 0, ready: n === 0, buildMs,
  };
  buildMs.total = Math.round(performance.now() - t0);
  buildMs.fresh = list.fresh ? 1 : 0;
  return { s, save: list.save };
}

let building: Promise<ListState> | undefined;
let buildingVersion = -1;

/** Runs in the background once the first rows are out: the snapshot written, then the search index. */
function background(s: ListState): void {
  const save = s.save;
  if (!save) return;
  s.save = undefined;
  setTimeout(() => {
    void (async () => {
      await save();
      await hayOf(s);
      for (const col of TEXT_COLS) await rankOf(s, col);
      s.ready = true;
    })().catch((e: unknown) => { if (!(e instanceof SliceCancelled)) console.error(e); });
  }, 0);
}

/** The list state for this data version (built once per version; concurrent callers share the build). */
export async function listState(database: LeadLensDb, ctx: ListContext): Promise<ListState> {
  if (state && state.version === ctx.version) return state;
  if (!building || buildingVersion !== ctx.version) {
    buildingVersion = ctx.version;
    building = build(database, ctx).then(({ s, save }) => {
      if (buildingVersion === ctx.version) {
        if (state) state.cancelled = true;
        state = s;
        s.save = save;
      }
      return s;
    });
  }
  return building;
}

function foldedOf(s: ListState): Promise<Record<TextCol, string[]>> {
  s.folded ??= (async () => {
    const out = {} as Record<TextCol, string[]>;
    for (const col of TEXT_COLS) out[col] = await foldYielding(s.text[col], s.slicer, () => { s.work++; });
    return out;
  })();
  return s.folded;
}

/** One folded haystack per client (ID, name, email), for text search. */
function hayOf(s: ListState): Promise<string[]> {
  s.hay ??= foldedOf(s).then((f) => f.customerId.map((id, i) => `${id}\u0001${f.name[i]}\u0001${f.email[i]}`));
  return s.hay;
}

function rankOf(s: ListState, col: TextCol): Promise<Int32Array> {
  s.ranks[col] ??= foldedOf(s).then((f) => textRankYielding(s.text[col], f[col], s.slicer)).then((r) => { s.work += s.table.n; return r; });
  return s.ranks[col];
}

function info(s: ListState): ClientListInfo {
  let withForecast = 0;
  for (let i = 0; i < s.table.n; i++) if (!Number.isNaN(s.table.spend30[i])) withForecast++;
  const n = s.table.n;
  return {
    total: n, matching: s.order.length, withForecast, asOfDay: s.asOfDay, legacyNames: s.legacy, buildMs: s.buildMs,
    searchDone: s.ready ? n : Math.min(n - 1, Math.floor(s.work / 6)), searchReady: s.ready,
  };
}

const textSort = (q: ClientQuery): TextCol | undefined => (q.sortBy === 'customerId' || q.sortBy === 'name' || q.sortBy === 'email' ? q.sortBy : undefined);

/** Opens (or reuses) the list. */
export async function openList(database: LeadLensDb, ctx: ListContext): Promise<ClientListInfo> {
  return info(await listState(database, ctx));
}

/** Applies a query; text search waits for the folded texts, a text sort for that column's ranks. */
export async function queryList(database: LeadLensDb, ctx: ListContext, q: ClientQuery): Promise<ClientListInfo> {
  const s = await listState(database, ctx);
  const hay = q.text ? await hayOf(s) : undefined;
  const by = textSort(q);
  const ranks = by ? ({ [by]: await rankOf(s, by) } as TextRanks) : undefined;
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
  const rows = Array.from(s.order.subarray(offset, offset + limit), (i) => row(s, i));
  background(s); // the first rows are out: the snapshot write and the search index may take the worker's spare time
  return rows;
}

/** Every row of the current order (for the CSV export). */
export async function allListRows(database: LeadLensDb, ctx: ListContext): Promise<ClientListRow[]> {
  const s = await listState(database, ctx);
  return Array.from(s.order, (i) => row(s, i));
}

/** Forget the list (tests). */
export function resetList(): void {
  if (state) state.cancelled = true;
  state = undefined;
  building = undefined;
  buildingVersion = -1;
}
