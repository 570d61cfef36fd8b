// runs-repo over runs stored by the in-process engine: the 1M-capable view (filter, sort, lazy rows, ID
// search), error paging/export, formula-safe run export with BOM, lead history, lifecycle transitions.
import { describe, expect, it } from 'vitest';
import { openDb } from '../../src/storage/db';
import { discardRun, exportErrors, exportRun, getRun, leadHistory, markCancelled, markInterruptedRuns, openRunView, runErrors, deleteRun } from '../../src/storage/runs-repo';
import { csv, importText } from './batch-fixture';
import { issueSession, setSession } from '../../src/storage/session';
import { setupAdmin } from '../../src/storage/users-repo';
import type { WorkspaceKeys } from '../../src/core/crypto/workspace-keys';

const text = async (b: Blob): Promise<string> => new TextDecoder('utf-8', { ignoreBOM: true }).decode(await b.arrayBuffer());

describe('runs-repo', () => {
  it('opens, filters and sorts a run view; rows decode lazily', async () => {
    await importText(csv(1000, [10, 20]), 'batch-repo-1');
    const view = await openRunView('r1');
    expect(view.total).toBe(998);
    expect(await view.query({ sortBy: 'score', sortDir: 'desc' })).toBe(998);
    const top = await view.rows(0, 998);
    for (let i = 1; i < top.length; i++) expect(top[i - 1].score).toBeGreaterThanOrEqual(top[i].score);
    expect(top[0].score).toBe(Math.max(...top.map((r) => r.score)));
    const n = await view.query({ segments: ['High'], scoreMin: 0.2, predicted: 1 });
    const rows = await view.rows(0, n);
    expect(rows.every((r) => r.segment === 'High' && r.score >= 0.2 && r.predicted === 1)).toBe(true);
    expect(await view.query({ customerIdSearch: 'c42' })).toBe(1);
    expect((await view.rows(0, 1))[0]).toMatchObject({ customerId: 'C42', sourceRow: 42 });
    expect(await view.query({ sortBy: 'Age', sortDir: 'asc' })).toBe(998);
    const byAge = await view.rows(0, 998);
    for (let i = 1; i < byAge.length; i++) expect(Number(byAge[i - 1].inputs.Age)).toBeLessThanOrEqual(Number(byAge[i].inputs.Age));
    expect(view.histogram().reduce((a, b) => a + b, 0)).toBe(998);
    view.close();
  });

  it('pages and exports errors, exports runs formula-safe with BOM', async () => {
    await importText(csv(300, [5, 150, 299]), 'batch-repo-2');
    expect((await runErrors('r1', 1, 10)).map((e) => e.row)).toEqual([150, 299]);
    const errText = await text(await exportErrors('r1', ';'));
    expect(errText.startsWith('\uFEFFrow;column;value;reason;code\r\n5;Age;abc;')).toBe(true);
    const fig = { count: 1, share: 0.25, conversionRate: 0.5 };
    const tiers = { default: 'decile', rule: '', minShare: 0.1, probability: { low: 0.3, high: 0.6 }, validation: { decile: { High: fig, Medium: fig, Low: fig }, probability: { High: fig, Medium: fig, Low: fig } } } as const;
    const out = await text(await exportRun('r1', { delimiter: ';', card: { tiers } }));
    const lines = out.split('\r\n');
    expect(lines[0]).toBe('\uFEFFCustomerID;Age;Income;Gender;WebsiteVisits;TimeOnSite;Conversion;score;predicted_conversion;decile;priority_segment;cluster;cluster_name;' +
      'score_percent;tier_validation_conversion_rate;tier_validation_share;threshold;model_id');
    // A ';' file is for Excel in Russian/Polish: decimal commas, never points, in the number columns (issue #13).
    const cells = lines[1].split(';');
    expect(cells[7]).toMatch(/^0,\d+$/);
    expect(cells[13]).toMatch(/^\d+(,\d)?$/);
    expect(cells.slice(14, 17)).toEqual(['0,5', '0,25', '0,5']);
    // The labelled run carries each tier's actual conversion (issue #13): counts add up to the labelled leads.
    const o = (await getRun('r1'))!.tierOutcomes!;
    expect(o.High.count + o.Medium.count + o.Low.count).toBe(297);
    expect(lines.length - 2).toBe(297);
    expect(lines[3].startsWith('"\'=HYPERLINK(""x"")";')).toBe(true);
    const filtered = await text(await exportRun('r1', { delimiter: ',', query: { predicted: 1 } }));
    expect(filtered.split('\r\n').slice(1, -1).every((l) => l.split(',')[8] === '1')).toBe(true);
  });

  it('finds a Customer ID across runs', async () => {
    await importText(csv(200), 'batch-repo-3', { id: 'a' });
    await importText(csv(100), 'batch-repo-3', { id: 'b' });
    const h = await leadHistory('C77');
    expect(h.map((x) => x.runId).sort()).toEqual(['a', 'b']);
    expect(await leadHistory('nobody')).toEqual([]);
  });

  it('marks interrupted runs, cancels and discards cleanly, deletes only for admins', async () => {
    await expect(importText(csv(500), 'batch-repo-4', { failAfter: 2 })).rejects.toThrow();
    expect(await markInterruptedRuns()).toBe(1);
    expect((await getRun('r1'))?.status).toBe('interrupted');
    const view = await openRunView('r1');
    expect(view.total).toBe(0);
    await expect(discardRun('r1')).rejects.toMatchObject({ name: 'PermissionError' });
    // Any signed-in user (here an analyst) may discard an unfinished run.
    setSession(issueSession({ userId: 'u', email: 'a@example.com', role: 'analyst', keys: {} as WorkspaceKeys, startedAt: 0 }));
    await discardRun('r1');
    expect(await getRun('r1')).toBeUndefined();
    expect(await openDb('batch-repo-4').runChunks.count()).toBe(0);
    await expect(importText(csv(500), 'batch-repo-4', { failAfter: 2, id: 'c' })).rejects.toThrow();
    await markCancelled('c');
    expect((await getRun('c'))?.status).toBe('cancelled');
    expect(await openDb('batch-repo-4').runChunks.count()).toBe(0);
    await expect(deleteRun('c')).rejects.toThrow();
    setSession(undefined);
  });

  it('seals Customer IDs per chunk when they are personal, and still finds them with the key', async () => {
    openDb('batch-repo-5');
    const session = await setupAdmin('boss@example.com', 'Violet-Harbour-Lamp-7', undefined, { testIterations: 1000, testMinIterations: 1000 });
    await importText(csv(300), 'batch-repo-5', { keys: session.keys, id: 's' });
    const raw = await openDb('batch-repo-5').runChunks.toArray();
    // Every stored ID column is one sealed string (`s1.` + base64, which has no NUL, so no joined plain IDs),
    // and no plain ID appears between separators. (A bare 'C42' can occur inside base64 ciphertext by chance.)
    const stored = raw.map((r) => (r.data as { ids?: string } | undefined)?.ids).filter((x): x is string => x !== undefined);
    expect(stored.length).toBeGreaterThan(0);
    for (const ids of stored) expect(ids).toMatch(/^s1\.[A-Za-z0-9+/=.]+$/);
    const view = await openRunView('s');
    expect(await view.query({ customerIdSearch: 'C42' })).toBe(1);
    expect((await view.rows(0, 1))[0].customerId).toBe('C42');
    expect((await leadHistory('c42')).map((h) => h.runId)).toEqual(['s']);
    // An analyst's call to the admin-only delete is rejected in the data API, and the run stays.
    setSession(issueSession({ ...session, role: 'analyst' }));
    await expect(deleteRun('s')).rejects.toMatchObject({ name: 'PermissionError', code: 'admin-only' });
    expect((await getRun('s'))?.status).toBe('completed');
    setSession(session);
    await deleteRun('s');
    expect(await getRun('s')).toBeUndefined();
    setSession(undefined);
    await expect(openRunView('s')).rejects.toThrow();
  });
});
