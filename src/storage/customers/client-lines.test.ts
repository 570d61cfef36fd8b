// Deleting a client removes their record, order lines, activity lines and forecast entries and nothing of
// anyone else's; removing one order line removes exactly one (the first identical one).
import { describe, expect, it } from 'vitest';
import { openDb } from '../db';
import { ACTIVITY_SCHEMA, appendLines, ORDER_SCHEMA, readLines } from './line-chunks';
import { clientLines, removeClientEverywhere, removeOrderLine } from './client-lines';
import { saveForecastRun } from './forecast-store';
import type { ForecastSummary } from '../../bridge/customers-forecast-contract';
import { addToDirectory, compactDirectory, readDirectory } from './client-directory';
import { allClientRecords } from './client-scan';
import { deriveWorkspaceKeys, newWorkspaceSecret } from '../../core/crypto/workspace-keys';

const orders = (keys: string[], rows: [number, number, number, number][]) => ({
  n: rows.length, keys, client: Int32Array.from(rows, (r) => r[0]),
  cols: { day: Int32Array.from(rows, (r) => r[1]), amount: Float64Array.from(rows, (r) => r[2]), items: Int32Array.from(rows, (r) => r[3]) },
});

describe('client lines', () => {
  it('removes one order line, then everything of a client', async () => {
    const d = openDb('client-lines-test');
    await d.clients.bulkAdd([{ id: 'c_a', segment: 'new' }, { id: 'c_b', segment: 'new' }]);
    await appendLines(d, ORDER_SCHEMA, orders(['c_a', 'c_b'], [[0, 10, 5, 1], [1, 11, 7, 2], [0, 10, 5, 1], [0, 12, 9, 1]]), 'i1', 2);
    await appendLines(d, ACTIVITY_SCHEMA, { n: 2, keys: ['c_b', 'c_a'], client: Int32Array.of(0, 1), cols: { day: Int32Array.of(3, 4), visits7d: Float64Array.of(1, 2), visits: Float64Array.of(1, 2), newsletterOpened: Float64Array.of(NaN, 1), adClicks: Float64Array.of(0, 0), timeOnSite: Float64Array.of(1, 1) } }, 'i2');
    const summary = { runId: 'r1', asOfDay: 20 } as ForecastSummary;
    await saveForecastRun(d, summary, { keys: ['c_a', 'c_b'], spend30: Float64Array.of(1, 2), purchases30: Float64Array.of(1, 1), pBuy14: Float64Array.of(0.5, 0.6), pAlive: Float64Array.of(NaN, 0.9) }, []);

    expect(await removeOrderLine(d, 'c_a', { day: 10, amount: 5, items: 1 })).toBe(true);
    expect((await clientLines(d, ORDER_SCHEMA, 'c_a')).cols).toEqual({ day: [10, 12], amount: [5, 9], items: [1, 1] });
    expect(await removeOrderLine(d, 'c_a', { day: 99, amount: 5, items: 1 })).toBe(false);

    const r = await removeClientEverywhere(d, 'c_a');
    expect(r).toEqual({ client: true, orders: 2, activity: 1, forecastRuns: 1 });
    const raw = JSON.stringify([await d.clients.toArray(), await d.orderChunks.toArray(), await d.activityChunks.toArray(), await d.forecastChunks.toArray()]);
    expect(raw).not.toContain('c_a');
    const left = await readLines(d, ORDER_SCHEMA);
    expect([left.n, left.keys]).toEqual([1, ['c_b']]);
    expect((await clientLines(d, ACTIVITY_SCHEMA, 'c_b')).n).toBe(1);
    const fc = (await d.forecastChunks.toArray())[0] as unknown as { keys: string[]; pBuy14: Float64Array };
    expect([fc.keys, Array.from(fc.pBuy14)]).toEqual([['c_b'], [0.6]]);
  });

  it('lists and deletes an ID-only client kept in the client directory (schema v4)', async () => {
    const d = openDb('client-lines-directory-test');
    const keys = await deriveWorkspaceKeys(newWorkspaceSecret());
    await d.clients.bulkAdd([{ id: 'c_named', segment: 'new', createdAt: 1, updatedAt: 1 }]);
    await addToDirectory(d, keys, [{ key: 'c_dir1', id: 'DIR-ONE' }, { key: 'c_dir2', id: 'DIR-TWO' }], true, undefined, 5);
    expect(JSON.stringify(await d.clientDirectory.toArray())).not.toContain('DIR-ONE');
    const listed = await allClientRecords(d, keys);
    expect(listed.map((r) => [r.id, r.customerId ?? ''])).toEqual([['c_named', ''], ['c_dir1', 'DIR-ONE'], ['c_dir2', 'DIR-TWO']]);
    await appendLines(d, ORDER_SCHEMA, orders(['c_dir1'], [[0, 10, 5, 1]]), 'i1', 1);

    const r = await removeClientEverywhere(d, 'c_dir1');
    expect(r).toEqual({ client: true, orders: 1, activity: 0, forecastRuns: 0 });
    await compactDirectory(d, keys);
    expect((await allClientRecords(d, keys)).map((x) => x.id)).toEqual(['c_named', 'c_dir2']);
    const chunks = await readDirectory(d);
    expect(chunks.flatMap((c) => c.keys)).not.toContain('c_dir1');
  });
});
