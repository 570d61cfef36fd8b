/**
 * Clients (foundation for customer analytics): personal fields — name, email, notes and, when the admin
 * keeps "encrypt Customer IDs" on, the Customer ID — are sealed with the workspace data key before the
 * Dexie transaction opens. The record id is a keyed HMAC of the Customer ID, so re-importing the same
 * client updates it without the ID being readable. Orders and segment are non-personal.
 * Analysts may add and view clients; deleting a client is admin-only (enforced here).
 */
import { db } from './db';
import { indexKey, open, openOptional, seal } from './crypto-fields';
import { getEncryptCustomerIds } from './auth-settings';
import { logAudit } from './audit-repo';
import { requireAdmin, requireSession, type Session } from './session';

export interface Order { at: number; amount: number; items: number }
export type ClientSegment = 'new' | 'regular' | 'vip' | 'lapsed';

export interface ClientInput {
  customerId: string;
  name: string;
  email: string;
  notes?: string;
  segment?: ClientSegment;
  orders?: Order[];
}

export interface ClientRecord {
  id: string;
  customerIdEnc?: string;
  customerId?: string;
  nameEnc: string;
  emailEnc: string;
  notesEnc?: string;
  segment: ClientSegment;
  createdAt: number;
  updatedAt: number;
  orders: Order[];
}

export interface ClientView {
  id: string;
  customerId: string;
  name: string;
  email: string;
  notes?: string;
  segment: ClientSegment;
  orders: Order[];
}

export function segmentOf(orders: Order[]): ClientSegment {
  if (orders.length === 0) return 'new';
  const total = orders.reduce((n, o) => n + o.amount, 0);
  const last = Math.max(...orders.map((o) => o.at));
  if (Date.now() - last > 365 * 86_400_000) return 'lapsed';
  return total > 2000 || orders.length >= 6 ? 'vip' : 'regular';
}

/** Seals and stores clients (insert or update by Customer ID). Returns how many were written. */
export async function saveClients(session: Session | undefined, inputs: ClientInput[]): Promise<number> {
  const s = requireSession(session, 'clients.save');
  const encIds = await getEncryptCustomerIds();
  const now = Date.now();
  // All WebCrypto work happens here, before the transaction.
  const records: ClientRecord[] = await Promise.all(inputs.map(async (c) => {
    const orders = (c.orders ?? []).map((o) => ({ at: o.at, amount: o.amount, items: o.items }));
    const r: ClientRecord = {
      id: `c_${await indexKey(s, c.customerId, 'customer')}`,
      nameEnc: await seal(s, c.name.trim()),
      emailEnc: await seal(s, c.email.trim()),
      segment: c.segment ?? segmentOf(orders),
      createdAt: now,
      updatedAt: now,
      orders,
    };
    if (encIds) r.customerIdEnc = await seal(s, c.customerId.trim());
    else r.customerId = c.customerId.trim();
    if (c.notes?.trim()) r.notesEnc = await seal(s, c.notes.trim());
    return r;
  }));
  await db().transaction('rw', db().clients, async () => {
    const existing = await db().clients.bulkGet(records.map((r) => r.id));
    records.forEach((r, i) => { const old = existing[i] as ClientRecord | undefined; if (old) r.createdAt = old.createdAt; });
    await db().clients.bulkPut(records.map((r) => ({ ...r })));
  });
  return records.length;
}

export async function openClient(s: Session, r: ClientRecord): Promise<ClientView> {
  return {
    id: r.id,
    customerId: r.customerIdEnc ? await open(s, r.customerIdEnc) : (r.customerId ?? ''),
    name: await open(s, r.nameEnc),
    email: await open(s, r.emailEnc),
    notes: await openOptional(s, r.notesEnc),
    segment: r.segment,
    orders: r.orders,
  };
}

/** All clients, decrypted, sorted by name. */
export async function listClients(session: Session | undefined): Promise<ClientView[]> {
  const s = requireSession(session, 'clients.list');
  const rows = (await db().clients.toArray()) as unknown as ClientRecord[];
  const views = await Promise.all(rows.map((r) => openClient(s, r)));
  return views.sort((a, b) => a.name.localeCompare(b.name));
}

export async function countClients(): Promise<number> {
  return db().clients.count();
}

/** Admin only. */
export async function deleteClient(session: Session | undefined, id: string): Promise<void> {
  requireAdmin(session, 'clients.delete');
  await db().clients.delete(id);
  await logAudit('delete', { what: 'client', id });
}
