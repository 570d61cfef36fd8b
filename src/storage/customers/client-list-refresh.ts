/**
 * Brings the client list's snapshot (client-list-store.ts) up to date and returns its columns, decrypted
 * in memory. Runs in the customers worker (list, end of imports and of the demo) and in Node tests.
 *
 * - Snapshot fresh (the `clients` count and newest `updatedAt` unchanged): two records read, one decrypt
 *   per 50k clients.
 * - Otherwise it is patched: records written since (`updatedAt` > the snapshot's) are read; a key scan
 *   drops deleted clients and finds any record the snapshot lacks (none at all before the first build).
 *   A re-read record whose sealed fields are unchanged (same fingerprint) keeps its decrypted texts, so a
 *   derived-field rewrite of every client (an orders import) costs reads, not decryption.
 * `save()` then seals and writes the new snapshot unless something moved meanwhile. Nothing decrypted is
 * ever written: the texts are stored sealed, as one value per chunk.
 */
import { openString, sealBytes } from '../../core/crypto/seal';
import type { WorkspaceKeys } from '../../core/crypto/workspace-keys';
import type { LeadLensDb } from '../db';
import type { ClientRecord } from './client-records';
import { SEGMENTS } from './client-directory';
import { clientsSig, LIST_CHUNK, LIST_FORMAT, openListChunk, packTexts, readListSnapshot, writeListSnapshot, type ClientsSig, type ListChunk, type ListForecast, type ListMeta } from './client-list-store';

/** The list's columns of every client record, in key order (texts decrypted, in memory only). */
export interface ListColumns {
  n: number;
  keys: string[];
  customerId: string[];
  name: string[];
  email: string[];
  orders: Float64Array;
  lastPurchase: Float64Array;
  segment: Uint8Array;
  legacy: Uint8Array;
  print: Float64Array;
}

export interface LoadedList {
  cols: ListColumns;
  /** The stored snapshot was current and in the newest format (`cols` is it, as stored). */
  fresh: boolean;
  reread: number;
  decrypted: number;
  /** The snapshot's meta and forecast record as read (client-list-forecast.ts decides if the forecast still fits). */
  meta?: ListMeta;
  forecast?: ListForecast;
  /** The `clients` signature `cols` stands for. */
  sig: ClientsSig;
  /** Writes the snapshot of `cols` unless something moved meanwhile; returns the new meta (undefined: not written, or fresh). */
  save: () => Promise<ListMeta | undefined>;
}

