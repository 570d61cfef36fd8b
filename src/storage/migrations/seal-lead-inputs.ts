/**
 * Data migration (#14 defect 1): leads saved from the Score form before this fix kept the Customer ID in
 * plain text inside `inputs` (beside the sealed `customerIdEnc`), and leads saved before #4 may hold a plain
 * `customerId`. This removes the ID from `inputs` and seals a plain ID when "encrypt Customer IDs" is on.
 *
 * Why not a Dexie upgrade: sealing needs the workspace key (only there after sign-in) and WebCrypto, which
 * cannot be awaited inside an upgrade transaction. So it runs after sign-in (storage/migrations/index.ts):
 * all crypto first, then ONE short read-write transaction that rewrites only the records that need it and
 * skips any record changed meanwhile. Idempotent: a clean record is never touched, so running it on every
 * sign-in (also after restoring an old backup) is safe.
 */
import { db } from '../db';
import { indexKey, open, seal } from '../crypto-fields';
import { getEncryptCustomerIds } from '../auth-settings';
import { inputsWithoutId } from '../leads-repo';
import type { LeadValues } from '../../core/lead';
import type { Session } from '../session';

interface StoredLead { id: number; customerId?: string; customerIdEnc?: string; customerKey?: string; inputs?: LeadValues }

/** Returns how many lead records were rewritten. */
export async function sealLeadInputs(session: Session): Promise<number> {
  const rows = (await db().leads.toArray()) as unknown as StoredLead[];
  const encrypt = await getEncryptCustomerIds();
  const patches: { id: number; before: StoredLead; after: StoredLead }[] = [];
  for (const r of rows) {
    let plain: string | undefined;
    try { plain = typeof r.customerIdEnc === 'string' ? await open(session, r.customerIdEnc) : r.customerId; } catch { continue; }
    if (plain === undefined) continue;
    const after: StoredLead = { ...r };
    if (r.inputs) after.inputs = inputsWithoutId(r.inputs, plain);
    if (encrypt && typeof r.customerId === 'string' && r.customerIdEnc === undefined) {
      delete after.customerId;
      after.customerIdEnc = await seal(session, plain);
      after.customerKey = await indexKey(session, plain, 'customer');
    }
    const changed = after.customerIdEnc !== r.customerIdEnc || Object.keys(after.inputs ?? {}).length !== Object.keys(r.inputs ?? {}).length;
    if (changed) patches.push({ id: r.id, before: r, after });
  }
  if (patches.length === 0) return 0;
  let written = 0;
  await db().transaction('rw', db().leads, async () => {
    for (const p of patches) {
      const now = (await db().leads.get(p.id)) as StoredLead | undefined;
      if (!now || JSON.stringify(now) !== JSON.stringify(p.before)) continue; // changed meanwhile (another tab): next sign-in
      await db().leads.put({ ...p.after });
      written++;
    }
  });
  return written;
}
