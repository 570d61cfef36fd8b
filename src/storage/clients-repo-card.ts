/**
 * The data API of the client card and forms (issue #10), page side: read one client (decrypted), create or
 * edit one (sealed before the write), its orders (add, remove; derived fields refreshed), its activity, its
 * forecast history, and delete (admin only, refused here for analysts and audited either way). Screens
 * call these; they never touch Dexie tables. Customer IDs are the identity (the record id is their keyed
 * HMAC), so an edit keeps the ID; a different ID is a different client.
 */
import { db } from './db';
import { logAudit } from './audit-repo';
import { getEncryptCustomerIds } from './auth-settings';
import { requireAdmin, requireSession, type Session } from './session';
import { openClient, type ClientView } from './clients-repo';
import { clientKey, mergeClient, sealClient, upsertClientRecords, type ClientRecord } from './customers/client-records';
import { ACTIVITY_SCHEMA, appendLines, ORDER_SCHEMA, readLines } from './customers/line-chunks';
import { changedDerived, computeDerived, refreshDerived } from './customers/derived';
import { compactDirectory } from './customers/client-directory';
import { nextStamp } from './customers/client-list-store';
import { compactListSnapshot } from './customers/client-list-refresh';
import { clientViews } from './customers/client-lookup';
import { clientLines, removeClientEverywhere, removeOrderLine, type ClientLines, type ClientRemoval } from './customers/client-lines';
import { forecastHistory, type ForecastPoint } from './customers/forecast-store';
import type { Client } from '../core/customers/types';

export type { ClientLines, ForecastPoint };

/** One client decrypted (undefined when no such record). */
export async function getClient(session: Session | undefined, id: string): Promise<ClientView | undefined> {
  const s = requireSession(session, 'clients.read');
  const rec = (await db().clients.get(id)) as unknown as ClientRecord | undefined;
  if (rec) return openClient(s, rec);
  return (await clientViews(s, [id]))[0]; // an ID-only client from an orders/activity import (client directory)
}

/** Keyed id of a Customer ID (to tell the form "this client already exists"). */
export async function clientIdFor(session: Session | undefined, customerId: string): Promise<{ id: string; exists: boolean }> {
  const s = requireSession(session, 'clients.read');
  const id = await clientKey(s.keys, customerId);
  return { id, exists: (await db().clients.get(id)) !== undefined || (await clientViews(s, [id])).length > 0 };
}

/**
 * Creates or replaces a client's personal fields (a field left empty is removed, unlike imports, which keep
 * stored values). Returns the record id.
 */
export async function saveClient(session: Session | undefined, c: Client): Promise<string> {
  const s = requireSession(session, 'clients.save');
  const rec = await sealClient(s.keys, c, await getEncryptCustomerIds(), Date.now());
  const old = (await db().clients.get(rec.id)) as unknown as ClientRecord | undefined;
  if (!old) {
    await upsertClientRecords(db(), [rec]);
    return rec.id;
  }
  const next = mergeClient(old, rec);
  for (const k of ['firstNameEnc', 'lastNameEnc', 'emailEnc', 'notesEnc', 'registeredDay', 'nameEnc'] as const) if (rec[k] === undefined) delete next[k];
  await db().transaction('rw', db().clients, async () => {
    next.updatedAt = await nextStamp(db()); // the client list's snapshot re-reads records by updatedAt
    await db().clients.put(next as unknown as Record<string, unknown>);
  });
  return rec.id;
}

export async function clientOrders(session: Session | undefined, id: string): Promise<ClientLines> {
  requireSession(session, 'clients.read');
  return clientLines(db(), ORDER_SCHEMA, id);
}

export async function clientActivity(session: Session | undefined, id: string): Promise<ClientLines> {
  requireSession(session, 'clients.read');
  return clientLines(db(), ACTIVITY_SCHEMA, id);
}

export async function clientForecastHistory(session: Session | undefined, id: string): Promise<ForecastPoint[]> {
  requireSession(session, 'clients.read');
  return forecastHistory(db(), id);
}

/** Recomputes segment, order count, spend and last purchase of everyone an order change affects. */
async function afterOrderChange(change: () => Promise<unknown>): Promise<void> {
  const before = computeDerived(await readLines(db(), ORDER_SCHEMA));
  await change();
  await refreshDerived(db(), changedDerived(before, computeDerived(await readLines(db(), ORDER_SCHEMA))));
}

/** Adds one order (a manual entry is never treated as a duplicate of an identical stored one). */
export async function addClientOrder(session: Session | undefined, id: string, o: { day: number; amount: number; items: number }): Promise<void> {
  requireSession(session, 'clients.save');
  await afterOrderChange(() => appendLines(db(), ORDER_SCHEMA, {
    n: 1, keys: [id], client: Int32Array.of(0), cols: { day: Int32Array.of(o.day), amount: Float64Array.of(o.amount), items: Int32Array.of(o.items) },
  }, `form-${Date.now()}`));
}

export async function removeClientOrder(session: Session | undefined, id: string, o: { day: number; amount: number; items: number }): Promise<boolean> {
  requireSession(session, 'clients.save');
  let removed = false;
  await afterOrderChange(async () => { removed = await removeOrderLine(db(), id, o); });
  return removed;
}

/**
 * Admin only: deletes the client with their orders, activity and predictions. Analysts are refused here
 * (PermissionError, and the refusal is audited by session.ts's listeners); the deletion is audited with the
 * keyed id (not personal) and what was removed.
 */
export async function deleteClientAndData(session: Session | undefined, id: string): Promise<ClientRemoval> {
  const s = requireAdmin(session, 'clients.delete');
  const r = await removeClientEverywhere(db(), id);
  await compactDirectory(db(), s.keys); // a deleted directory client's sealed Customer ID leaves its chunk too
  await compactListSnapshot(db(), s.keys); // and their sealed texts leave the client list's snapshot
  await logAudit('delete', { what: 'client', id, orders: r.orders, activity: r.activity, forecastRuns: r.forecastRuns });
  return r;
}
