/**
 * "Run forecasts" in the customers worker: loads the stored books (books.ts), runs the core engine
 * (core/forecast/engine.ts: point-in-time features, backtest on the latest complete month, model choice,
 * refit, predict), then stores the run, the per-client predictions and the model cards
 * (storage/customers/forecast-store.ts) and returns the summary the Clients screen shows.
 */
import type { LeadLensDb } from '../../storage/db';
import type { CustomerProgress, CustomerStage } from '../../bridge/customers-contract';
import type { ForecastArgs, ForecastModelSummary, ForecastSummary, ThresholdFigures } from '../../bridge/customers-forecast-contract';
import { runForecast, type ForecastProgress, type ForecastResult } from '../../core/forecast/engine';
import { refreshListForecast } from '../../storage/customers/client-list-forecast';
import { latestBacktest, latestForecastColumns, saveForecastRun, saveModelCards, type StoredModel } from '../../storage/customers/forecast-store';
import { thresholdReport } from '../../core/forecast/backtest';
import { activeCustomerCards } from '../../storage/customers/active-models';
import { forecastWithActiveJob } from './active-forecast-job';
import { loadBooks } from './books';
import { uniqueNotices } from './notices';
import { progressMaker } from './import-file';

export type ForecastGate = (summary: ForecastSummary, models: StoredModel[]) => boolean | Promise<boolean>;

const STAGE: Record<ForecastProgress['stage'], CustomerStage> = { features: 'fitting', backtest: 'fitting', fit: 'fitting', predict: 'predicting', done: 'saving' };

/** Backtest figures of every candidate, as the screen shows them. */
export function modelSummaries(r: ForecastResult): ForecastModelSummary[] {
  const sales = r.selection.sales.candidates.map((c): ForecastModelSummary => ({
    id: c.modelId, kind: c.kind, task: 'sales', chosen: c.modelId === r.selection.sales.chosenId,
    metrics: c.backtest ? { r2: c.backtest.r2, mse: c.backtest.mse, mae: c.backtest.mae, ratio: c.backtest.actualTotal > 0 ? c.backtest.predictedTotal / c.backtest.actualTotal : NaN } : {},
  }));
  const purchase = r.selection.purchase.candidates.map((c): ForecastModelSummary => ({
    id: c.modelId, kind: c.kind, task: 'purchase', chosen: c.modelId === r.selection.purchase.chosenId,
    metrics: c.backtest ? { rocAuc: c.backtest.rocAuc, prAuc: c.backtest.prAuc, brier: c.backtest.brier, logLoss: c.backtest.logLoss } : {},
  }));
  return [...sales, ...purchase];
}

/**
 * Without a `gate` ("Run forecasts" on the Clients screen) the active models forecast when there are any
 * (active-forecast-job.ts: no refit, so the activation rule is never bypassed); only the first forecast fits.
 * `gate` (the Models panel's retrain, worker/customers/retrain-job.ts) sees the new summary and cards before
 * anything is stored: false keeps the new cards in the registry but stores no forecast run, so the forecasts
 * (and the models they name) stay those of the previous run.
 */
export async function runForecastJob(database: LeadLensDb, args: ForecastArgs, onProgress: (p: CustomerProgress) => void, gate?: ForecastGate): Promise<ForecastSummary> {
  if (!gate) {
    const active = await activeCustomerCards(database);
    if (active) return forecastWithActiveJob(database, args, onProgress, active);
  }
  const started = performance.now();
  const report = progressMaker(onProgress);
  report('loading', 0, 1);
  const loadTiming: Record<string, number> = {};
  const books = await loadBooks(database, loadTiming);
  const tLoaded = performance.now();
  if (books.orders.day.length === 0) throw new Error('[no_orders] There are no orders to forecast from');
  const n = books.clients.length;
  const asOfDay = args.asOfDay ?? books.lastOrderDay + 1;
  const engineTiming: Record<string, number> = {};
  const r = await runForecast(books.orders, books.activity, books.clients, {
    asOfDay, threshold: args.threshold, timing: engineTiming,
    onProgress: (p) => report(STAGE[p.stage], Math.round((n * p.done) / p.total), n),
  });
  const tEngine = performance.now();
  const f = r.forecasts;
  const runId = `fc-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const summary: ForecastSummary = {
    runId, asOfDay, clients: f.clientIds.length,
    salesModelId: r.selection.sales.chosenId, purchaseModelId: r.selection.purchase.chosenId,
    source: gate ? 'retrained' : 'fitted',
    models: modelSummaries(r),
    notices: uniqueNotices(r.notices),
    threshold: r.threshold, flagged: r.flagged, bestF1Threshold: r.selection.purchase.thresholdReport?.bestF1Threshold,
    ms: performance.now() - started,
  };
  const models: StoredModel[] = r.models.map((card) => ({ id: card.id, kind: card.task === 'sales' ? 'forecast-sales' : 'forecast-purchase', task: card.task, createdAt: Date.now(), card }));
  report('saving', n, n);
  summary.timing = { load: tLoaded - started, engine: tEngine - tLoaded };
  for (const [k, v] of Object.entries(engineTiming)) summary.timing[`engine.${k}`] = v;
  Object.assign(summary.timing, loadTiming);
  if (gate && !(await gate(summary, models))) {
    await saveModelCards(database, models);
    summary.ms = performance.now() - started;
    return summary;
  }
  await saveForecastRun(database, summary, { keys: f.clientIds, spend30: f.spend30, purchases30: f.purchases30, pBuy14: f.pBuy14, pAlive: f.pAlive }, models, r.selection.purchase.backtest);
  summary.timing.save = performance.now() - tEngine;
  summary.ms = performance.now() - started;
  void refreshListForecast(database).catch(() => undefined); // the client list's stored numbers follow (after the job)
  return summary;
}

/**
 * The threshold report at any threshold, without re-running forecasts: the backtest's confusion matrix there,
 * its best-F1 threshold with the figures at that threshold, and how many clients the newest forecasts flag.
 */
export async function thresholdJob(database: LeadLensDb, threshold: number): Promise<ThresholdFigures | undefined> {
  const [bt, latest] = await Promise.all([latestBacktest(database), latestForecastColumns(database)]);
  if (!latest) return undefined;
  let flagged = 0;
  for (const p of latest.cols.pBuy14) if (p >= threshold) flagged++;
  const backtest = bt ? thresholdReport(bt.y, bt.p, threshold) : undefined;
  const atBestF1 = bt && backtest ? thresholdReport(bt.y, bt.p, backtest.bestF1Threshold) : undefined;
  return { threshold, flagged, clients: latest.cols.keys.length, backtest, atBestF1, asOfDay: latest.summary.asOfDay };
}
