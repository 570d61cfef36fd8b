// Demo data goes through the import path: names sealed, orders and activity stored as chunks, and loading
// it twice adds no order or activity line.
import { describe, expect, it } from 'vitest';
import { openDb } from '../../storage/db';
import { deriveWorkspaceKeys, newWorkspaceSecret } from '../../core/crypto/workspace-keys';
import { ACTIVITY_SCHEMA, countLines, ORDER_SCHEMA } from '../../storage/customers/line-chunks';
import { loadDemoData } from './demo-job';

describe('demo data', () => {
  it('stores sealed clients, orders and activity once', async () => {
    const database = openDb('demo-job-test');
    const keys = await deriveWorkspaceKeys(newWorkspaceSecret());
    const first = await loadDemoData(database, { keys, encIds: true, clients: 200, seed: 3 }, () => {});
    const orders = await countLines(database, ORDER_SCHEMA);
    const activity = await countLines(database, ACTIVITY_SCHEMA);
    expect(await database.clients.count()).toBe(200);
    expect(orders).toBe(first[1].added);
    expect(activity).toBeGreaterThan(0);
    const raw = JSON.stringify(await database.clients.toArray());
    expect(raw).not.toMatch(/example\.(com|org|net)/);
    const again = await loadDemoData(database, { keys, encIds: true, clients: 200, seed: 3 }, () => {});
    expect(again[1].added).toBe(0);
    expect(again[2].added).toBe(0);
    expect(await countLines(database, ORDER_SCHEMA)).toBe(orders);
    expect(await countLines(database, ACTIVITY_SCHEMA)).toBe(activity);
  });
});