/** 53-bit fingerprint (cyrb53) of a record's sealed fields: equal sealed values ⇒ equal texts. */
export function sealedPrint(r: ClientRecord): number {
  const s = `${r.customerIdEnc ?? `=${r.customerId ?? ''}`}|${r.firstNameEnc ?? ''}|${r.lastNameEnc ?? ''}|${r.emailEnc ?? ''}|${r.nameEnc ?? ''}`;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

const opt = (keys: WorkspaceKeys, v: string | undefined): Promise<string> => (v ? openString(keys, v) : Promise.resolve(''));

/** Customer ID, display name and email of one record (a v1 full name is shown as the split would store it). */
export async function openTexts(keys: WorkspaceKeys, r: ClientRecord): Promise<[string, string, string]> {
  const [id, first, last, email, full] = await Promise.all([
    r.customerIdEnc ? openString(keys, r.customerIdEnc) : Promise.resolve(r.customerId ?? ''),
    opt(keys, r.firstNameEnc), opt(keys, r.lastNameEnc), opt(keys, r.emailEnc),
    r.nameEnc && !r.firstNameEnc && !r.lastNameEnc ? openString(keys, r.nameEnc) : Promise.resolve(''),
  ]);
  return [id, full ? full.trim().replace(/\s+/g, ' ') : [first, last].filter(Boolean).join(' '), email];
}

function emptyColumns(n: number): ListColumns {
  return {
    n, keys: new Array<string>(n), customerId: new Array<string>(n), name: new Array<string>(n), email: new Array<string>(n),
    orders: new Float64Array(n), lastPurchase: new Float64Array(n), segment: new Uint8Array(n), legacy: new Uint8Array(n), print: new Float64Array(n),
  };
}

/** The stored snapshot decrypted, as one set of columns (blanked = deleted entries left out). */
async function openSnapshot(keys: WorkspaceKeys, chunks: ListChunk[]): Promise<ListColumns> {
  const texts = await Promise.all(chunks.map((c) => openListChunk(keys, c)));
  if (chunks.every((c) => c.keys.every(Boolean))) { // the usual case (no deletes since): whole arrays joined
    const cat = <T extends Float64Array | Uint8Array>(pick: (c: ListChunk) => T, make: (n: number) => T): T => {
      const out = make(chunks.reduce((n, c) => n + c.n, 0));
      let at = 0;
      for (const c of chunks) { out.set(pick(c), at); at += c.n; }
      return out;
    };
    const f64 = (n: number) => new Float64Array(n);
    const u8 = (n: number) => new Uint8Array(n);
    return {
      n: chunks.reduce((n, c) => n + c.n, 0), keys: chunks.flatMap((c) => c.keys), customerId: texts.flatMap((t) => t[0]), name: texts.flatMap((t) => t[1]), email: texts.flatMap((t) => t[2]),
      orders: cat((c) => c.orders, f64), lastPurchase: cat((c) => c.lastPurchase, f64), segment: cat((c) => c.segment, u8), legacy: cat((c) => c.legacy, u8), print: cat((c) => c.print, f64),
    };
  }
  const cols = emptyColumns(chunks.reduce((n, c) => n + c.keys.filter(Boolean).length, 0));
  let k = 0;
  chunks.forEach((c, ci) => {
    const [ids, names, emails] = texts[ci];
    for (let i = 0; i < c.n; i++) {
      if (!c.keys[i]) continue;
      cols.keys[k] = c.keys[i]; cols.customerId[k] = ids[i]; cols.name[k] = names[i]; cols.email[k] = emails[i];
      cols.orders[k] = c.orders[i]; cols.lastPurchase[k] = c.lastPurchase[i]; cols.segment[k] = c.segment[i]; cols.legacy[k] = c.legacy[i]; cols.print[k] = c.print[i];
      k++;
    }
  });
  return cols;
}

export function setClear(cols: ListColumns, k: number, r: ClientRecord): void {
  cols.keys[k] = r.id;
  cols.orders[k] = r.orderCount ?? 0;
  cols.lastPurchase[k] = r.lastPurchaseDay ?? NaN;
  cols.segment[k] = Math.max(0, SEGMENTS.indexOf(r.segment));
  cols.legacy[k] = r.nameEnc && !r.firstNameEnc && !r.lastNameEnc ? 1 : 0;
  cols.print[k] = sealedPrint(r);
}

/** Chunks (sealed texts + clear columns) of the columns. */
export async function sealColumns(keys: WorkspaceKeys, cols: ListColumns, chunkSize = LIST_CHUNK): Promise<ListChunk[]> {
  const out: Promise<ListChunk>[] = [];
  for (let from = 0, chunk = 0; from < cols.n; from += chunkSize, chunk++) {
    const to = Math.min(cols.n, from + chunkSize);
    const texts = packTexts([cols.customerId.slice(from, to), cols.name.slice(from, to), cols.email.slice(from, to)]);
    const c = chunk;
    out.push(sealBytes(keys, texts).then((sealed) => ({
      chunk: c, n: to - from, keys: cols.keys.slice(from, to), sealed, orders: cols.orders.slice(from, to), lastPurchase: cols.lastPurchase.slice(from, to),
      segment: cols.segment.slice(from, to), legacy: cols.legacy.slice(from, to), print: cols.print.slice(from, to),
    })));
  }
  return Promise.all(out);
}

/** Decrypts in bounded parallel batches. */
async function openAll(keys: WorkspaceKeys, cols: ListColumns, todo: { k: number; r: ClientRecord }[]): Promise<void> {
  for (let i = 0; i < todo.length; i += 512) {
    const part = todo.slice(i, i + 512);
    const texts = await Promise.all(part.map((x) => openTexts(keys, x.r)));
    part.forEach(({ k }, j) => { [cols.customerId[k], cols.name[k], cols.email[k]] = texts[j]; });
  }
}

/** The list's columns of every client record, from the snapshot patched as needed (see the header). */
export async function loadClientList(database: LeadLensDb, keys: WorkspaceKeys, chunkSize = LIST_CHUNK): Promise<LoadedList> {
  const read = await database.transaction('r', database.clients, database.clientList, async () => {
    const snap = await readListSnapshot(database);
    const sig = await clientsSig(database);
    const live = snap.chunks.reduce((n, c) => n + c.keys.filter(Boolean).length, 0);
    const m = snap.meta;
    if (m && m.clients === sig.clients && m.clientsAt === sig.clientsAt && live === sig.clients) return { snap, sig, fresh: true as const, current: m.format === LIST_FORMAT };
    // Strictly above: a write after this snapshot was read stamps above its newest updatedAt (nextStamp), and
    // one import stamps all its records alike, so "or equal" would re-read 100,000 records after one edit.
    const changed = m ? ((await database.clients.where('updatedAt').above(m.clientsAt).toArray()) as unknown as ClientRecord[]) : [];
    const all = (await database.clients.toCollection().primaryKeys()) as string[];
    return { snap, sig, fresh: false as const, changed, all };
  });
  const old = await openSnapshot(keys, read.snap.meta ? read.snap.chunks : []);
  const { meta, forecast } = read.snap;
  const saveOf = (cols: ListColumns) => async () => writeListSnapshot(database, meta, read.sig, await sealColumns(keys, cols, chunkSize));
  if (read.fresh) return { cols: old, fresh: read.current, reread: 0, decrypted: 0, meta, forecast, sig: read.sig, save: read.current ? () => Promise.resolve(undefined) : saveOf(old) };
  const cols = await patch(database, keys, old, read.changed, read.all);
  return { cols: cols.cols, fresh: false, reread: cols.reread, decrypted: cols.decrypted, meta, forecast, sig: read.sig, save: saveOf(cols.cols) };
}

async function patch(database: LeadLensDb, keys: WorkspaceKeys, old: ListColumns, changed: ClientRecord[], all: string[]): Promise<{ cols: ListColumns; reread: number; decrypted: number }> {
  const at = new Map<string, number>();
  for (let i = 0; i < old.n; i++) at.set(old.keys[i], i);
  const fresh = new Map(changed.map((r) => [r.id, r]));
  const missing = all.filter((k) => !fresh.has(k) && !at.has(k));
  const got = (await database.clients.bulkGet(missing)) as unknown as (ClientRecord | undefined)[];
  got.forEach((r) => { if (r) fresh.set(r.id, r); });
  const cols = emptyColumns(all.length);
  const todo: { k: number; r: ClientRecord }[] = [];
  let k = 0;
  for (const key of all) {
    const r = fresh.get(key);
    const o = at.get(key);
    if (!r && o === undefined) continue; // deleted after the key scan
    if (r) setClear(cols, k, r);
    if (o !== undefined && (!r || cols.print[k] === old.print[o])) {
      cols.customerId[k] = old.customerId[o]; cols.name[k] = old.name[o]; cols.email[k] = old.email[o];
      if (!r) {
        cols.keys[k] = key; cols.orders[k] = old.orders[o]; cols.lastPurchase[k] = old.lastPurchase[o];
        cols.segment[k] = old.segment[o]; cols.legacy[k] = old.legacy[o]; cols.print[k] = old.print[o];
      }
    } else if (r) todo.push({ k, r });
    k++;
  }
  await openAll(keys, cols, todo);
  return { cols: k === cols.n ? cols : sliceColumns(cols, k), reread: fresh.size, decrypted: todo.length };
}

function sliceColumns(c: ListColumns, n: number): ListColumns {
  return {
    n, keys: c.keys.slice(0, n), customerId: c.customerId.slice(0, n), name: c.name.slice(0, n), email: c.email.slice(0, n),
    orders: c.orders.slice(0, n), lastPurchase: c.lastPurchase.slice(0, n), segment: c.segment.slice(0, n), legacy: c.legacy.slice(0, n), print: c.print.slice(0, n),
  };
}

/** Loads and writes the snapshot (end of an import or of the demo). Returns whether it was written. */
export async function refreshClientList(database: LeadLensDb, keys: WorkspaceKeys): Promise<boolean> {
  return (await (await loadClientList(database, keys)).save()) !== undefined;
}

/**
 * Re-seals the chunks holding deleted (blanked) entries without them, so a deleted client's sealed texts
 * leave the snapshot right away (as compactDirectory does for the directory). A chunk changed meanwhile is
 * left for the next build. Returns the number of entries dropped.
 */
export async function compactListSnapshot(database: LeadLensDb, keys: WorkspaceKeys): Promise<number> {
  let dropped = 0;
  for (const c of (await readListSnapshot(database)).chunks) {
    if (!c.keys.some((k) => !k)) continue;
    const [next] = await sealColumns(keys, await openSnapshot(keys, [c]), Number.MAX_SAFE_INTEGER);
    await database.transaction('rw', database.clientList, async () => {
      const cur = (await database.clientList.get(c.chunk)) as unknown as ListChunk | undefined;
      if (!cur || !sameSealed(cur.sealed, c.sealed) || cur.keys.join() !== c.keys.join()) return;
      if (next) await database.clientList.put({ ...next, chunk: c.chunk } as unknown as Record<string, unknown>);
      else await database.clientList.delete(c.chunk);
      dropped += c.n - (next?.n ?? 0);
    });
  }
  return dropped;
}

/** Whether two stored sealed values are the same one (a fresh random IV per seal: equal bytes = same write). */
function sameSealed(a: ListChunk['sealed'], b: ListChunk['sealed']): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

export type { ClientsSig, ListMeta };
