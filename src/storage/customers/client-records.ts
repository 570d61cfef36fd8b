/**
 * The v2 client record and how it is built: personal fields (first and last name, email, notes and —
 * when the admin keeps "encrypt Customer IDs" on — the Customer ID) sealed with the workspace data key;
 * the record id a keyed HMAC of the Customer ID (re-imports update the same record, order chunks refer to
 * it); non-personal derived fields (segment, order count, total spend, last purchase day) in clear so
 * lists can filter without decrypting. The latest forecast numbers are in clear too, but columnar in the
 * forecast run's chunks (storage/customers/forecast-store.ts), not copied onto every record. Takes WorkspaceKeys rather than a session so the customers worker
 * seals large imports off the page with the same code.
 */
import { hmacIndex, sealString } from '../../core/crypto/seal';
import type { WorkspaceKeys } from '../../core/crypto/workspace-keys';
import type { Client } from '../../core/customers/types';
import type { LeadLensDb } from '../db';
import { retireInTransaction } from './client-directory';
import { nextStamp } from './client-list-store';

export type ClientSegment = 'new' | 'regular' | 'vip' | 'lapsed';

export interface ClientRecord {
  id: string;
  customerIdEnc?: string;
  customerId?: string;
  firstNameEnc?: string;
  lastNameEnc?: string;
  emailEnc?: string;
  notesEnc?: string;
  /** v1 full name, sealed; split into first/last by clients-repo on next open/save (see migrate-v2.ts). */
  nameEnc?: string;
  registeredDay?: number;
  segment: ClientSegment;
  orderCount?: number;
  totalSpend?: number;
  lastPurchaseDay?: number;
  createdAt: number;
  updatedAt: number;
}

/** Keyed client id (record id) of a Customer ID: trimmed, lower-cased, HMAC under the workspace index key. */
export async function clientKey(keys: WorkspaceKeys, customerId: string): Promise<string> {
  return `c_${await hmacIndex(keys, customerId.trim().toLowerCase(), 'customer')}`;
}

/** Keyed ids of many Customer IDs (parallel WebCrypto in bounded batches). */
export async function clientKeys(keys: WorkspaceKeys, ids: readonly string[], batch = 2048): Promise<string[]> {
  const out: string[] = new Array<string>(ids.length);
  for (let i = 0; i < ids.length; i += batch) {
    const part = await Promise.all(ids.slice(i, i + batch).map((id) => clientKey(keys, id)));
    for (let j = 0; j < part.length; j++) out[i + j] = part[j];
  }
  return out;
}

async function sealOpt(keys: WorkspaceKeys, v: string | undefined): Promise<string | undefined> {
  const s = v?.trim();
  return s ? sealString(keys, s) : undefined;
}

/** A sealed record for a client (fields the input lacks stay absent, so merging keeps stored values). */
export async function sealClient(keys: WorkspaceKeys, c: Client, encIds: boolean, now: number, key?: string): Promise<ClientRecord> {
  const id = c.customerId.trim();
  const r: ClientRecord = { id: key ?? (await clientKey(keys, id)), segment: 'new', createdAt: now, updatedAt: now };
  if (encIds) r.customerIdEnc = await sealString(keys, id);
  else r.customerId = id;
  const [f, l, e, n] = await Promise.all([sealOpt(keys, c.firstName), sealOpt(keys, c.lastName), sealOpt(keys, c.email), sealOpt(keys, c.notes)]);
  if (f) r.firstNameEnc = f;
  if (l) r.lastNameEnc = l;
  if (e) r.emailEnc = e;
  if (n) r.notesEnc = n;
  if (c.registeredDay !== undefined && Number.isFinite(c.registeredDay)) r.registeredDay = c.registeredDay;
  return r;
}

/** Stored record updated by a new one: given fields win, absent ones are kept; creation time is kept. */
export function mergeClient(old: ClientRecord | undefined, next: ClientRecord): ClientRecord {
  if (!old) return next;
  const out: ClientRecord = { ...old, updatedAt: next.updatedAt };
  for (const [k, v] of Object.entries(next) as [keyof ClientRecord, unknown][]) {
    if (v !== undefined && k !== 'createdAt' && k !== 'segment') (out as unknown as Record<string, unknown>)[k] = v;
  }
  if (next.firstNameEnc || next.lastNameEnc) delete out.nameEnc;
  return out;
}

/**
 * Inserts or updates sealed records (bulkGet + bulkPut in one transaction; no WebCrypto inside it). A client
 * that was an ID-only directory entry becomes this record: its entry is retired in the same transaction and
 * its derived fields (order count, spend, last purchase, segment) carried over; it counts as updated.
 */
export async function upsertClientRecords(database: LeadLensDb, records: ClientRecord[]): Promise<{ added: number; updated: number }> {
  let added = 0;
  await database.transaction('rw', database.clients, database.clientDirectory, async () => {
    const existing = (await database.clients.bulkGet(records.map((r) => r.id))) as unknown as (ClientRecord | undefined)[];
    const fresh = records.filter((_, i) => !existing[i]).map((r) => r.id);
    const stamp = await nextStamp(database); // above every stored updatedAt: the list snapshot sees the change
    const fromDirectory = await retireInTransaction(database, fresh, stamp);
    const merged = records.map((r, i) => {
      const d = fromDirectory.get(r.id);
      if (!existing[i] && !d) added++;
      return mergeClient(existing[i], { ...r, ...d, updatedAt: stamp });
    });
    await database.clients.bulkPut(merged as unknown as Record<string, unknown>[]);
  });
  return { added, updated: records.length - added };
}
