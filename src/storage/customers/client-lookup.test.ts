// Page-side reads over records and the client directory (schema v4): the Clients page, the full list, the
// count and delete see ID-only clients exactly like records; a delete removes the sealed Customer ID too.
import { describe, expect, it } from 'vitest';
import { db, openDb } from '../db';
import { setupAdmin } from '../users-repo';
import { countClients, deleteClient, listClients, saveClients } from '../clients-repo';
import { addToDirectory, openDirectoryIds, readDirectory } from './client-directory';
import { clientKey } from './client-records';
import { clientPage } from './client-pages';
import { mergeSorted } from './client-lookup';

const T = { testIterations: 1000, testMinIterations: 1000 };

describe('clients over records and the directory', () => {
  it('pages, lists, counts and deletes directory clients like records', async () => {
    openDb('client-lookup-test');
    const s = await setupAdmin('boss@example.com', 'Violet-Harbour-Lamp-7', 'Violet-Harbour-Lamp-7', T);
    await saveClients(s, [{ customerId: 'R-1', firstName: 'Rita', lastName: 'Record' }]);
    const ids = ['D-1', 'D-2', 'D-3'];
    const entries = await Promise.all(ids.map(async (id) => ({ key: await clientKey(s.keys, id), id })));
    await addToDirectory(db(), s.keys, entries, true, new Map([[entries[1].key, { orderCount: 4, totalSpend: 50, lastPurchaseDay: 9000, segment: 'regular' as const }]]), 1);
    expect(await countClients()).toBe(4);

    const page = await clientPage(s, 0, 10);
    expect(page.total).toBe(4);
    expect(page.rows.map((r) => r.customerId).sort()).toEqual(['D-1', 'D-2', 'D-3', 'R-1']);
    expect(page.rows.map((r) => r.id)).toEqual([...page.rows.map((r) => r.id)].sort()); // by keyed id without a forecast
    expect(page.rows.find((r) => r.customerId === 'D-2')).toMatchObject({ orderCount: 4, lastPurchaseDay: 9000, segment: 'regular', name: '' });
    expect((await clientPage(s, 3, 10)).rows).toHaveLength(1);

    // Naming a directory client makes it a record (one client, not two), with its order count kept.
    await saveClients(s, [{ customerId: 'D-1', firstName: 'Dora' }]);
    const all = await listClients(s);
    expect(all).toHaveLength(4);
    expect(all.find((c) => c.customerId === 'D-1')).toMatchObject({ firstName: 'Dora' });

    await deleteClient(s, entries[2].key);
    expect(await countClients()).toBe(3);
    const [chunk] = await readDirectory(db());
    expect(await openDirectoryIds(s.keys, chunk)).toEqual(['D-2']); // D-1 moved to a record, D-3 deleted
  });

  it('merges sorted key lists', () => {
    expect(mergeSorted([['a', 'd'], ['b', 'c', 'e'], [], ['a0']])).toEqual(['a', 'a0', 'b', 'c', 'd', 'e']);
  });
});
