// The client list's snapshot (schema v5) stays equal to the client records after every kind of write:
// demo load, adding and editing clients, an orders import (derived fields: re-read without decrypting),
// a directory client taken over by a record, a v1 full name, a forecast run and a delete (blanked in the
// delete's transaction, sealed texts compacted away). The reference is an independent decrypt of every
// record. Texts are never stored in clear.
import { describe, expect, it } from 'vitest';
import { openDb, type LeadLensDb } from '../db';
import { deriveWorkspaceKeys, newWorkspaceSecret, type WorkspaceKeys } from '../../core/crypto/workspace-keys';
import { openString, sealString } from '../../core/crypto/seal';
import { loadDemoData } from '../../workers/customers/demo-job';
import { runForecastJob } from '../../workers/customers/forecast-job';
import { compactListSnapshot, loadClientList, type ListColumns } from './client-list-refresh';
import { nextStamp, readListSnapshot } from './client-list-store';
import { clientKey, sealClient, upsertClientRecords, type ClientRecord } from './client-records';
import { storeLines } from './import-store';
import { removeClientEverywhere } from './client-lines';
import { SEGMENTS } from './client-directory';
import { newestRunId, refreshListForecast } from './client-list-forecast';
import { directoryColumns } from './client-scan';

/** Every record decrypted independently of the snapshot code, as rows. */
async function reference(d: LeadLensDb, keys: WorkspaceKeys): Promise<string[]> {
  const recs = (await d.clients.toArray()) as unknown as ClientRecord[];
  const o = (v?: string) => (v ? openString(keys, v) : Promise.resolve(''));
  return Promise.all(recs.map(async (r) => {
    const name = r.nameEnc && !r.firstNameEnc ? (await o(r.nameEnc)).trim().replace(/\s+/g, ' ') : [await o(r.firstNameEnc), await o(r.lastNameEnc)].filter(Boolean).join(' ');
    const id = r.customerIdEnc ? await o(r.customerIdEnc) : (r.customerId ?? '');
    return [r.id, id, name, await o(r.emailEnc), r.orderCount ?? 0, r.lastPurchaseDay ?? NaN, r.segment].join('|');
  }));
}

const rows = (c: ListColumns): string[] =>
  c.keys.map((k, i) => [k, c.customerId[i], c.name[i], c.email[i], c.orders[i], c.lastPurchase[i], SEGMENTS[c.segment[i]]].join('|'));

/** The list equals the records; once saved, the next load is fresh and equal too. Returns the first load. */
async function expectConsistent(d: LeadLensDb, keys: WorkspaceKeys) {
  const ref = await reference(d, keys);
  const first = await loadClientList(d, keys, 64);
  expect(rows(first.cols)).toEqual(ref);
  await first.save();
  const again = await loadClientList(d, keys);
  expect(again.fresh).toBe(true);
  expect(rows(again.cols)).toEqual(ref);
  return first;
}

describe('client list snapshot', () => {
  it('follows adds, edits, imports, take-overs, legacy names, forecasts and deletes', async () => {
    const d = openDb('client-list-snapshot-test');
    const keys = await deriveWorkspaceKeys(newWorkspaceSecret());
    await loadDemoData(d, { keys, encIds: true, clients: 150, seed: 3 }, () => {});
    expect((await loadClientList(d, keys)).fresh).toBe(true); // the demo job wrote it
    await expectConsistent(d, keys);

    const add = await sealClient(keys, { customerId: 'NEW-1', firstName: 'Żaneta', lastName: 'Ołówek', email: 'z@example.org' }, true, Date.now());
    await upsertClientRecords(d, [add]);
    expect((await expectConsistent(d, keys)).decrypted).toBe(1);

    const edit = await sealClient(keys, { customerId: 'NEW-1', firstName: 'Żanna', email: 'zz@example.org' }, true, 1); // an old clock: still seen
    await upsertClientRecords(d, [edit]);
    await expectConsistent(d, keys);

    // Orders for two known clients and one unknown (a directory client), which a clients file then takes over.
    const known = ((await d.clients.toArray()) as unknown as ClientRecord[]).slice(0, 2);
    const ids = await Promise.all(known.map((r) => openString(keys, r.customerIdEnc!)));
    const ctx = { database: d, keys, encIds: true, now: Date.now() };
    await storeLines(ctx, 'orders', { n: 3, ids: [...ids, 'DIR-9'], cols: { day: [30000, 30001, 30002], amount: [10, 20, 5000], items: [1, 1, 1] } }, 'imp-1');
    const afterOrders = await expectConsistent(d, keys);
    expect(afterOrders.decrypted).toBe(0); // derived fields only: nothing decrypted again
    expect(afterOrders.reread).toBeGreaterThan(0);
    await upsertClientRecords(d, [await sealClient(keys, { customerId: 'DIR-9', firstName: 'Dir' }, true, Date.now(), await clientKey(keys, 'DIR-9'))]);
    await expectConsistent(d, keys);

    // A v1 record with a full name only.
    const legacyName = await sealString(keys, '  Anna   Maria Nowak ');
    await d.transaction('rw', d.clients, async () => {
      await d.clients.put({ id: 'c_legacy', nameEnc: legacyName, customerId: 'OLD-1', segment: 'new', createdAt: 1, updatedAt: await nextStamp(d) });
    });
    const withLegacy = await expectConsistent(d, keys);
    expect(withLegacy.cols.legacy[withLegacy.cols.keys.indexOf('c_legacy')]).toBe(1);
    expect(withLegacy.cols.name[withLegacy.cols.keys.indexOf('c_legacy')]).toBe('Anna Maria Nowak');

    await runForecastJob(d, {}, () => {});
    expect((await loadClientList(d, keys)).fresh).toBe(true); // a forecast run leaves the snapshot as it is
    expect(await refreshListForecast(d)).toBe(true); // and stores its numbers in the list's row order
    const { forecast, meta, chunks } = await readListSnapshot(d);
    expect(forecast).toMatchObject({ runId: await newestRunId(d), builtAt: meta!.builtAt, n: chunks.reduce((n, c) => n + c.n, 0) + (await directoryColumns(d, keys)).n });
    expect(chunks.every((c) => c.sealed instanceof Uint8Array)).toBe(true);

    // Delete: the key leaves the snapshot in the delete's own transaction, the sealed texts on compaction.
    const victim = (await d.clients.toArray())[5] as unknown as ClientRecord;
    await removeClientEverywhere(d, victim.id);
    expect(JSON.stringify(await d.clientList.toArray())).not.toContain(victim.id);
    expect(await compactListSnapshot(d, keys)).toBe(1);
    expect((await readListSnapshot(d)).chunks.every((c) => c.keys.every(Boolean) && c.keys.length === c.n)).toBe(true);
    await expectConsistent(d, keys);

    const stored = JSON.stringify(await d.clientList.toArray());
    expect(stored).not.toContain('Żanna');
    expect(stored).not.toContain('example.');
    expect(stored).not.toContain('NEW-1');
  }, 120_000);
});
