// Personal fields at rest with a session: leads' Customer IDs are sealed and indexed by HMAC; the setting
// "encrypt Customer IDs" switches sealing off (the index stays keyed).
import { beforeEach, describe, expect, it } from 'vitest';
import { db, openDb } from './db';
import { setSession } from './session';
import { setupAdmin } from './users-repo';
import { getLead, leadsByCustomer, recentLeads, saveLead, type NewLead } from './leads-repo';
import { setEncryptCustomerIds } from './auth-settings';
import { indexKey, isSealed, open, seal } from './crypto-fields';

const T = { testIterations: 1000, testMinIterations: 1000 };
const base: NewLead = { modelId: 'm', inputs: { Age: 40 }, score: 0.8, decile: 2, segment: 'High', cluster: 1, predicted: 1 };
let n = 0;
beforeEach(() => { openDb(`fields-test-${n++}`); setSession(undefined); });

describe('crypto-fields and leads at rest', () => {
  it('seals lead Customer IDs and finds them by keyed index', async () => {
    const s = await setupAdmin('boss@example.com', 'Violet-Harbour-Lamp-7', undefined, T);
    const sealed = await seal(s, 'x');
    expect(isSealed(sealed) && (await open(s, sealed)) === 'x').toBe(true);
    expect(await indexKey(s, ' AbC ')).toBe(await indexKey(s, 'abc'));
    const saved = await saveLead({ ...base, customerId: 'SECRET-CUST-42' });
    const raw = JSON.stringify(await db().leads.toArray());
    expect(raw).not.toContain('SECRET-CUST-42');
    expect(raw).not.toContain('secret-cust-42');
    expect((await getLead(saved.id!))?.customerId).toBe('SECRET-CUST-42');
    expect((await leadsByCustomer(' secret-cust-42 ')).map((l) => l.id)).toEqual([saved.id]);
    expect((await recentLeads(5))[0].customerId).toBe('SECRET-CUST-42');
    await setEncryptCustomerIds(s, false);
    await saveLead({ ...base, customerId: 'PLAIN-7' });
    expect(JSON.stringify(await db().leads.toArray())).toContain('PLAIN-7');
    expect((await leadsByCustomer('plain-7')).length).toBe(1);
  });
});
