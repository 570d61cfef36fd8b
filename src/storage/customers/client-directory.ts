/**
 * The client directory (schema v4): clients known only by their Customer ID — created by an order or
 * activity file naming an unknown client — kept in columnar chunks of up to DIRECTORY_CHUNK entries, one
 * record per chunk, like the order chunks. A chunk holds the keyed ids (sorted), the Customer IDs as ONE
 * sealed value (a JSON array, one AES-GCM call per chunk; in clear only when the admin turned "encrypt
 * Customer IDs" off, as on client records) and the non-personal derived columns. Creating 23,570 clients
 * is then one seal and one write instead of 23,570 of each (one sealed record each took ~200 µs/client).
 *
 * A client lives in exactly one place: a `clients` record (anything with a name, email, notes or an edit)
 * or a live directory entry. Saving a record for a directory client retires its entry (`live[i] = 0`,
 * inside the same transaction, no crypto) and carries its derived fields over; `compactDirectory` later
 * drops retired entries from the sealed list (after a delete, so a deleted client's ID is not kept).
 */
import { openString, sealString } from '../../core/crypto/seal';
import type { WorkspaceKeys } from '../../core/crypto/workspace-keys';
import type { LeadLensDb } from '../db';
import type { ClientSegment } from './client-records';
import type { Derived } from './derived';

export const DIRECTORY_CHUNK = 50_000;
export const SEGMENTS: readonly ClientSegment[] = ['new', 'regular', 'vip', 'lapsed'];

export interface DirectoryChunk {
  chunk: number;
  n: number;
  /** Keyed client ids (`c_<HMAC>`), sorted in code-unit order. */
  keys: string[];
  /** Sealed JSON array of the Customer IDs, in `keys` order (encrypt Customer IDs on). */
  idsEnc?: string;
  /** The Customer IDs in clear (encrypt Customer IDs off). */
  ids?: string[];
  /** 1 = a directory client; 0 = retired (now a `clients` record, or deleted). */
  live: Uint8Array;
  orderCount: Int32Array;
  totalSpend: Float64Array;
  /** Epoch day; NaN = no purchase. */
  lastPurchaseDay: Float64Array;
  /** Index into SEGMENTS. */
  segment: Uint8Array;
  createdAt: number;
  updatedAt: number;
}

/** One directory client, non-personal part. */
export interface DirectoryEntry { key: string; derived: Derived }

export function entryDerived(c: DirectoryChunk, i: number): Derived {
  const d: Derived = { orderCount: c.orderCount[i], totalSpend: c.totalSpend[i], segment: SEGMENTS[c.segment[i]] ?? 'new' };
  if (!Number.isNaN(c.lastPurchaseDay[i])) d.lastPurchaseDay = c.lastPurchaseDay[i];
  return d;
}

function setDerived(c: DirectoryChunk, i: number, d: Derived | undefined): void {
  c.orderCount[i] = d?.orderCount ?? 0;
  c.totalSpend[i] = d?.totalSpend ?? 0;
  c.lastPurchaseDay[i] = d?.lastPurchaseDay ?? NaN;
  c.segment[i] = Math.max(0, SEGMENTS.indexOf(d?.segment ?? 'new'));
}

/** Builds one chunk (not yet numbered) from Customer IDs and their keyed ids; sealing is the only await. */
async function buildChunk(keys: WorkspaceKeys, entries: { key: string; id: string }[], encIds: boolean, derived: Map<string, Derived> | undefined, now: number): Promise<Omit<DirectoryChunk, 'chunk'>> {
  const sorted = [...entries].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const n = sorted.length;
  const c: Omit<DirectoryChunk, 'chunk'> = {
    n, keys: sorted.map((e) => e.key), live: new Uint8Array(n).fill(1), orderCount: new Int32Array(n), totalSpend: new Float64Array(n),
    lastPurchaseDay: new Float64Array(n), segment: new Uint8Array(n), createdAt: now, updatedAt: now,
  };
  for (let i = 0; i < n; i++) setDerived(c as DirectoryChunk, i, derived?.get(sorted[i].key));
  const ids = sorted.map((e) => e.id.trim());
  if (encIds) c.idsEnc = await sealString(keys, JSON.stringify(ids));
  else c.ids = ids;
  return c;
}

/** Adds ID-only clients (sealed per chunk, then one write transaction). Returns the number of chunks. */
export async function addToDirectory(
  database: LeadLensDb, keys: WorkspaceKeys, entries: { key: string; id: string }[], encIds: boolean, derived: Map<string, Derived> | undefined, now: number,
  chunkSize = DIRECTORY_CHUNK,
): Promise<number> {
  if (entries.length === 0) return 0;
  const parts: { key: string; id: string }[][] = [];
  for (let i = 0; i < entries.length; i += chunkSize) parts.push(entries.slice(i, i + chunkSize));
  const built = await Promise.all(parts.map((p) => buildChunk(keys, p, encIds, derived, now)));
  const table = database.clientDirectory;
  await database.transaction('rw', table, async () => {
    const last = (await table.orderBy(':id').reverse().first()) as DirectoryChunk | undefined;
    let next = last ? last.chunk + 1 : 0;
    await table.bulkAdd(built.map((c) => ({ ...c, chunk: next++ })) as unknown as Record<string, unknown>[]);
  });
  return built.length;
}

