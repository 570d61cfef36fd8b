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
 * a columnar, sealed-per-chunk store and the list reads it directly.
 *
 * Format 2 (meta.format = 2; a format-1 snapshot is read and rewritten on the next save, no schema bump):
 * the sealed texts are raw bytes (iv ‖ AES-GCM ciphertext) instead of base64 text, and hold the three
 * columns joined by control characters instead of JSON (client-list-refresh.ts packTexts). Beside the
 * chunks, record FORECAST (chunk −2, client-list-forecast.ts) carries the newest forecast run's numbers in
 * the list's row order, tagged with the run id, the snapshot's `builtAt` and the directory's signature, so
 * opening the list needs no join of 100,000 keys while all three still match.
 */
import { openBytes, openString } from '../../core/crypto/seal';
import type { Bytes } from '../../core/crypto/bytes';
import type { WorkspaceKeys } from '../../core/crypto/workspace-keys';
import type { LeadLensDb } from '../db';

export const LIST_CHUNK = 50_000;
const META = -1;
export const FORECAST = -2;
export const LIST_FORMAT = 2;

export interface ListMeta { chunk: -1; clients: number; clientsAt: number; builtAt: number; format?: number }

/** The newest forecast's numbers in the list's row order (directory clients first, then the snapshot's). */
export interface ListForecast {
  chunk: -2;
  /** Forecast run joined ('' = none), the snapshot (`ListMeta.builtAt`) and directory (`directorySig`) it was joined for. */
  runId: string;
  asOfDay?: number;
  builtAt: number;
  dirSig: string;
  n: number;
  spend30: Float64Array;
  pBuy14: Float64Array;
  pAlive: Float64Array;
}

export interface ListChunk {
  chunk: number;
  n: number;
  /** Record ids in key order; '' = deleted since (blanked in the delete's transaction, dropped on the next build). */
  keys: string[];
  /** Sealed `[customerIds, names, emails]`, each in `keys` order: bytes (format 2) or base64 text of JSON (format 1). */
  sealed: Bytes | string;
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

export async function readListSnapshot(database: LeadLensDb): Promise<{ meta?: ListMeta; chunks: ListChunk[]; forecast?: ListForecast }> {
  const rows = (await database.clientList.toArray()) as unknown as (ListMeta | ListChunk | ListForecast)[];
  const meta = rows.find((r): r is ListMeta => r.chunk === META);
  const forecast = rows.find((r): r is ListForecast => r.chunk === FORECAST);
  return { meta, forecast, chunks: rows.filter((r): r is ListChunk => r.chunk >= 0).sort((a, b) => a.chunk - b.chunk) };
}

const SPLIT = '\u0002';
const COL = '\u0001';
const ROW = '\u0000';

/** The three text columns as one string: joined by control characters (fast to split), or JSON if a text holds one. */
export function packTexts(cols: [string[], string[], string[]]): string {
  const control = (t: string) => t.includes(SPLIT) || t.includes(COL) || t.includes(ROW);
  if (cols.some((c) => c.some(control))) return JSON.stringify(cols);
  return SPLIT + cols.map((c) => c.join(ROW)).join(COL);
}

export function unpackTexts(s: string): [string[], string[], string[]] {
  if (!s.startsWith(SPLIT)) return JSON.parse(s) as [string[], string[], string[]];
  return s.slice(1).split(COL).map((c) => c.split(ROW)) as [string[], string[], string[]];
}

/** Texts of a chunk, in `keys` order. */
export async function openListChunk(keys: WorkspaceKeys, c: ListChunk): Promise<[string[], string[], string[]]> {
  return unpackTexts(typeof c.sealed === 'string' ? await openString(keys, c.sealed) : await openBytes(keys, c.sealed));
}

/**
 * Replaces the snapshot when nothing moved since it was read: the `clients` signature still equals `sig`
 * and the stored meta is still `basedOn` (another builder or a delete did not write meanwhile). Returns
 * the new meta, or undefined when nothing was written. The forecast record goes (it was joined for the old rows).
 */
export async function writeListSnapshot(database: LeadLensDb, basedOn: ListMeta | undefined, sig: ClientsSig, chunks: ListChunk[]): Promise<ListMeta | undefined> {
  return database.transaction('rw', database.clients, database.clientList, async () => {
    const now = await clientsSig(database);
    const cur = (await database.clientList.get(META)) as unknown as ListMeta | undefined;
    if (now.clients !== sig.clients || now.clientsAt !== sig.clientsAt || cur?.builtAt !== basedOn?.builtAt) return undefined;
    await database.clientList.clear();
    const meta: ListMeta = { chunk: META, ...sig, builtAt: Math.max(Date.now(), (basedOn?.builtAt ?? 0) + 1), format: LIST_FORMAT };
    await database.clientList.bulkPut([meta, ...chunks] as unknown as Record<string, unknown>[]);
    return meta;
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
