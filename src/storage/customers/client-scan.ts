/**
 * Every client, as records (`allClientRecords`: tests and small reads) or, for the customers worker's
 * client list (issue #10), the directory's part as columns (`directoryColumns`; the records' part comes
 * from the list snapshot, client-list-refresh.ts). Clients live in two places since schema v4: sealed
 * `clients` records, and the client directory of ID-only clients (client-directory.ts, one sealed Customer
 * ID list per 50k-client chunk). Directory Customer IDs are opened in memory only, never written back;
 * their other personal fields are empty, their derived fields in clear.
 */
import type { WorkspaceKeys } from '../../core/crypto/workspace-keys';
import type { LeadLensDb } from '../db';
import type { ClientRecord } from './client-records';
import { entryDerived, openDirectoryIds, readDirectory } from './client-directory';

export async function allClientRecords(database: LeadLensDb, keys?: WorkspaceKeys): Promise<ClientRecord[]> {
  const records = (await database.clients.toArray()) as unknown as ClientRecord[];
  for (const c of await readDirectory(database)) {
    const ids = keys || c.ids ? await openDirectoryIds(keys as WorkspaceKeys, c) : [];
    for (let i = 0; i < c.n; i++) {
      if (!c.live[i]) continue;
      const d = entryDerived(c, i);
      records.push({ id: c.keys[i], customerId: ids[i] ?? '', ...d, createdAt: c.createdAt, updatedAt: c.updatedAt });
    }
  }
  return records;
}

/** Live directory clients as list columns (one decrypt per chunk for the Customer IDs; no name or email). */
/** `sig`: directorySig of the chunks read (the client list's stored forecast is valid for one directory state). */
export interface DirectoryColumns { n: number; keys: string[]; customerId: string[]; orders: Float64Array; lastPurchase: Float64Array; segment: Uint8Array; sig: string }

/** The directory's state as its `updatedAt` index shows it: chunk count and the sum of their `updatedAt` (every write moves it). */
export function directorySig(updatedAt: readonly number[]): string {
  return `${updatedAt.length}:${updatedAt.reduce((s, v) => s + v, 0)}`;
}

/** directorySig from the index alone (no chunk read). */
export async function directorySigNow(database: LeadLensDb): Promise<string> {
  return directorySig((await database.clientDirectory.orderBy('updatedAt').keys()) as number[]);
}

export async function directoryColumns(database: LeadLensDb, keys: WorkspaceKeys): Promise<DirectoryColumns> {
  const chunks = await readDirectory(database);
  const sig = directorySig(chunks.map((c) => c.updatedAt));
  const ids = await Promise.all(chunks.map((c) => openDirectoryIds(keys, c)));
  let n = 0;
  for (const c of chunks) for (let i = 0; i < c.n; i++) n += c.live[i];
  const out: DirectoryColumns = { n, keys: new Array<string>(n), customerId: new Array<string>(n), orders: new Float64Array(n), lastPurchase: new Float64Array(n), segment: new Uint8Array(n), sig };
  let k = 0;
  chunks.forEach((c, ci) => {
    for (let i = 0; i < c.n; i++) {
      if (!c.live[i]) continue;
      out.keys[k] = c.keys[i]; out.customerId[k] = ids[ci][i] ?? ''; out.orders[k] = c.orderCount[i];
      out.lastPurchase[k] = c.lastPurchaseDay[i]; out.segment[k] = c.segment[i];
      k++;
    }
  });
  return out;
}
