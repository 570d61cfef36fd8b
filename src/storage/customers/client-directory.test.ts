// The client directory (schema v4): ID-only clients in sealed chunks; a saved record takes a client over
// (entry retired, derived fields carried), later imports refresh entries in place, and compaction drops
// retired entries from the sealed list.
import { describe, expect, it } from 'vitest';
import { openDb } from '../db';
import { deriveWorkspaceKeys, newWorkspaceSecret } from '../../core/crypto/workspace-keys';
import { addToDirectory, compactDirectory, directoryCount, entryDerived, openDirectoryIds, readDirectory, retireInTransaction } from './client-directory';
import { sealClient, upsertClientRecords } from './client-records';
import { refreshDerived } from './derived';

describe('client directory', () => {
  it('stores ID-only clients sealed per chunk, hands one over to a record, refreshes and compacts', async () => {
    const database = openDb('client-directory-test');
    const keys = await deriveWorkspaceKeys(newWorkspaceSecret());
    const entries = ['ID-3', 'ID-1', 'ID-2', 'ID-4', 'ID-5'].map((id) => ({ key: `c_${id.toLowerCase()}`, id }));
    const derived = new Map([['c_id-2', { orderCount: 2, totalSpend: 30, lastPurchaseDay: 100, segment: 'regular' as const }]]);
    expect(await addToDirectory(database, keys, entries, true, derived, 1, 3)).toBe(2);
    const chunks = await readDirectory(database);
    expect(chunks.map((c) => c.n)).toEqual([3, 2]);
    expect(chunks[0].keys).toEqual(['c_id-1', 'c_id-2', 'c_id-3']); // sorted within a chunk
    expect(JSON.stringify(chunks)).not.toContain('ID-1');
    expect(await openDirectoryIds(keys, chunks[0])).toEqual(['ID-1', 'ID-2', 'ID-3']);
    expect(entryDerived(chunks[0], 0)).toEqual({ orderCount: 0, totalSpend: 0, segment: 'new' });

    // A clients file names ID-2: its record takes over with the directory's derived fields.
    const rec = await sealClient(keys, { customerId: 'ID-2', firstName: 'Ann' }, true, 2, 'c_id-2');
    expect(await upsertClientRecords(database, [rec])).toEqual({ added: 0, updated: 1 });
    expect(await database.clients.get('c_id-2')).toMatchObject({ orderCount: 2, totalSpend: 30, lastPurchaseDay: 100, segment: 'regular' });
    expect(await directoryCount(database)).toBe(4);

    // A later order import changes a directory client's fields in place and the record's.
    await refreshDerived(database, new Map([
      ['c_id-5', { orderCount: 1, totalSpend: 9, lastPurchaseDay: 200, segment: 'regular' as const }],
      ['c_id-2', { orderCount: 3, totalSpend: 40, lastPurchaseDay: 200, segment: 'regular' as const }],
    ]));
    const after = await readDirectory(database);
    expect(entryDerived(after[1], after[1].keys.indexOf('c_id-5'))).toMatchObject({ orderCount: 1, lastPurchaseDay: 200 });
    expect(await database.clients.get('c_id-2')).toMatchObject({ orderCount: 3, totalSpend: 40 });

    // Deleting a directory client, then compacting: its sealed ID is gone; an emptied chunk is removed.
    await database.transaction('rw', database.clientDirectory, () => retireInTransaction(database, ['c_id-4', 'c_id-5'], 3));
    expect(await compactDirectory(database, keys)).toBe(3);
    const compacted = await readDirectory(database);
    expect(compacted).toHaveLength(1);
    expect(compacted[0].keys).toEqual(['c_id-1', 'c_id-3']);
    expect(await openDirectoryIds(keys, compacted[0])).toEqual(['ID-1', 'ID-3']);
    expect(await directoryCount(database)).toBe(2);
  });
});
