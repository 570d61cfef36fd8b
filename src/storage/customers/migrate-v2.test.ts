// Schema v1 → v2 on fake-indexeddb: a v1 database with embedded orders and a sealed full name opens as v2
// with the orders in columnar chunks under the same keyed client id, and the full name is split into
// first and last name (on read at once, rewritten sealed after sign-in).
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { LeadLensDb, openDb } from '../db';
import { issueSession } from '../session';
import { deriveWorkspaceKeys, newWorkspaceSecret } from '../../core/crypto/workspace-keys';
import { sealString } from '../../core/crypto/seal';
import { finishNameSplit, listClients } from '../clients-repo';
import { ORDER_SCHEMA, readLines } from './line-chunks';

const V1_STORES = {
  leads: '++id, customerKey, createdAt, segment, modelId', runs: 'id, status, startedAt', runChunks: '[runId+chunk], runId',
  runErrors: '[runId+chunk], runId', leadIndex: '[customerKey+runId], customerKey, runId', models: 'id, kind, createdAt',
  clients: 'id, segment, updatedAt', settings: 'key', audit: '++id, at, type, userId', users: 'id, emailKey', keyWraps: 'userId',
};
const DAY = 86_400_000;

describe('schema v1 → v2', () => {
  it('moves embedded orders into order chunks and keeps the clients', async () => {
    const name = 'migrate-v2-test';
    const v1 = new Dexie(name);
    v1.version(1).stores(V1_STORES);
    await v1.table('clients').bulkAdd([
      { id: 'c_AAA', customerId: 'A-1', nameEnc: 's1.x', emailEnc: 's1.y', segment: 'regular', createdAt: 1, updatedAt: 1,
        orders: [{ at: 10 * DAY + 5, amount: 12.5, items: 1 }, { at: 20 * DAY, amount: 30, items: 2 }] },
      { id: 'c_BBB', customerIdEnc: 's1.z', nameEnc: 's1.w', emailEnc: 's1.v', segment: 'new', createdAt: 2, updatedAt: 2, orders: [] },
    ]);
    v1.close();

    const v2 = new LeadLensDb(name);
    await v2.open();
    expect(v2.verno).toBe(5); // v1 → v2 (this test) → v3 (clients.updatedAt index back) → v4 (client directory) → v5 (list snapshot)
    const a = await v2.clients.get('c_AAA');
    const b = await v2.clients.get('c_BBB');
    expect(a).toMatchObject({ customerId: 'A-1', nameEnc: 's1.x', emailEnc: 's1.y', orderCount: 2, lastPurchaseDay: 20, segment: 'regular' });
    expect(a?.orders).toBeUndefined();
    expect(b).toMatchObject({ customerIdEnc: 's1.z', orderCount: 0 });
    expect(b?.lastPurchaseDay).toBeUndefined();
    const lines = await readLines(v2, ORDER_SCHEMA);
    expect(lines.n).toBe(2);
    expect(lines.keys).toEqual(['c_AAA']);
    expect(Array.from(lines.cols.day)).toEqual([10, 20]);
    expect(Array.from(lines.cols.amount)).toEqual([12.5, 30]);
    expect(Array.from(lines.cols.items)).toEqual([1, 2]);
    // new v2 stores exist and are empty
    expect(await v2.forecastRuns.count()).toBe(0);
    expect(await v2.customerImports.count()).toBe(0);
    v2.close();
  });
});

describe('v1 full names after the upgrade', () => {
  it('are split into first and last name on read and rewritten after sign-in', async () => {
    const database = openDb('name-split-test');
    const keys = await deriveWorkspaceKeys(newWorkspaceSecret());
    const session = issueSession({ userId: 'u1', email: 'a@example.com', role: 'admin', keys, startedAt: 0 });
    await database.clients.put({ id: 'c_X', customerId: 'X-1', nameEnc: await sealString(keys, 'Anna Maria Kowalska'), emailEnc: await sealString(keys, 'anna@example.com'), segment: 'new', createdAt: 1, updatedAt: 1, orderCount: 0 });
    const before = await listClients(session);
    expect(before[0]).toMatchObject({ firstName: 'Anna', lastName: 'Maria Kowalska', name: 'Anna Maria Kowalska', email: 'anna@example.com' });
    expect(await finishNameSplit(session)).toBe(1);
    const rec = await database.clients.get('c_X');
    expect(rec?.nameEnc).toBeUndefined();
    expect(typeof rec?.firstNameEnc).toBe('string');
    expect(await listClients(session)).toEqual(before);
    expect(await finishNameSplit(session)).toBe(0);
  });
});
