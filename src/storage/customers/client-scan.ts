/**
 * Every client, for the customers worker's client list (issue #10). The list depends on this function, not
 * on how clients are laid out in tables. Clients live in two places since schema v4: sealed `clients`
 * records, and the client directory of ID-only clients (client-directory.ts, one sealed Customer ID list per
 * 50k-client chunk). Directory clients come back as records whose Customer ID is opened in memory only
 * (`customerId`, never written back); their other personal fields are empty, their derived fields in clear.
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
