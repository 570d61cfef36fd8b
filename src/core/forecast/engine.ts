/**
 * The customer forecasting engine: one call, shaped for the customers worker and the CLI alike. For an as-of
 * day A it builds point-in-time features, backtests every candidate on the latest complete month, chooses a
 * sales and a purchase model, refits them and predicts every client known before A.
 *
 * Cutoffs (all exclusive): c1 = trainingCutoff(A) (the month-end whose 30-day window ends by A) and
 * c2 = trainingCutoff(c1). Backtest: label models train on features at c2 with targets [c2, c2+30) and are
 * scored at c1 against [c1, c1+30); BG/NBD × Gamma-Gamma is fitted on history before c1 and scored there too.
 * Final: label models train at c1 (targets [c1, c1+30), all before A); BG/NBD on all history before A.
 * Deterministic: same data and options, same numbers (only the cards' `trainedAt` reads the clock, and
 * it can be injected).
 */
import { prepareCustomerData } from '../customers/customer-data';
import { isoDay } from '../customers/days';
import { pointInTimeFeatures, trainingCutoff, trainingSet, type FeatureNotice } from '../customers/features';
import type { ActivityBook, Client, ClientForecast, OrderBook } from '../customers/types';
import { DEFAULT_THRESHOLD, thresholdReport, type PurchaseMetrics, type SalesMetrics, type ThresholdReport } from './backtest';
import type { ForecastModelCard } from './card';
import { runCandidates, stepTimer } from './engine-candidates';
import { selectPurchase, selectSales, type TaskSelection } from './select';

export interface ForecastProgress {
  stage: 'features' | 'backtest' | 'fit' | 'predict' | 'done';
  /** Stages done so far, of `total`. */
  done: number;
  total: number;
}

export interface ForecastOptions {
  /** Epoch day; features use data strictly before it, forecasts cover [asOfDay, asOfDay + 30). */
  asOfDay: number;
  /** Decision threshold on P(buy within 14 days); default 0.7. */
  threshold?: number;
  onProgress?: (p: ForecastProgress) => void;
  signal?: AbortSignal;
  /** ISO time written into the model cards (default: now). */
  trainedAt?: string;
  /** When given, filled with milliseconds per step (features, each fit, predict, metrics) for benchmarks. */
  timing?: Record<string, number>;
  /** Milliseconds clock for `timing` (default performance.now; Node benchmarks pass a CPU-time clock). */
  clock?: () => number;
}

/** Forecasts of every client known before the as-of day, columnar (index i is client clientIds[i]). */
export interface ForecastColumns {
  clientIds: string[];
  /** Expected spend in the next 30 days (chosen sales model). */
  spend30: Float64Array;
  /** Expected purchase days in the next 30 days (BG/NBD; the last-30-day count when BG/NBD could not be fitted). */
  purchases30: Float64Array;
  /** P(alive) from BG/NBD; NaN when it could not be fitted. */
  pAlive: Float64Array;
  /** P(at least one purchase in the next 14 days) (chosen purchase model). */
  pBuy14: Float64Array;
  /** 1 when pBuy14 ≥ threshold. */
  willBuy: Uint8Array;
}

export interface PurchaseSelection extends TaskSelection<PurchaseMetrics> {
  /** The chosen model at the threshold on the backtest month (confusion matrix, F1, best-F1 threshold). */
  thresholdReport?: ThresholdReport;
  /** Backtest labels and the chosen model's probabilities, so a UI can re-run thresholdReport at any threshold. */
  backtest?: { y: Float64Array; p: Float64Array };
}

export interface ForecastResult {
  asOfDay: number;
  /** c1: final label models' feature cutoff; also where the backtest is scored. */
  trainCutoffDay: number;
  /** c2: the backtest's label models' feature cutoff. */
  backtestTrainCutoffDay: number;
  threshold: number;
  forecasts: ForecastColumns;
  /** Every finally fitted candidate, with its backtest figures in `metrics`. */
  models: ForecastModelCard[];
  selection: { sales: TaskSelection<SalesMetrics>; purchase: PurchaseSelection };
  /** Clients at or above the threshold in the forecasts. */
  flagged: number;
  /** Every candidate's forecast, by model id (spend30 for sales models, pBuy14 for purchase models); same order as forecasts. */
  predictionsByModel: Record<string, Float64Array>;
  notices: FeatureNotice[];
}

const STAGES = 4;

function checkAbort(signal?: AbortSignal): void {
  if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new DOMException('Forecast cancelled', 'AbortError');
}

/** Runs features → backtest → selection → final fit → predictions. Throws when there is no order before asOfDay. */
export async function runForecast(book: OrderBook, activity: ActivityBook | undefined, clients: readonly Client[] | undefined, opts: ForecastOptions): Promise<ForecastResult> {
  const A = opts.asOfDay;
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
  const progress = (stage: ForecastProgress['stage'], done: number): void => opts.onProgress?.({ stage, done, total: STAGES });
  const tick = async (stage: ForecastProgress['stage'], done: number): Promise<void> => {
    progress(stage, done);
    await Promise.resolve();
    checkAbort(opts.signal);
  };
  await tick('features', 0);
  const time = stepTimer(opts.timing, opts.clock);
  const data = time('features.data', () => prepareCustomerData(book, activity, clients));
  const c1 = trainingCutoff(A);
  const c2 = trainingCutoff(c1);
  const now = time('features.frames', () => pointInTimeFeatures(data, A));
  if (!now.T.some((t) => t > 0)) throw new Error(`No orders before the as-of date ${isoDay(A)}`);
  const at1 = time('features.frames', () => trainingSet(data, c1));
  const at2 = time('features.frames', () => trainingSet(data, c2));

  const run = await runCandidates({ now, at1, at2, A, trainedAt: opts.trainedAt ?? new Date().toISOString(), tick, time });
  const sales = selectSales(run.sales);
  const purchase: PurchaseSelection = selectPurchase(run.purchase);
  const bt = run.purchaseBacktest[purchase.chosenId];
  if (bt) {
    purchase.backtest = bt;
    purchase.thresholdReport = time('metrics', () => thresholdReport(bt.y, bt.p, threshold));
  }
  const spend30 = run.salesPredictions[sales.chosenId];
  const pBuy14 = run.purchasePredictions[purchase.chosenId];
  const willBuy = Uint8Array.from(pBuy14, (p) => (p >= threshold ? 1 : 0));
  await tick('done', STAGES);
  return {
    asOfDay: A,
    trainCutoffDay: c1,
    backtestTrainCutoffDay: c2,
    threshold,
    forecasts: {
      clientIds: Array.from(now.clients, (c) => data.ids[c]),
      spend30,
      purchases30: run.purchases30,
      pAlive: run.pAlive,
      pBuy14,
      willBuy,
    },
    models: run.cards,
    selection: { sales, purchase },
    flagged: willBuy.reduce((s, v) => s + v, 0),
    predictionsByModel: { ...run.salesPredictions, ...run.purchasePredictions },
    notices: [...now.notices, ...run.notices],
  };
}

/** The forecasts as one record per client (for storage and display). */
export function toClientForecasts(r: ForecastResult): ClientForecast[] {
  const f = r.forecasts;
  return f.clientIds.map((customerId, i) => ({
    customerId,
    asOfDay: r.asOfDay,
    spend30: f.spend30[i],
    purchases30: f.purchases30[i],
    ...(Number.isNaN(f.pAlive[i]) ? {} : { pAlive: f.pAlive[i] }),
    pBuy14: f.pBuy14[i],
    salesModelId: r.selection.sales.chosenId,
    purchaseModelId: r.selection.purchase.chosenId,
  }));
}
