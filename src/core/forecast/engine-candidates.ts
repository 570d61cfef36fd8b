/**
 * Runs every candidate of engine.ts twice: once for the backtest (scored on the latest complete month) and
 * once for the final forecast, and returns their figures, predictions and model cards. Besides the single
 * models, each task has a blend: the equal-weight average of its label model and BG/NBD (engine-models.ts). A candidate that
 * cannot be fitted (too little history, too few repeat buyers) is skipped with a note, never faked.
 */
import { isoDay } from '../customers/days';
import { column, type FeatureFrame, type FeatureNotice, type Targets } from '../customers/features';
import { finiteMetrics, purchaseMetrics, salesMetrics, type PurchaseMetrics, type SalesMetrics } from './backtest';
import type { ForecastModelCard } from './card';
import {
  BGNBD_FEATURES, blend, BLEND_WEIGHTS, fitBgNbdGg, fitLinearSales, fitLogisticPurchase, makeCard, NAIVE_FEATURES, predictBgNbdGg, predictLinearSales,
  predictLogisticPurchase, predictNaive, regressionFeatures, TIME_UNIT_DAYS,
} from './engine-models';
import type { CandidateReport } from './select';

type Labelled = { frame: FeatureFrame; targets: Targets };

export interface CandidateRun {
  sales: CandidateReport<SalesMetrics>[];
  purchase: CandidateReport<PurchaseMetrics>[];
  salesPredictions: Record<string, Float64Array>;
  purchasePredictions: Record<string, Float64Array>;
  purchaseBacktest: Record<string, { y: Float64Array; p: Float64Array }>;
  purchases30: Float64Array;
  pAlive: Float64Array;
  cards: ForecastModelCard[];
  notices: FeatureNotice[];
}

/** Calls fn; an Error becomes undefined plus a note (the message) for the candidate report. */
function attempt<T>(fn: () => T, notes: string[], what: string): T | undefined {
  try {
    return fn();
  } catch (e) {
    notes.push(`${what}: ${(e as Error).message}`);
    return undefined;
  }
}

/** `time(step, fn)`: runs fn, adding its milliseconds (by `clock`: wall time unless a CPU clock is given) to timing[step]. */
export type StepTimer = <T>(step: string, fn: () => T) => T;

export function stepTimer(timing?: Record<string, number>, clock: () => number = () => performance.now()): StepTimer {
  if (!timing) return (_step, fn) => fn();
  return (step, fn) => {
    const t0 = clock();
    try {
      return fn();
    } finally {
      timing[step] = (timing[step] ?? 0) + clock() - t0;
    }
  };
}

const hasRows = (s: Labelled): boolean => s.frame.clients.length > 1;

