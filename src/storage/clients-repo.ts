/**
 * Clients (schema v2, see storage/customers/client-records.ts): personal fields — first and last name,
 * email, notes and, when the admin keeps "encrypt Customer IDs" on, the Customer ID — are sealed with the
 * workspace data key before the Dexie transaction opens. The record id is a keyed HMAC of the Customer ID,
 * so re-importing the same client updates it without the ID being readable. Orders live in columnar
 * order chunks (storage/customers/line-chunks.ts); segment and forecast numbers are non-personal. Clients
 * known only by ID (from order files) are in the sealed client directory (customers/client-directory.ts).
 * Analysts may add and view clients; deleting a client is admin-only (enforced here).
 */
import { db } from './db';
import { open, openOptional } from './crypto-fields';
import { getEncryptCustomerIds } from './auth-settings';
import { requireAdmin, requireSession, type Session } from './session';
import { sealClient, upsertClientRecords, type ClientRecord, type ClientSegment } from './customers/client-records';
import { appendLines, ORDER_SCHEMA, readLines } from './customers/line-chunks';
import { newLineIndices } from './customers/line-identity';
import { changedDerived, computeDerived, refreshDerived } from './customers/derived';
import { pickLines } from './customers/line-chunks';
import { sealString } from '../core/crypto/seal';
import { allDirectoryViews, clientCount } from './customers/client-lookup';
import { nextStamp } from './customers/client-list-store';

export type { ClientRecord, ClientSegment };
/** An order as entered on a form or in the small demo (time in ms). */
export interface Order { at: number; amount: number; items: number }

export interface ClientInput {
  customerId: string;
  /** Full name (v1 shape): split at the first space when firstName/lastName are not given. */
  name?: string;
  firstName?: string;
  lastName?: string;
  email?: string;
  notes?: string;
  registeredDay?: number;
  orders?: Order[];
}

export interface ClientView {
  id: string;
  customerId: string;
  firstName: string;
  lastName: string;
  /** First and last name joined (for lists). */
  name: string;
  email: string;
  notes?: string;
  segment: ClientSegment;
  registeredDay?: number;
  orderCount: number;
  lastPurchaseDay?: number;
  /** Latest forecast (joined from the newest forecast run by storage/customers/client-pages.ts). */
  spend30?: number;
  pBuy14?: number;
  pAlive?: number;
}

/** Splits a full name into first name and the rest. */
export function splitName(full: string): { firstName: string; lastName: string } {
  const s = full.trim().replace(/\s+/g, ' ');
  const i = s.indexOf(' ');
  return i < 0 ? { firstName: s, lastName: '' } : { firstName: s.slice(0, i), lastName: s.slice(i + 1) };
}

/** Seals and stores clients (insert or update by Customer ID) and appends their orders. Returns how many were written. */
export async function saveClients(session: Session | undefined, inputs: ClientInput[]): Promise<number> {
  const s = requireSession(session, 'clients.save');
  const encIds = await getEncryptCustomerIds();
  const now = Date.now();
  const records = await Promise.all(inputs.map((c) => {
    const names = c.firstName !== undefined || c.lastName !== undefined ? { firstName: c.firstName, lastName: c.lastName } : splitName(c.name ?? '');
    return sealClient(s.keys, { ...c, ...names }, encIds, now);
  }));
  await upsertClientRecords(db(), records);
  const withOrders = inputs.flatMap((c, i) => (c.orders ?? []).map((o) => ({ key: records[i].id, o })));
  if (withOrders.length > 0) {
    const keys = [...new Set(withOrders.map((x) => x.key))];
    const at = new Map(keys.map((k, i) => [k, i]));
    const incoming = {
      n: withOrders.length, keys,
      client: Int32Array.from(withOrders, (x) => at.get(x.key) ?? 0),
      cols: {
        day: Int32Array.from(withOrders, (x) => Math.floor(x.o.at / 86_400_000)),
        amount: Float64Array.from(withOrders, (x) => x.o.amount),
        items: Int32Array.from(withOrders, (x) => x.o.items),
      },
    };
    const book = await readLines(db(), ORDER_SCHEMA);
    const added = pickLines(ORDER_SCHEMA, incoming, newLineIndices(ORDER_SCHEMA, book, incoming));
    await appendLines(db(), ORDER_SCHEMA, added, `form-${now}`);
    await refreshDerived(db(), changedDerived(computeDerived(book), computeDerived(book, added)));
  }
  return records.length;
}

/** Decrypts a record (a v1 full name is split on the fly). */
export async function openClient(s: Session, r: ClientRecord): Promise<ClientView> {
  let firstName = (await openOptional(s, r.firstNameEnc)) ?? '';
  let lastName = (await openOptional(s, r.lastNameEnc)) ?? '';
  if (r.nameEnc && !r.firstNameEnc && !r.lastNameEnc) ({ firstName, lastName } = splitName(await open(s, r.nameEnc)));
  return {
    id: r.id,
    customerId: r.customerIdEnc ? await open(s, r.customerIdEnc) : (r.customerId ?? ''),
    firstName, lastName, name: [firstName, lastName].filter(Boolean).join(' '),
    email: (await openOptional(s, r.emailEnc)) ?? '',
    notes: await openOptional(s, r.notesEnc),
    segment: r.segment,
    registeredDay: r.registeredDay,
    orderCount: r.orderCount ?? 0,
    lastPurchaseDay: r.lastPurchaseDay,
  };
}

/**
 * Finishes the v1 → v2 name split for records that still carry a full `nameEnc` (needs the workspace key,
 * so it runs after sign-in rather than inside the schema upgrade). Returns how many records were rewritten.
 */
export async function finishNameSplit(session: Session | undefined): Promise<number> {
  const s = requireSession(session);
  const legacy = (await db().clients.filter((r) => typeof r.nameEnc === 'string').toArray()) as unknown as ClientRecord[];
  const updates = await Promise.all(legacy.map(async (r) => {
    const { firstName, lastName } = splitName(await open(s, r.nameEnc ?? ''));
    const next: ClientRecord = { ...r, firstNameEnc: await sealString(s.keys, firstName) };
    if (lastName) next.lastNameEnc = await sealString(s.keys, lastName);
    delete next.nameEnc;
    return next;
  }));
  if (updates.length) {
    await db().transaction('rw', db().clients, async () => {
      const stamp = await nextStamp(db()); // the client list's snapshot re-reads records by updatedAt
      await db().clients.bulkPut(updates.map((u) => ({ ...u, updatedAt: stamp })) as unknown as Record<string, unknown>[]);
    });
  }
  return updates.length;
}

/** All clients, decrypted, sorted by name. (Small workspaces; the paged list is storage/customers/client-pages.ts.) */
export async function listClients(session: Session | undefined): Promise<ClientView[]> {
  const s = requireSession(session, 'clients.list');
  const rows = (await db().clients.toArray()) as unknown as ClientRecord[];
  const views = [...(await Promise.all(rows.map((r) => openClient(s, r)))), ...(await allDirectoryViews(s))];
  return views.sort((a, b) => a.name.localeCompare(b.name) || a.customerId.localeCompare(b.customerId));
}

export async function countClients(): Promise<number> {
  return clientCount();
}

/** Admin only: the client with their orders, activity and predictions (storage/clients-repo-card.ts). */
export async function deleteClient(session: Session | undefined, id: string): Promise<void> {
  requireAdmin(session, 'clients.delete');
  const { deleteClientAndData } = await import('./clients-repo-card');
  await deleteClientAndData(session, id);
}
