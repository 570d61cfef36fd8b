/**
 * Single leads scored from the form: their inputs, outputs and model id, so a scored lead survives a
 * reload and feeds the dashboard counts. UI code calls these plain async functions and never touches
 * Dexie. The record shape is explicit so that issue #4 can wrap the personal field (customerId) with
 * encryption here, without changing callers: `customerKey` is the lookup key, `customerId` the display value.
 */
import type { LeadValues, Segment } from '../core/lead';
import type { TierRule } from '../core/card/types';
import { db } from './db';
import { currentSession, requireAdmin, requireSession, type Session } from './session';
import { logAudit } from './audit-repo';
import { indexKey, open, seal } from './crypto-fields';
import { getEncryptCustomerIds } from './auth-settings';

export interface LeadRecord {
  id?: number;
  /** Lookup key derived from the Customer ID (normalised; #4 turns it into a keyed hash). */
  customerKey: string;
  /** The Customer ID as entered or generated (personal field; #4 encrypts it). */
  customerId: string;
  createdAt: number;
  modelId: string;
  inputs: LeadValues;
  score: number;
  decile: number;
  segment: Segment;
  cluster: number;
  predicted: 0 | 1;
  /** The decision threshold and tier rule the lead was scored with (absent on leads saved before issue #13's list). */
  threshold?: number;
  tierRule?: TierRule;
  /** Optional fields left blank (scored with the card's default): the lead card re-scores them as blank. */
  defaultsUsed?: string[];
}

export type NewLead = Omit<LeadRecord, 'id' | 'customerKey' | 'createdAt' | 'customerId'> & {
  customerId?: string;
  createdAt?: number;
};

/** Normalised lookup key for a Customer ID (case- and whitespace-insensitive). */
export function customerKeyOf(customerId: string): string {
  return customerId.trim().toLowerCase();
}

/** A readable, practically unique ID for a lead saved without one: "L-20260122-4F7K2Q". */
export function generateCustomerId(now: Date = new Date(), random: () => number = Math.random): string {
  const d = now.toISOString().slice(0, 10).replace(/-/g, '');
  const alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
  let s = '';
  for (let i = 0; i < 6; i++) s += alphabet[Math.floor(random() * alphabet.length) % alphabet.length];
  return `L-${d}-${s}`;
}

/**
 * Encryption at rest (#4): with a session, customerKey is a keyed HMAC of the Customer ID and the ID itself
 * is sealed into `customerIdEnc` (unless the admin turned "encrypt Customer IDs" off). The app only reaches
 * these functions signed in; without a session (unit tests of the plain shape) values stay as they are.
 */
async function toRecord(row: Record<string, unknown>): Promise<LeadRecord> {
  const { customerIdEnc, ...rest } = row as Record<string, unknown> & { customerIdEnc?: string };
  if (typeof customerIdEnc !== 'string') return rest as unknown as LeadRecord;
  return { ...(rest as unknown as LeadRecord), customerId: await open(requireSession(), customerIdEnc) };
}

async function lookupKey(customerId: string): Promise<string> {
  const s = currentSession();
  return s ? indexKey(s, customerId, 'customer') : customerKeyOf(customerId);
}

/** The row as stored: sealed before the Dexie call (WebCrypto must not run inside a transaction). */
async function toStored(r: LeadRecord): Promise<Record<string, unknown>> {
  const s = currentSession();
  if (!s) return { ...r };
  const { customerId, ...rest } = r;
  const key = await indexKey(s, customerId, 'customer');
  return (await getEncryptCustomerIds()) ? { ...rest, customerKey: key, customerIdEnc: await seal(s, customerId) } : { ...rest, customerKey: key, customerId };
}

/**
 * The form's values without the Customer ID (#14 defect 1): the ID lives only in `customerId` (sealed at rest
 * as `customerIdEnc`), never in `inputs`, where it used to be kept in plain text. Views that need the full
 * input row add it back from `customerId` (lead card).
 */
export function inputsWithoutId(inputs: LeadValues, customerId: string): LeadValues {
  const id = customerId.trim();
  const out: LeadValues = {};
  for (const [k, v] of Object.entries(inputs)) if (!(typeof v === 'string' && v.trim() === id && id !== '')) out[k] = v;
  return out;
}

/** Saves a scored lead; a blank Customer ID gets a generated one. Returns the stored record with its id. */
export async function saveLead(lead: NewLead): Promise<LeadRecord> {
  const customerId = lead.customerId?.trim() ? lead.customerId.trim() : generateCustomerId();
  const record: LeadRecord = {
    customerKey: customerKeyOf(customerId),
    customerId,
    createdAt: lead.createdAt ?? Date.now(),
    modelId: lead.modelId,
    inputs: inputsWithoutId(lead.inputs, lead.customerId ?? ''),
    score: lead.score,
    decile: lead.decile,
    segment: lead.segment,
    cluster: lead.cluster,
    predicted: lead.predicted,
    ...(lead.threshold !== undefined ? { threshold: lead.threshold } : {}),
    ...(lead.tierRule ? { tierRule: lead.tierRule } : {}),
    ...(lead.defaultsUsed?.length ? { defaultsUsed: [...lead.defaultsUsed] } : {}),
  };
  const stored = await toStored(record);
  const id = await db().leads.add(stored);
  return { ...record, customerKey: stored.customerKey as string, id };
}

/** The most recently saved leads, newest first. */
export async function recentLeads(limit = 10): Promise<LeadRecord[]> {
  const rows = await db().leads.orderBy('createdAt').reverse().limit(limit).toArray();
  return Promise.all(rows.map(toRecord));
}

/** Every saved lead, newest first, Customer IDs opened (the scored-leads list searches and sorts them). */
export async function allLeads(): Promise<LeadRecord[]> {
  const rows = await db().leads.orderBy('createdAt').reverse().toArray();
  return Promise.all(rows.map(toRecord));
}

export async function getLead(id: number): Promise<LeadRecord | undefined> {
  const row = await db().leads.get(id);
  return row ? await toRecord(row) : undefined;
}

/** All saved leads with this Customer ID (any case/spacing), newest first. */
export async function leadsByCustomer(customerId: string): Promise<LeadRecord[]> {
  const rows = await db().leads.where('customerKey').equals(await lookupKey(customerId)).toArray();
  return (await Promise.all(rows.map(toRecord))).sort((a, b) => b.createdAt - a.createdAt);
}

export async function countLeads(): Promise<number> {
  return db().leads.count();
}

/** Number of saved leads per segment (all three keys always present). */
export async function countLeadsBySegment(): Promise<Record<Segment, number>> {
  const leads = db().leads;
  const [High, Medium, Low] = await Promise.all(
    (['High', 'Medium', 'Low'] as const).map((s) => leads.where('segment').equals(s).count()),
  );
  return { High, Medium, Low };
}

/**
 * Admin only, like deleting a run: analysts are refused here (PermissionError, audited by session.ts's
 * listeners) whatever the UI offers. The deletion is audited with the record number (not the Customer ID).
 */
export async function deleteLead(session: Session | undefined, id: number): Promise<void> {
  requireAdmin(session, 'leads.delete');
  await db().leads.delete(id);
  await logAudit('delete', { what: 'lead', id });
}
