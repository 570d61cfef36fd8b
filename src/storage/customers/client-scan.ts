/**
 * Every client record, for the customers worker's client list (issue #10). The list depends on this
 * function, not on how clients are laid out in tables, so a change of layout (e.g. ID-only clients kept in
 * sealed chunks) only has to keep this function's contract: one ClientRecord per client, personal fields
 * still sealed, derived fields in clear.
 */
import type { LeadLensDb } from '../db';
import type { ClientRecord } from './client-records';

export async function allClientRecords(database: LeadLensDb): Promise<ClientRecord[]> {
  return (await database.clients.toArray()) as unknown as ClientRecord[];
}
