// #14 defect 1: the Customer ID never stays in a lead's `inputs`; legacy records are cleaned after sign-in.
import { beforeEach, describe, expect, it } from 'vitest';
import { db, openDb } from '../db';
import { setupAdmin } from '../users-repo';
import { signIn, signOut } from '../auth';
import { currentSession, setSession } from '../session';
import { seal } from '../crypto-fields';
import { getLead, saveLead } from '../leads-repo';
import { listAudit } from '../audit-repo';

const T = { testIterations: 1000, testMinIterations: 1000 };
const PW = 'Violet-Harbour-Lamp-7';
let n = 0;
beforeEach(() => { openDb(`migrate-test-${n++}`); setSession(undefined); });

const lead = { modelId: 'm', score: 0.5, decile: 5, segment: 'Medium' as const, cluster: 0, predicted: 0 as const };

describe('sealing the Customer ID out of lead inputs', () => {
  it('saveLead keeps the ID only sealed, never in inputs', async () => {
    await setupAdmin('a@example.com', PW, PW, T);
    const saved = await saveLead({ ...lead, customerId: 'MARK-123', inputs: { CustomerID: 'MARK-123', Age: 40 } });
    const raw = JSON.stringify(await db().leads.get(saved.id!));
    expect(raw).not.toContain('MARK-123');
    expect((await getLead(saved.id!))?.customerId).toBe('MARK-123');
  });

  it('migrates legacy records after sign-in, idempotently', async () => {
    const s = await setupAdmin('a@example.com', PW, PW, T);
    const enc = await seal(s, 'OLD-1');
    await db().leads.bulkAdd([
      { ...lead, createdAt: 1, customerKey: 'k1', customerIdEnc: enc, inputs: { CustomerID: 'OLD-1', Age: 30 } },
      { ...lead, createdAt: 2, customerKey: 'old-2', customerId: 'OLD-2', inputs: { CustomerID: 'OLD-2', Age: 31 } },
    ]);
    await signOut();
    await signIn('a@example.com', PW, T);
    const raw = JSON.stringify(await db().leads.toArray());
    expect(raw).not.toContain('OLD-1');
    expect(raw).not.toContain('OLD-2');
    const rows = await db().leads.toArray();
    expect(rows.map((r) => (r.inputs as Record<string, unknown>).Age)).toEqual([30, 31]);
    const audit = await listAudit(currentSession());
    expect(audit.filter((a) => a.type === 'migrate')).toHaveLength(1);
    await signOut();
    await signIn('a@example.com', PW, T);
    expect(JSON.stringify(await db().leads.toArray())).toBe(raw);
  });
});