export async function readDirectory(database: LeadLensDb): Promise<DirectoryChunk[]> {
  return (await database.clientDirectory.toArray()) as unknown as DirectoryChunk[];
}

/** Keyed ids of every live directory client. */
export function liveKeys(chunks: readonly DirectoryChunk[]): string[] {
  const out: string[] = [];
  for (const c of chunks) for (let i = 0; i < c.n; i++) if (c.live[i]) out.push(c.keys[i]);
  return out;
}

export async function directoryCount(database: LeadLensDb): Promise<number> {
  let n = 0;
  await database.clientDirectory.each((c: unknown) => { const d = c as DirectoryChunk; for (let i = 0; i < d.n; i++) n += d.live[i]; });
  return n;
}

/** The Customer IDs of a chunk, in `keys` order. */
export async function openDirectoryIds(keys: WorkspaceKeys, c: DirectoryChunk): Promise<string[]> {
  if (c.ids) return c.ids;
  return c.idsEnc ? (JSON.parse(await openString(keys, c.idsEnc)) as string[]) : [];
}

/** Position of `key` in a chunk's sorted keys, or −1. */
export function indexInChunk(c: DirectoryChunk, key: string): number {
  let lo = 0;
  let hi = c.n - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const k = c.keys[mid];
    if (k === key) return mid;
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * Inside a caller's rw transaction (which must include clientDirectory): retires the live entries of
 * `keys` and returns their derived fields, so the caller's `clients` records carry them over. No crypto.
 */
export async function retireInTransaction(database: LeadLensDb, keys: readonly string[], now: number): Promise<Map<string, Derived>> {
  const out = new Map<string, Derived>();
  if (keys.length === 0) return out;
  const changed: DirectoryChunk[] = [];
  for (const c of await readDirectory(database)) {
    let touched = false;
    for (const key of keys) {
      const i = indexInChunk(c, key);
      if (i < 0 || !c.live[i]) continue;
      out.set(key, entryDerived(c, i));
      c.live[i] = 0;
      touched = true;
    }
    if (touched) { c.updatedAt = now; changed.push(c); }
  }
  if (changed.length) await database.clientDirectory.bulkPut(changed as unknown as Record<string, unknown>[]);
  return out;
}

/** Inside a caller's rw transaction: writes derived fields onto live directory entries. Returns keys written. */
export async function refreshDirectoryInTransaction(database: LeadLensDb, derived: Map<string, Derived>, now: number): Promise<Set<string>> {
  const done = new Set<string>();
  if (derived.size === 0) return done;
  const changed: DirectoryChunk[] = [];
  for (const c of await readDirectory(database)) {
    let touched = false;
    for (let i = 0; i < c.n; i++) {
      const d = c.live[i] ? derived.get(c.keys[i]) : undefined;
      if (!d) continue;
      done.add(c.keys[i]);
      const old = entryDerived(c, i);
      if (old.orderCount === d.orderCount && old.totalSpend === d.totalSpend && old.lastPurchaseDay === d.lastPurchaseDay && old.segment === d.segment) continue;
      setDerived(c, i, d);
      touched = true;
    }
    if (touched) { c.updatedAt = now; changed.push(c); }
  }
  if (changed.length) await database.clientDirectory.bulkPut(changed as unknown as Record<string, unknown>[]);
  return done;
}

/**
 * Rewrites chunks holding retired entries without them (re-sealed outside any transaction; a chunk changed
 * meanwhile is left for the next call). Empty chunks are deleted. Returns the number of entries dropped.
 */
export async function compactDirectory(database: LeadLensDb, keys: WorkspaceKeys, now = Date.now()): Promise<number> {
  let dropped = 0;
  for (const c of await readDirectory(database)) {
    const keep: number[] = [];
    for (let i = 0; i < c.n; i++) if (c.live[i]) keep.push(i);
    if (keep.length === c.n) continue;
    const ids = await openDirectoryIds(keys, c);
    const derived = new Map(keep.map((i) => [c.keys[i], entryDerived(c, i)]));
    const next = keep.length ? { ...(await buildChunk(keys, keep.map((i) => ({ key: c.keys[i], id: ids[i] })), c.idsEnc !== undefined, derived, now)), chunk: c.chunk, createdAt: c.createdAt } : undefined;
    await database.transaction('rw', database.clientDirectory, async () => {
      const cur = (await database.clientDirectory.get(c.chunk)) as DirectoryChunk | undefined;
      if (!cur || cur.updatedAt !== c.updatedAt) return;
      if (next) await database.clientDirectory.put(next as unknown as Record<string, unknown>);
      else await database.clientDirectory.delete(c.chunk);
      dropped += c.n - keep.length;
    });
  }
  return dropped;
}
