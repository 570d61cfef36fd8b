/**
 * The client list's snapshot (schema v5, issue #10): the list's columns of every `clients` record in a few
 * columnar chunks of up to LIST_CHUNK entries, so the Clients list opens by reading two records instead of
 * 100,000. Per chunk: the record ids (keyed HMACs, not personal), the Customer IDs, names and emails as ONE
 * sealed value (AES-GCM with the workspace key, like the v4 client directory: personal data stays sealed
 * at rest), and the clear, non-personal columns (orders, last purchase day, segment, a legacy-name flag,
 * and a fingerprint of each record's sealed fields so a derived-field rewrite needs no decryption).
 *
 * Consistency without hooks in every writer: the meta record (chunk −1) holds the `clients` table's
 * count and newest `updatedAt` at build time. Every write to a client record stamps `updatedAt` with
 * `nextStamp` (inside its transaction, above the newest one), so a snapshot whose meta still matches is
 * exact, and otherwise the records changed since (`updatedAt` ≥ the meta's) plus a key scan (deletes)
 * patch it (client-list-refresh.ts). ID-only clients are not copied here: the client directory already is
 * a columnar, sealed-per-chunk store and the list reads it directly. Forecast numbers are joined from the
 * newest run's columns at read time (a forecast run never makes the snapshot stale).
 */
import { openString } from '../../core/crypto/seal';
import type { WorkspaceKeys } from '../../core/crypto/workspace-keys';
import type { LeadLensDb } from '../db';

export const LIST_CHUNK = 50_000;
const META = -1;

export interface ListMeta { chunk: -1; clients: number; clientsAt: number; builtAt: number }

export interface ListChunk {
  chunk: number;
  n: number;
  /** Record ids in key order; '' = deleted since (blanked in the delete's transaction, dropped on the next build). */
  keys: string[];
  /** Sealed JSON `[customerIds, names, emails]`, each in `keys` order. */
  sealed: string;
  orders: Float64Array;
  /** Epoch day; NaN = none. */
  lastPurchase: Float64Array;
  /** Index into SEGMENTS. */
  segment: Uint8Array;
  /** 1 = the record still has a v1 full name (`nameEnc`) to split. */
  legacy: Uint8Array;
  /** Fingerprint of the record's sealed fields (client-list-refresh.ts sealedPrint). */
  print: Float64Array;
}

/** The `clients` table's signature: count and newest `updatedAt` (both from the primary key / index). */
export interface ClientsSig { clients: number; clientsAt: number }

export async function clientsSig(database: LeadLensDb): Promise<ClientsSig> {
  const [clients, at] = await Promise.all([database.clients.count(), database.clients.orderBy('updatedAt').lastKey()]);
  return { clients, clientsAt: typeof at === 'number' ? at : 0 };
}

/** An `updatedAt` for a client record written now: above every stored one. Call inside the write transaction. */
export async function nextStamp(database: LeadLensDb): Promise<number> {
  const at = await database.clients.orderBy('updatedAt').lastKey();
  return Math.max(Date.now(), (typeof at === 'number' ? at : 0) + 1);
}

export async function readListSnapshot(database: LeadLensDb): Promise<{ meta?: ListMeta; chunks: ListChunk[] }> {
  const rows = (await database.clientList.toArray()) as unknown as (ListMeta | ListChunk)[];
  const meta = rows.find((r): r is ListMeta => r.chunk === META);
  return { meta, chunks: rows.filter((r): r is ListChunk => r.chunk !== META).sort((a, b) => a.chunk - b.chunk) };
}

/** Texts of a chunk, in `keys` order. */
export async function openListChunk(keys: WorkspaceKeys, c: ListChunk): Promise<[string[], string[], string[]]> {
  return JSON.parse(await openString(keys, c.sealed)) as [string[], string[], string[]];
}

/**
 * Replaces the snapshot when nothing moved since it was read: the `clients` signature still equals `sig`
 * and the stored meta is still `basedOn` (another builder or a delete did not write meanwhile). Returns
 * whether it was written.
 */
export async function writeListSnapshot(database: LeadLensDb, basedOn: ListMeta | undefined, sig: ClientsSig, chunks: ListChunk[]): Promise<boolean> {
  return database.transaction('rw', database.clients, database.clientList, async () => {
    const now = await clientsSig(database);
    const cur = (await database.clientList.get(META)) as unknown as ListMeta | undefined;
    if (now.clients !== sig.clients || now.clientsAt !== sig.clientsAt || cur?.builtAt !== basedOn?.builtAt) return false;
    await database.clientList.clear();
    const meta: ListMeta = { chunk: META, ...sig, builtAt: Math.max(Date.now(), (basedOn?.builtAt ?? 0) + 1) };
    await database.clientList.bulkPut([meta, ...chunks] as unknown as Record<string, unknown>[]);
    return true;
  });
}

/**
 * Inside a delete's rw transaction (which must include clientList): blanks the deleted record's id in the
 * snapshot (its sealed texts go on the next build or `compactListSnapshot`) and moves the meta on, so a
 * build that read the snapshot before the delete cannot write it back.
 */
export async function retireFromListInTransaction(database: LeadLensDb, key: string): Promise<void> {
  const { meta, chunks } = await readListSnapshot(database);
  for (const c of chunks) {
    const i = c.keys.indexOf(key);
    if (i < 0) continue;
    c.keys[i] = '';
    await database.clientList.put(c as unknown as Record<string, unknown>);
  }
  if (meta) await database.clientList.put({ ...meta, builtAt: meta.builtAt + 1 } as unknown as Record<string, unknown>);
}
