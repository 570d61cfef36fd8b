// "Run forecasts" never bypasses the activation rule: once models exist it forecasts with the ACTIVE ones (no
// refit), every stored run names the two models it used, and those ids resolve to registry cards that reproduce
// the run's stored numbers exactly. A retrain that passes the rule makes its pair active (with history).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_DATA } from '../../../tests/fixtures/forecast/cdnow';
import { deriveWorkspaceKeys, newWorkspaceSecret } from '../../core/crypto/workspace-keys';
import { forecastWithCards } from '../../core/forecast/apply-cards';
import { openDb, type LeadLensDb } from '../../storage/db';
import { activateCustomerPair, activeCustomerCards, customerActiveStates } from '../../storage/customers/active-models';
import { latestForecastColumns } from '../../storage/customers/forecast-store';
import type { ForecastSummary } from '../../bridge/customers-forecast-contract';
import { loadBooks } from './books';
import { runForecastJob } from './forecast-job';
import { importFile } from './import-file';
import { retrainJob } from './retrain-job';

async function cdnowSample(name: string): Promise<LeadLensDb> {
  const database = openDb(name);
  const keys = await deriveWorkspaceKeys(newWorkspaceSecret());
  const opts = { encoding: 'utf-8', format: 'whitespace', delimiter: ',', decimalComma: false, hasHeader: false, mapping: { customerId: 0, date: 2, items: 3, amount: 4 } } as const;
  await importFile(database, { file: new Blob([readFileSync(join(SHARED_DATA, 'cdnow', 'CDNOW_sample.txt'))]), fileName: 'CDNOW_sample.txt', kind: 'orders', opts, headers: ['c1', 'c2', 'c3', 'c4', 'c5'], keys, encIds: false, today: 20_000 }, () => {});
  return database;
}

/** The stored run's numbers equal what its named models compute from the stored data. */
async function runIsReproducible(database: LeadLensDb, s: ForecastSummary): Promise<void> {
  const latest = (await latestForecastColumns(database))!;
  expect([latest.summary.salesModelId, latest.summary.purchaseModelId]).toEqual([s.salesModelId, s.purchaseModelId]);
  const cards = new Map((await database.models.toArray()).map((m) => [m.id as string, (m as { card: never }).card]));
  const books = await loadBooks(database);
  const f = forecastWithCards(books.orders, books.activity, books.clients, { asOfDay: s.asOfDay, threshold: s.threshold, sales: cards.get(s.salesModelId)!, purchase: cards.get(s.purchaseModelId)!, lookup: (id) => cards.get(id) });
  expect(latest.cols.keys).toEqual(f.clientIds);
  expect(latest.cols.spend30).toEqual(f.spend30);
  expect(latest.cols.pBuy14).toEqual(f.pBuy14);
}

describe('Run forecasts uses the active customer models', () => {
  it('fits only the first time, then forecasts with the active pair and records it', async () => {
    const database = await cdnowSample(`active-forecast-${Date.now()}`);
    const first = await runForecastJob(database, {}, () => {});
    expect(first.source).toBe('fitted');
    await runIsReproducible(database, first);

    // An admin activates other stored candidates (the registry writes the same setting).
    const other = { sales: first.models.find((m) => m.task === 'sales' && !m.chosen)!.id, purchase: first.models.find((m) => m.task === 'purchase' && !m.chosen)!.id };
    await activateCustomerPair(database, other, await customerActiveStates(database));
    const second = await runForecastJob(database, { asOfDay: first.asOfDay + 10 }, () => {});
    expect(second).toMatchObject({ source: 'active', salesModelId: other.sales, purchaseModelId: other.purchase, clients: first.clients });
    expect(second.models.map((m) => m.id)).toEqual([other.sales, other.purchase]);
    await runIsReproducible(database, second);
    expect(await customerActiveStates(database)).toEqual({ sales: { id: other.sales, history: [first.salesModelId] }, purchase: { id: other.purchase, history: [first.purchaseModelId] } });
  }, 120_000);

  it('a retrain that passes the rule becomes the active pair, with the old one on the history', async () => {
    const database = await cdnowSample(`active-retrain-${Date.now()}`);
    const first = await runForecastJob(database, {}, () => {});
    await database.forecastRuns.clear(); // the retrain then has no previous model: a first model is always taken
    await database.models.clear();
    const r = await retrainJob(database, () => {});
    expect(r.decision.activate).toBe(true);
    const active = (await activeCustomerCards(database))!;
    expect([active.sales.id, active.purchase.id]).toEqual([r.summary.salesModelId, r.summary.purchaseModelId]);
    expect(first.salesModelId).toBe(r.summary.salesModelId); // same data, same day: the same models
  }, 120_000);
});
