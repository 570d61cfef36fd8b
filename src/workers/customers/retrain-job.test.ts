// "Retrain now" of the customer models in Node (fake-indexeddb) on CDNOW_sample: a first retrain is activated
// (its run stored, its models active); when the active model's figures are better than the retrained one's by
// more than the rule's margin, the old run and models stay active and only the new cards are stored.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_DATA } from '../../../tests/fixtures/forecast/cdnow';
import { openDb } from '../../storage/db';
import { deriveWorkspaceKeys, newWorkspaceSecret } from '../../core/crypto/workspace-keys';
import { importFile } from './import-file';
import { customerModelsStatus, retrainJob } from './retrain-job';

describe('customer models retrain job', () => {
  it('activates a first or not-worse retrain and keeps the old models otherwise', async () => {
    const database = openDb('retrain-job-test');
    expect(await customerModelsStatus(database)).toEqual({ lastOrderDay: undefined });
    const keys = await deriveWorkspaceKeys(newWorkspaceSecret());
    const opts = { encoding: 'utf-8', format: 'whitespace', delimiter: ',', decimalComma: false, hasHeader: false, mapping: { customerId: 0, date: 2, items: 3, amount: 4 } } as const;
    const file = new Blob([readFileSync(join(SHARED_DATA, 'cdnow', 'CDNOW_sample.txt'))]);
    await importFile(database, { file, fileName: 'CDNOW_sample.txt', kind: 'orders', opts, headers: [], keys, encIds: false, today: 20_000 }, () => {});

    const first = await retrainJob(database, () => {});
    expect(first.previous).toBeUndefined();
    expect(first.decision).toEqual({ sales: 'no_previous', purchase: 'no_previous', activate: true });
    const st = await customerModelsStatus(database);
    expect(st.active?.runId).toBe(first.summary.runId);
    expect(st.active?.sales?.id).toBe(first.summary.salesModelId);
    expect(st.lastOrderDay).toBe(first.summary.asOfDay - 1);
    expect(Number.isFinite(st.active?.sales?.metrics.r2)).toBe(true);
    expect(Number.isFinite(st.active?.purchase?.metrics.logLoss)).toBe(true);
    expect(Date.parse(st.active?.sales?.trainedAt ?? '')).toBeGreaterThan(0);

    // The active sales card claims a far better backtest: the retrain is judged worse and not activated.
    const rec = (await database.models.get(first.summary.salesModelId)) as { card: { metrics: Record<string, number> } };
    await database.models.put({ ...rec, card: { ...rec.card, metrics: { ...rec.card.metrics, r2: 0.99 } } } as unknown as Record<string, unknown>);
    const runs = await database.forecastRuns.count();
    const second = await retrainJob(database, () => {});
    expect(second.decision.sales).toBe('worse');
    expect(second.decision.activate).toBe(false);
    expect(second.previous?.sales?.metrics.r2).toBe(0.99);
    expect(await database.forecastRuns.count()).toBe(runs);
    const kept = await customerModelsStatus(database);
    expect(kept.active?.runId).toBe(first.summary.runId);
    expect(kept.active?.sales?.metrics.r2).toBe(0.99); // the same id was not overwritten by the kept-out retrain
  }, 300_000);
});
