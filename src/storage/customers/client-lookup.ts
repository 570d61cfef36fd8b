/**
 * Page-side reads over both places a client can live (schema v4): sealed `clients` records and the
 * client directory of ID-only clients (client-directory.ts). Screens get ClientViews without knowing
 * which one a client is in. The directory's chunks are few and large; they are read once and cached
 * until the directory changes (its newest `updatedAt` and chunk count, both from the index).
 */
import { db } from '../db';
import { openClient, type ClientView } from '../clients-repo';
import type { Session } from '../session';
import type { ClientRecord } from './client-records';
import { entryDerived, indexInChunk, openDirectoryIds, readDirectory, type DirectoryChunk } from './client-directory';

interface DirectoryCache { sig: string; chunks: DirectoryChunk[]; live: number }
let cache: DirectoryCache | undefined;

/** The directory's chunks (cached while unchanged). */
export async function directoryChunks(): Promise<DirectoryChunk[]> {
  return (await cachedDirectory()).chunks;
}

async function cachedDirectory(): Promise<DirectoryCache> {
  const d = db().clientDirectory;
  const sig = `${await d.count()}:${String(await d.orderBy('updatedAt').lastKey())}`;
  if (cache?.sig === sig) return cache;
  const chunks = await readDirectory(db());
  let live = 0;
  for (const c of chunks) for (let i = 0; i < c.n; i++) live += c.live[i];
  cache = { sig, chunks, live };
  return cache;
}

/** Clients in records plus live directory entries. */
export async function clientCount(): Promise<number> {
  return (await db().clients.count()) + (await cachedDirectory()).live;
}

/** Every client's keyed id in code-unit order (records' keys from the index; chunk keys are kept sorted). */
export async function allClientKeys(): Promise<string[]> {
  const lists: string[][] = [(await db().clients.toCollection().primaryKeys()) as string[]];
  for (const c of await directoryChunks()) lists.push(c.keys.filter((_, i) => c.live[i] === 1));
  return mergeSorted(lists);
}

/** Merges sorted string lists (k-way, by repeated pairwise merge). */
export function mergeSorted(lists: string[][]): string[] {
  let out: string[] = [];
  for (const l of lists) {
    const m: string[] = new Array<string>(out.length + l.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < out.length && j < l.length) m[k++] = out[i] <= l[j] ? out[i++] : l[j++];
    while (i < out.length) m[k++] = out[i++];
    while (j < l.length) m[k++] = l[j++];
    out = m;
  }
  return out;
}

function directoryView(c: DirectoryChunk, i: number, customerId: string): ClientView {
  const d = entryDerived(c, i);
  return { id: c.keys[i], customerId, firstName: '', lastName: '', name: '', email: '', segment: d.segment, orderCount: d.orderCount, lastPurchaseDay: d.lastPurchaseDay };
}

/** Views of the given clients in the given order (unknown keys are left out); decrypts only what it shows. */
export async function clientViews(s: Session, keys: readonly string[]): Promise<ClientView[]> {
  const records = (await db().clients.bulkGet([...keys])) as unknown as (ClientRecord | undefined)[];
  const views = new Map<string, ClientView>();
  await Promise.all(records.map(async (r) => { if (r) views.set(r.id, await openClient(s, r)); }));
  const rest = keys.filter((k) => !views.has(k));
  if (rest.length) {
    for (const c of await directoryChunks()) {
      const hits = rest.map((k) => indexInChunk(c, k)).filter((i) => i >= 0 && c.live[i] === 1);
      if (hits.length === 0) continue;
      const ids = await openDirectoryIds(s.keys, c);
      for (const i of hits) views.set(c.keys[i], directoryView(c, i, ids[i] ?? ''));
    }
  }
  return keys.map((k) => views.get(k)).filter((v): v is ClientView => v !== undefined);
}

/** Views of every live directory client (for small workspaces' full lists). */
export async function allDirectoryViews(s: Session): Promise<ClientView[]> {
  const out: ClientView[] = [];
  for (const c of await directoryChunks()) {
    const ids = await openDirectoryIds(s.keys, c);
    for (let i = 0; i < c.n; i++) if (c.live[i]) out.push(directoryView(c, i, ids[i] ?? ''));
  }
  return out;
}
