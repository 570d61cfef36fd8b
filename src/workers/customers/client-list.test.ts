// The customers worker's client list (issue #10) on demo data in Node: rows come back decrypted and sorted,
// text search finds a client by an accent-folded surname, filters answer, the CSV export holds the filtered
// rows, nothing decrypted is ever written to the database, and the dashboard and a client's "why" compute.
import { describe, expect, it } from 'vitest';
import { openDb } from '../../storage/db';
import { deriveWorkspaceKeys, newWorkspaceSecret } from '../../core/crypto/workspace-keys';
import { loadDemoData } from './demo-job';
import { runForecastJob } from './forecast-job';
import { listRows, openList, queryList, resetList } from './client-list';
import { clientWhy, customerDashboard, listCsv } from './client-insights';
import { allListRows } from './client-list';

describe('client list in the worker', () => {
  it('opens, searches, filters, exports and explains', async () => {
    const database = openDb('client-list-test');
    const keys = await deriveWorkspaceKeys(newWorkspaceSecret());
    await loadDemoData(database, { keys, encIds: true, clients: 400, seed: 5 }, () => {});
    await runForecastJob(database, {}, () => {});
    const before = JSON.stringify(await database.clients.toArray());
    resetList();
    const ctx = { keys, version: 1, dbName: 'client-list-test' };
    const info = await openList(database, ctx);
    expect(info).toMatchObject({ total: 400, matching: 400, withForecast: 400 });
    const top = await listRows(database, ctx, 0, 20);
    expect(top).toHaveLength(20);
    for (let i = 1; i < top.length; i++) expect(top[i - 1].spend30!).toBeGreaterThanOrEqual(top[i].spend30!);
    expect(top[0].name).toMatch(/\S+ \S+/);
    expect(top[0].email).toMatch(/@example\./);

    const someone = top.find((r) => /[śńółżźąęć]/i.test(r.name)) ?? top[3];
    const plainSurname = someone.name.split(' ')[1].normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l');
    const hit = await queryList(database, ctx, { text: `${plainSurname.toUpperCase()} ${someone.customerId}` });
    expect(hit.matching).toBe(1);
    expect((await listRows(database, ctx, 0, 5))[0].id).toBe(someone.id);

    const f = await queryList(database, ctx, { pMin: 0.5, segments: ['vip', 'regular'], sortBy: 'name' });
    const rows = await allListRows(database, ctx);
    expect(rows.length).toBe(f.matching);
    expect(rows.every((r) => r.pBuy14! >= 0.5 && (r.segment === 'vip' || r.segment === 'regular'))).toBe(true);
    const names = rows.map((r) => r.name);
    expect(names).toEqual([...names].sort(new Intl.Collator(undefined, { sensitivity: 'base', numeric: true }).compare));
    const csv = listCsv(rows, { headers: ['id', 'name', 'email', 'orders', 'last', 'spend', 'p14', 'palive', 'segment'], segments: { new: 'N', regular: 'R', vip: 'V', lapsed: 'L' }, delimiter: ';' });
    expect(csv.trim().split('\r\n')).toHaveLength(rows.length + 1);
    if (rows.length) expect(csv).toContain(rows[0].email);

    expect(JSON.stringify(await database.clients.toArray())).toBe(before); // nothing decrypted was written back

    const dash = await customerDashboard(database, 0.7);
    expect(dash.kpis.clients).toBe(400);
    expect(dash.months.length).toBeGreaterThan(6);
    expect(dash.forecast!.low).toBeLessThanOrEqual(dash.forecast!.total);
    const why = await clientWhy(database, top[0].id);
    expect(why!.sales.length + why!.purchase.length).toBeGreaterThan(0);
  }, 120_000);
});
