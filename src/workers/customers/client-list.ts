/**
 * The client list in the customers worker (issue #10): every client's clear columns (segment, orders,
 * last purchase) joined with the newest forecast's columns, filtered and sorted here (core/customers/
 * client-query.ts) so the page only asks for the rows it shows. Personal fields stay sealed at rest: the
 * search index decrypts them into this worker's memory in the background (never written anywhere) and
 * answers text search and sorting by ID, name or email; rows of a page are decrypted on demand. The state
 * is rebuilt when the page says the data changed (a new `version`) or after the worker was restarted.
 */
import type { WorkspaceKeys } from '../../core/crypto/workspace-keys';
import { openString } from '../../core/crypto/seal';
import { selectClients, SEGMENTS, type ClientQuery, type ClientTable, type TextRanks } from '../../core/customers/client-query';
import { matchText, searchHaystacks, textRanks } from '../../core/customers/client-search';
import type { LeadLensDb } from '../../storage/db';
import type { ClientRecord } from '../../storage/customers/client-records';
import { allClientRecords } from '../../storage/customers/client-scan';
import { latestForecastColumns } from '../../storage/customers/forecast-store';
import type { ClientListInfo, ClientListRow, ListContext } from '../../bridge/client-list-contract';

interface TextIndex { customerId: string[]; name: string[]; email: string[]; hay: string[]; ranks: TextRanks }

interface ListState {
  version: number;
  keys: WorkspaceKeys;
  records: ClientRecord[];
  table: ClientTable;
  asOfDay?: number;
  order: Int32Array;
  text?: Promise<TextIndex>;
  textDone: number;
}

let state: ListState | undefined;

async function build(database: LeadLensDb, ctx: ListContext): Promise<ListState> {
  const [records, latest] = await Promise.all([allClientRecords(database, ctx.keys), latestForecastColumns(database)]);
  const n = records.length;
  const at = new Map(latest?.cols.keys.map((k, i) => [k, i]) ?? []);
  const table: ClientTable = {
    n, orders: new Float64Array(n), lastPurchase: new Float64Array(n), spend30: new Float64Array(n).fill(NaN),
    pBuy14: new Float64Array(n).fill(NaN), pAlive: new Float64Array(n).fill(NaN), segment: new Uint8Array(n),
  };
  records.forEach((r, i) => {
    table.orders[i] = r.orderCount ?? 0;
    table.lastPurchase[i] = r.lastPurchaseDay ?? NaN;
    table.segment[i] = Math.max(0, SEGMENTS.indexOf(r.segment));
    const j = at.get(r.id);
    if (latest && j !== undefined) {
      table.spend30[i] = latest.cols.spend30[j];
      table.pBuy14[i] = latest.cols.pBuy14[j];
      table.pAlive[i] = latest.cols.pAlive[j];
    }
  });
  return { version: ctx.version, keys: ctx.keys, records, table, asOfDay: latest?.summary.asOfDay, order: selectClients(table, {}), textDone: 0 };
}

let building: Promise<ListState> | undefined;
let buildingVersion = -1;

/** The list state for this data version (built once per version; concurrent callers share the build). */
export async function listState(database: LeadLensDb, ctx: ListContext): Promise<ListState> {
  if (state && state.version === ctx.version) return state;
  if (!building || buildingVersion !== ctx.version) {
    buildingVersion = ctx.version;
    building = build(database, ctx).then((s) => { if (buildingVersion === ctx.version) state = s; return s; });
  }
  return building;
}

async function open(keys: WorkspaceKeys, sealed: string | undefined): Promise<string> {
  return sealed ? openString(keys, sealed) : '';
}

/** Decrypted Customer ID, name and email of one record. */
async function openRecord(keys: WorkspaceKeys, r: ClientRecord): Promise<[string, string, string]> {
  const [id, first, last, email] = await Promise.all([r.customerIdEnc ? open(keys, r.customerIdEnc) : Promise.resolve(r.customerId ?? ''), open(keys, r.firstNameEnc), open(keys, r.lastNameEnc), open(keys, r.emailEnc)]);
  return [id, [first, last].filter(Boolean).join(' '), email];
}

