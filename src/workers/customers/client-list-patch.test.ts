// The worker's client list patched in place after edits (issue #10): `rerank` gives exactly textRank's
// ranks after one row's text changes or a row is appended; after an edit, an added client and a new
// forecast run the patched list answers text search, text sorts and filters exactly as a list rebuilt
// from scratch, and a delete falls back to a rebuild. The snapshot written from the patched state is
// fresh on the next open and holds no clear text.
import { describe, expect, it } from 'vitest';
import { textCollator, textRank } from '../../core/customers/client-search';
import { openDb } from '../../storage/db';
import { deriveWorkspaceKeys, newWorkspaceSecret } from '../../core/crypto/workspace-keys';
import { loadDemoData } from './demo-job';
import { runForecastJob } from './forecast-job';
import { allListRows, listRows, openList, queryList, resetList } from './client-list';
import { rerank } from './client-list-patch';
import { sealClient, upsertClientRecords, type ClientRecord } from '../../storage/customers/client-records';
import { removeClientEverywhere } from '../../storage/customers/client-lines';
import { loadClientList } from '../../storage/customers/client-list-refresh';
import type { ClientQuery } from '../../core/customers/client-query';

describe('rerank', () => {
  it('equals textRank after a change or an append', () => {
    const words = ['anna', 'Ánna', 'bob', 'item 10', 'item 9', '', 'zoë', 'Zoe', 'émile', 'b'];
    let seed = 7;
    const pick = () => words[(seed = (seed * 1103515245 + 12345) % 2147483648) % words.length];
    const coll = textCollator();
    for (let trial = 0; trial < 40; trial++) {
      const col = Array.from({ length: 30 }, pick);
      const rank = textRank(col);
      const row = trial % 31;
      const next = [...col];
      next[row] = pick();
      expect(Array.from(rerank(rank, next, row, coll)!)).toEqual(Array.from(textRank(next)));
    }
  });
});

describe('client list patched in place', () => {
  it('answers like a rebuilt list after an edit, an add and a forecast run; a delete rebuilds', async () => {
    const dbName = 'client-list-patch-test';
    const database = openDb(dbName);
    const keys = await deriveWorkspaceKeys(newWorkspaceSecret());
    await loadDemoData(database, { keys, encIds: true, clients: 300, seed: 11 }, () => {});
    await runForecastJob(database, {}, () => {});
    resetList();
    let version = 1;
    const ctx = () => ({ keys, version, dbName });
    await openList(database, ctx());
    await listRows(database, ctx(), 0, 10);
    await queryList(database, ctx(), { text: 'a', sortBy: 'name' }); // waits for the search index
    const queries: ClientQuery[] = [{ text: 'Zbigniewa' }, { sortBy: 'name' }, { sortBy: 'email', sortDir: 'desc' }, { pMin: 0.2, sortBy: 'customerId' }, {}];
    const answers = async () => {
      const out: string[][] = [];
      for (const q of queries) { await queryList(database, ctx(), q); out.push((await allListRows(database, ctx())).map((r) => `${r.id}|${r.name}|${r.email}|${r.spend30 ?? ''}`)); }
      return out;
    };
    const rebuilt = async () => { resetList(); await openList(database, ctx()); await queryList(database, ctx(), { text: 'a', sortBy: 'name' }); return answers(); };

    const victim = ((await database.clients.toArray()) as unknown as ClientRecord[])[17];
    const cols = (await loadClientList(database, keys)).cols;
    while (!(await openList(database, ctx())).searchReady) await new Promise((r) => setTimeout(r, 20)); // patches the built index
    const k = cols.keys.indexOf(victim.id);
    await upsertClientRecords(database, [await sealClient(keys, { customerId: cols.customerId[k], firstName: 'Zbigniewa', lastName: 'Aaronson', email: 'zz@example.org' }, true, Date.now())]);
    await upsertClientRecords(database, [await sealClient(keys, { customerId: 'NEW-77', firstName: 'Ąda', lastName: 'Nowa', email: 'ada@example.org' }, true, Date.now())]);
    version++;
    const info = await openList(database, ctx());
    expect(info.buildMs).toMatchObject({ patched: 1 });
    expect(info).toMatchObject({ total: 301, searchReady: true }); // two rows re-ranked, not the index rebuilt
    const patched = await answers();
    expect(patched[0]).toHaveLength(1);
    expect(patched).toEqual(await rebuilt());

    await runForecastJob(database, {}, () => {}); // a new run: joined again in place
    version++;
    expect((await openList(database, ctx())).buildMs).toMatchObject({ patched: 1 });
    const afterRun = await answers();
    expect(afterRun).toEqual(await rebuilt());

    await listRows(database, ctx(), 0, 10); // owed writes run in the background
    await new Promise((r) => setTimeout(r, 500));
    const stored = await loadClientList(database, keys);
    expect(stored.fresh).toBe(true);
    expect(JSON.stringify(await database.clientList.toArray())).not.toContain('Zbigniewa');

    await removeClientEverywhere(database, victim.id);
    version++;
    const gone = await openList(database, ctx());
    expect(gone.buildMs?.patched).toBeUndefined();
    expect(gone.total).toBe(300);
  }, 180_000);
});
