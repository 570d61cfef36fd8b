// The whole customers path in Node (fake-indexeddb): CDNOW_sample.txt (headerless, an extra sample-id
// column) imported as a user's file, then "Run forecasts": every one of its 2,357 clients gets a forecast, the summary names the chosen models
// with backtest figures and the notice that CDNOW has no web activity, and model cards land in `models`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_DATA } from '../../../tests/fixtures/forecast/cdnow';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../storage/db';
import { deriveWorkspaceKeys, newWorkspaceSecret } from '../../core/crypto/workspace-keys';
import { importFile } from './import-file';
import { directoryCount } from '../../storage/customers/client-directory';
import { runForecastJob, thresholdJob } from './forecast-job';
import { latestBacktest, latestForecastColumns } from '../../storage/customers/forecast-store';
import { confusion } from '../../core/metrics';

// ../shared/data or $LEADLENS_SHARED_DATA; a missing file fails the test (it never skips).
const CDNOW = join(SHARED_DATA, 'cdnow', 'CDNOW_sample.txt');

describe('forecast job on CDNOW', () => {
  it('forecasts every client and stores run, predictions and cards', async () => {
    const database = openDb('forecast-job-test');
    const keys = await deriveWorkspaceKeys(newWorkspaceSecret());
    const opts = { encoding: 'utf-8', format: 'whitespace', delimiter: ',', decimalComma: false, hasHeader: false, mapping: { customerId: 0, date: 2, items: 3, amount: 4 } } as const;
    const imp = await importFile(database, { file: new Blob([readFileSync(CDNOW)]), fileName: 'CDNOW_sample.txt', kind: 'orders', opts, headers: ['column 1', 'column 2', 'column 3', 'column 4', 'column 5'], keys, encIds: false, today: 20_000 }, () => {});
    expect(imp).toMatchObject({ invalid: 0, newClients: 2_357 });
    expect(imp.added).toBe(imp.rows);
    const s = await runForecastJob(database, {}, () => {});
    expect(s.clients).toBe(2_357);
    expect(s.notices.map((n) => n.code)).toContain('no_activity_data');
    expect(s.models.filter((m) => m.chosen).map((m) => m.task).sort()).toEqual(['purchase', 'sales']);
    const latest = await latestForecastColumns(database);
    expect(latest?.cols.keys.length).toBe(2_357);
    expect(new Set(latest?.cols.keys).size).toBe(await directoryCount(database));
    expect(latest?.cols.pBuy14.every((p) => p >= 0 && p <= 1)).toBe(true);
    expect(await database.models.where('kind').anyOf('forecast-sales', 'forecast-purchase').count()).toBeGreaterThanOrEqual(2);
    const at = await thresholdJob(database, 0.5);
    expect(at?.clients).toBe(2_357);
    expect(at?.flagged).toBe(latest?.cols.pBuy14.filter((p) => p >= 0.5).length);
    expect(at?.backtest?.confusion).toBeDefined();
    expect(at?.asOfDay).toBe(s.asOfDay);
    // the figures at the best-F1 threshold are the backtest's best F1, and no grid threshold beats it
    const best = at!.atBestF1!;
    expect(best.threshold).toBe(at!.backtest!.bestF1Threshold);
    expect(best.confusion.f1).toBeCloseTo(at!.backtest!.bestF1, 12);
    const bt = (await latestBacktest(database))!;
    for (let k = 1; k < 100; k++) expect(confusion(bt.y, bt.p, k / 100).f1).toBeLessThanOrEqual(best.confusion.f1 + 1e-12);
    console.log(`CDNOW sample in Node/fake-indexeddb: import ${imp.ms.toFixed(0)} ms, forecast ${s.ms.toFixed(0)} ms; chosen ${s.salesModelId} / ${s.purchaseModelId}`);
  }, 300_000);
});
