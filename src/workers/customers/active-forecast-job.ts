/**
 * "Run forecasts" once customer models exist: the ACTIVE sales and purchase models (storage/customers/
 * active-models.ts) forecast the current data at the new as-of day, with no refit, so a model the Models
 * panel's rule kept out (core/forecast/retrain-rule.ts) never slips in through the Clients screen. The run
 * records both model ids like any other and says where its models came from (`source: 'active'`); its
 * threshold report reuses the backtest of the run that trained the active purchase model.
 */
import type { LeadLensDb } from '../../storage/db';
import type { CustomerProgress } from '../../bridge/customers-contract';
import type { ForecastArgs, ForecastModelSummary, ForecastSummary } from '../../bridge/customers-forecast-contract';
import { forecastWithCards } from '../../core/forecast/apply-cards';
import { thresholdReport } from '../../core/forecast/backtest';
import type { ForecastModelCard } from '../../core/forecast/card';
import type { ActiveCustomerCards } from '../../storage/customers/active-models';
import { saveForecastRun, type StoredBacktest } from '../../storage/customers/forecast-store';
import { loadBooks } from './books';
import { progressMaker } from './import-file';
import { uniqueNotices } from './notices';

const summaryOf = (card: ForecastModelCard): ForecastModelSummary => ({ id: card.id, kind: card.kind, task: card.task, chosen: true, metrics: card.metrics });

/** The backtest stored with the run that chose (trained) this purchase model, if it is still here. */
async function trainingBacktest(database: LeadLensDb, purchaseId: string): Promise<StoredBacktest | undefined> {
  const runs = (await database.forecastRuns.orderBy('createdAt').reverse().toArray()) as unknown as (ForecastSummary & { backtest?: StoredBacktest })[];
  return runs.find((r) => r.purchaseModelId === purchaseId && r.source !== 'active' && r.backtest)?.backtest;
}

export async function forecastWithActiveJob(database: LeadLensDb, args: ForecastArgs, onProgress: (p: CustomerProgress) => void, active: ActiveCustomerCards): Promise<ForecastSummary> {
  const started = performance.now();
  const report = progressMaker(onProgress);
  report('loading', 0, 1);
  const books = await loadBooks(database);
  if (books.orders.day.length === 0) throw new Error('[no_orders] There are no orders to forecast from');
  const n = books.clients.length;
  report('predicting', 0, n);
  const asOfDay = args.asOfDay ?? books.lastOrderDay + 1;
  const f = forecastWithCards(books.orders, books.activity, books.clients, { asOfDay, threshold: args.threshold, ...active });
  const backtest = await trainingBacktest(database, active.purchase.id);
  const summary: ForecastSummary = {
    runId: `fc-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`, asOfDay, clients: f.clientIds.length,
    salesModelId: active.sales.id, purchaseModelId: active.purchase.id, source: 'active',
    models: [summaryOf(active.sales), summaryOf(active.purchase)],
    notices: uniqueNotices(f.notices),
    threshold: f.threshold, flagged: f.flagged,
    bestF1Threshold: backtest ? thresholdReport(backtest.y, backtest.p, f.threshold).bestF1Threshold : undefined,
    ms: 0,
  };
  report('saving', n, n);
  await saveForecastRun(database, summary, { keys: f.clientIds, spend30: f.spend30, purchases30: f.purchases30, pBuy14: f.pBuy14, pAlive: f.pAlive }, [], backtest);
  summary.ms = performance.now() - started;
  return summary;
}