/** Small batches, so a page of rows asked for meanwhile is decrypted between them rather than after all. */
const BATCH = 256;

/** Decrypts every client's ID, name and email into memory (batched; progress in `textDone`). */
function textIndex(s: ListState): Promise<TextIndex> {
  s.text ??= (async () => {
    const n = s.records.length;
    const customerId = new Array<string>(n);
    const name = new Array<string>(n);
    const email = new Array<string>(n);
    for (let i = 0; i < n; i += BATCH) {
      const part = await Promise.all(s.records.slice(i, i + BATCH).map((r) => openRecord(s.keys, r)));
      part.forEach(([a, b, c], j) => { customerId[i + j] = a; name[i + j] = b; email[i + j] = c; });
      s.textDone = Math.min(n, i + BATCH);
    }
    return { customerId, name, email, hay: searchHaystacks(customerId, name, email), ranks: textRanks(customerId, name, email) };
  })();
  return s.text;
}

function info(s: ListState): ClientListInfo {
  let withForecast = 0;
  for (let i = 0; i < s.table.n; i++) if (!Number.isNaN(s.table.spend30[i])) withForecast++;
  return { total: s.table.n, matching: s.order.length, withForecast, asOfDay: s.asOfDay, searchDone: s.textDone, searchReady: s.textDone === s.table.n };
}

const needsText = (q: ClientQuery): boolean => !!q.text || q.sortBy === 'customerId' || q.sortBy === 'name' || q.sortBy === 'email';

/** Opens (or reuses) the list. The search index starts after the first rows are served (listRows). */
export async function openList(database: LeadLensDb, ctx: ListContext): Promise<ClientListInfo> {
  return info(await listState(database, ctx));
}

/** Applies a query; text search and text sorts wait for the search index. */
export async function queryList(database: LeadLensDb, ctx: ListContext, q: ClientQuery): Promise<ClientListInfo> {
  const s = await listState(database, ctx);
  const text = needsText(q) ? await textIndex(s) : undefined;
  s.order = selectClients(s.table, q, q.text && text ? matchText(text.hay, q.text) : undefined, text?.ranks);
  return info(s);
}

export async function listProgress(database: LeadLensDb, ctx: ListContext): Promise<ClientListInfo> {
  return info(await listState(database, ctx));
}

function row(s: ListState, i: number, [customerId, name, email]: [string, string, string]): ClientListRow {
  const r = s.records[i];
  const t = s.table;
  const num = (v: number) => (Number.isNaN(v) ? undefined : v);
  return {
    id: r.id, customerId, name, email, segment: SEGMENTS[t.segment[i]], orders: t.orders[i], lastPurchaseDay: num(t.lastPurchase[i]),
    spend30: num(t.spend30[i]), pBuy14: num(t.pBuy14[i]), pAlive: num(t.pAlive[i]),
  };
}

/** Rows offset … offset+limit−1 of the current order, decrypted (from the index when it is ready). */
export async function listRows(database: LeadLensDb, ctx: ListContext, offset: number, limit: number): Promise<ClientListRow[]> {
  const s = await listState(database, ctx);
  const idx = Array.from(s.order.subarray(offset, offset + limit));
  const ready = s.textDone === s.table.n && s.text ? await s.text : undefined;
  const rows = await Promise.all(idx.map(async (i) => row(s, i, ready ? [ready.customerId[i], ready.name[i], ready.email[i]] : await openRecord(s.keys, s.records[i]))));
  setTimeout(() => void textIndex(s), 0); // the first page is out: build the search index in the background
  return rows;
}

/** Every row of the current order (for the CSV export), decrypted. */
export async function allListRows(database: LeadLensDb, ctx: ListContext): Promise<ClientListRow[]> {
  const s = await listState(database, ctx);
  const text = await textIndex(s);
  return Array.from(s.order, (i) => row(s, i, [text.customerId[i], text.name[i], text.email[i]]));
}

/** Forget the list (tests). */
export function resetList(): void {
  state = undefined;
  building = undefined;
  buildingVersion = -1;
}