export async function runCandidates(args: {
  now: FeatureFrame;
  at1: Labelled;
  at2: Labelled;
  A: number;
  trainedAt: string;
  tick: (stage: 'backtest' | 'fit' | 'predict', done: number) => Promise<void>;
  time?: StepTimer;
}): Promise<CandidateRun> {
  const { now, at1, at2, A, trainedAt, tick } = args;
  const time = args.time ?? stepTimer();
  const idSuffix = isoDay(A);
  const id = (task: string, kind: string): string => `${task}-${kind}@${idSuffix}`;
  const out: CandidateRun = {
    sales: [], purchase: [], salesPredictions: {}, purchasePredictions: {}, purchaseBacktest: {}, cards: [], notices: [],
    purchases30: Float64Array.from(column(now, 'purchases_30d')!), pAlive: new Float64Array(now.clients.length).fill(NaN),
  };
  const y1 = at1.targets;
  const card = (task: 'sales' | 'purchase', kind: Parameters<typeof makeCard>[0]['kind'], rest: Omit<Parameters<typeof makeCard>[0], 'task' | 'kind' | 'trainedAt' | 'idSuffix'>): void => {
    out.cards.push(makeCard({ task, kind, trainedAt, idSuffix, ...rest }));
  };

  // Backtest at c1.
  await tick('backtest', 1);
  const notes: Record<string, string[]> = { naive: [], linear: [], bg: [], logistic: [] };
  const btNaive = hasRows(at1) ? time('metrics', () => salesMetrics(y1.spend30, predictNaive(at1.frame))) : undefined;
  const lin1 = hasRows(at2) && hasRows(at1) ? attempt(() => predictLinearSales(time('fit.linear', () => fitLinearSales(at2)), at1.frame), notes.linear, 'backtest') : undefined;
  const btLinear = lin1 && time('metrics', () => salesMetrics(y1.spend30, lin1));
  const bgFit1 = hasRows(at1) ? attempt(() => time('fit.bgnbd-gg', () => fitBgNbdGg(at1.frame)), notes.bg, 'backtest') : undefined;
  const bg1 = bgFit1 && time('predict.bgnbd-gg', () => predictBgNbdGg(bgFit1, at1.frame));
  const btBg = bg1 && time('metrics', () => salesMetrics(y1.spend30, bg1.spend30));
  const btBg14 = bg1 && time('metrics', () => purchaseMetrics(y1.buy14, bg1.pBuy14));
  const lg1 = hasRows(at2) && hasRows(at1) ? attempt(() => predictLogisticPurchase(time('fit.logistic', () => fitLogisticPurchase(at2)), at1.frame), notes.logistic, 'backtest') : undefined;
  const btLogistic = lg1 && time('metrics', () => purchaseMetrics(y1.buy14, lg1));
  const btSalesBlend = bg1 && lin1 && time('metrics', () => salesMetrics(y1.spend30, blend(bg1.spend30, lin1)));
  const buyBlend1 = bg1 && lg1 && blend(bg1.pBuy14, lg1);
  const btBuyBlend = buyBlend1 && time('metrics', () => purchaseMetrics(y1.buy14, buyBlend1));
  if (bg1) out.purchaseBacktest[id('purchase', 'bgnbd')] = { y: y1.buy14, p: bg1.pBuy14 };
  if (lg1) out.purchaseBacktest[id('purchase', 'logistic')] = { y: y1.buy14, p: lg1 };
  if (buyBlend1) out.purchaseBacktest[id('purchase', 'blend')] = { y: y1.buy14, p: buyBlend1 };

  // Final fits at A (label models on c1's complete window).
  await tick('fit', 2);
  const naiveId = id('sales', 'naive');
  out.salesPredictions[naiveId] = predictNaive(now);
  out.sales.push({ modelId: naiveId, kind: 'naive', backtest: btNaive });
  card('sales', 'naive', { params: {}, features: NAIVE_FEATURES, cutoffDay: A, rows: 0, metrics: btNaive ? finiteMetrics(btNaive) : {} });

  const lin = hasRows(at1) ? attempt(() => time('fit.linear', () => fitLinearSales(at1)), notes.linear, 'fit') : undefined;
  if (lin) {
    const mid = id('sales', 'linear');
    out.salesPredictions[mid] = predictLinearSales(lin, now);
    out.sales.push({ modelId: mid, kind: 'linear', backtest: btLinear, note: notes.linear.join('; ') || undefined });
    card('sales', 'linear', { params: lin, features: regressionFeatures(lin), cutoffDay: at1.frame.asOfDay + 30, rows: at1.frame.clients.length, metrics: btLinear ? finiteMetrics(btLinear) : {} });
  }
  const bgFit = attempt(() => time('fit.bgnbd-gg', () => fitBgNbdGg(now, bgFit1)), notes.bg, 'fit');
  const lg = hasRows(at1) ? attempt(() => time('fit.logistic', () => fitLogisticPurchase(at1)), notes.logistic, 'fit') : undefined;

  await tick('predict', 3);
  if (bgFit) {
    const p = time('predict.bgnbd-gg', () => predictBgNbdGg(bgFit, now));
    out.purchases30 = p.purchases30;
    out.pAlive = p.pAlive;
    const params = { bgnbd: bgFit.bg.params, ...(bgFit.gg ? { gammaGamma: bgFit.gg.params } : {}), timeUnitDays: TIME_UNIT_DAYS };
    const fitFigures = { logLik: bgFit.bg.logLik, iterations: bgFit.bg.iterations };
    const sid = id('sales', 'bgnbd-gg');
    out.salesPredictions[sid] = p.spend30;
    out.sales.push({ modelId: sid, kind: 'bgnbd-gg', backtest: btBg, note: notes.bg.join('; ') || undefined });
    card('sales', 'bgnbd-gg', { params, features: BGNBD_FEATURES, cutoffDay: A, rows: bgFit.customers, metrics: { ...fitFigures, ...(btBg ? finiteMetrics(btBg) : {}) } });
    const pid = id('purchase', 'bgnbd');
    out.purchasePredictions[pid] = p.pBuy14;
    out.purchase.push({ modelId: pid, kind: 'bgnbd', backtest: btBg14, note: notes.bg.join('; ') || undefined });
    card('purchase', 'bgnbd', { params: { bgnbd: bgFit.bg.params, timeUnitDays: TIME_UNIT_DAYS }, features: BGNBD_FEATURES, cutoffDay: A, rows: bgFit.customers, metrics: { ...fitFigures, ...(btBg14 ? finiteMetrics(btBg14) : {}) } });
  }
  if (lg) {
    const pid = id('purchase', 'logistic');
    out.purchasePredictions[pid] = predictLogisticPurchase(lg, now);
    out.purchase.push({ modelId: pid, kind: 'logistic', backtest: btLogistic, note: notes.logistic.join('; ') || undefined });
    card('purchase', 'logistic', { params: lg, features: regressionFeatures(lg), cutoffDay: at1.frame.asOfDay + 30, rows: at1.frame.clients.length, metrics: btLogistic ? finiteMetrics(btLogistic) : {} });
  }
  addBlend(out, 'sales', [id('sales', 'bgnbd-gg'), id('sales', 'linear')], btSalesBlend, A, trainedAt, idSuffix);
  addBlend(out, 'purchase', [id('purchase', 'bgnbd'), id('purchase', 'logistic')], btBuyBlend, A, trainedAt, idSuffix);
  return out;
}

/** The blend candidate of a task, when both components were fitted (its card names them and their weights). */
function addBlend(out: CandidateRun, task: 'sales' | 'purchase', components: string[], backtest: SalesMetrics | PurchaseMetrics | undefined, A: number, trainedAt: string, idSuffix: string): void {
  const preds = task === 'sales' ? out.salesPredictions : out.purchasePredictions;
  const [a, b] = components.map((c) => preds[c]);
  if (!a || !b) return;
  const modelId = `${task}-blend@${idSuffix}`;
  preds[modelId] = blend(a, b);
  if (task === 'sales') out.sales.push({ modelId, kind: 'blend', backtest: backtest as SalesMetrics | undefined });
  else out.purchase.push({ modelId, kind: 'blend', backtest: backtest as PurchaseMetrics | undefined });
  const cards = components.map((c) => out.cards.find((m) => m.id === c)!);
  const features = cards.flatMap((m) => m.features).filter((f, i, all) => all.findIndex((g) => g.name === f.name) === i);
  const rows = Math.max(...cards.map((m) => m.trainingRows));
  out.cards.push(makeCard({ task, kind: 'blend', trainedAt, idSuffix, params: { kind: 'blend', components, weights: [...BLEND_WEIGHTS] }, features, cutoffDay: A, rows, metrics: backtest ? finiteMetrics(backtest) : {} }));
}
