/**
 * The candidate models of the customer engine, each as "fit on a training set, predict on a feature frame":
 * naive (spend of the last 30 days), linear regression on standardised features, BG/NBD × Gamma-Gamma
 * (fitted on the history before the frame's as-of day, in weeks) and logistic regression for the 14-day
 * purchase, and the equal-weight blend of a label model with BG/NBD. The math lives in bgnbd.ts, gamma-gamma.ts, linear.ts and logistic.ts; this file chooses the
 * features and transforms and turns fits into model cards.
 */
import { column, HORIZON_DAYS, PURCHASE_DAYS, type FeatureFrame, type FeatureName, type Targets } from '../customers/features';
import { bgnbdForecast, fitBgNbd, type BgNbdFit } from './bgnbd';
import type { CardFeature, ForecastModelCard, ForecastModelKind, ForecastModelParams } from './card';
import { fitGammaGamma, ggExpectedSpend, type GammaGammaFit } from './gamma-gamma';
import { fitLinear, predictLinear, type LinearModel } from './linear';
import { fitLogistic, predictLogistic, type LogisticModel } from './logistic';
import type { FeatureTransform } from './scaler';

/** Features of the linear sales model (the Polish project's five, plus last-30-day spend and frequency). */
export const LINEAR_FEATURES: FeatureName[] = ['purchases_30d', 'spend_30d', 'avg_basket', 'visits', 'days_since_last', 'tenure_months', 'frequency'];
/** Features of the logistic 14-day model (the Polish project's five, plus recency/frequency history). */
export const LOGISTIC_FEATURES: FeatureName[] = [
  'visits_7d', 'newsletter_opened', 'ad_clicks', 'any_purchase', 'time_on_site',
  'purchases_30d', 'spend_30d', 'avg_basket', 'days_since_last', 'tenure_months', 'frequency', 'recency_weeks', 'age_weeks', 'total_spend',
];
/** Heavy-tailed counts and amounts enter the logistic model as log1p. */
const LOG1P: ReadonlySet<FeatureName> = new Set(['purchases_30d', 'spend_30d', 'avg_basket', 'days_since_last', 'frequency', 'total_spend', 'visits', 'visits_7d', 'ad_clicks', 'time_on_site']);
const WEEK = 7;

/** Pearson correlation of two columns (0 when either is constant). */
function correlation(a: Float64Array, b: Float64Array): number {
  const n = a.length;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    ma += a[i];
    mb += b[i];
  }
  ma /= n;
  mb /= n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    sab += (a[i] - ma) * (b[i] - mb);
    saa += (a[i] - ma) ** 2;
    sbb += (b[i] - mb) ** 2;
  }
  return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : 0;
}

/**
 * Present columns among `wanted` that carry information of their own: constant columns are left out, and so is
 * a column that is an exact linear function of an earlier one (e.g. `age_weeks` equals `tenure_months` × 30.44/7
 * when tenure counts from the first purchase), which would make the normal equations singular.
 */
function usable(frame: FeatureFrame, wanted: FeatureName[]): FeatureName[] {
  const kept: FeatureName[] = [];
  for (const n of wanted) {
    const c = column(frame, n);
    if (c === undefined || !c.some((v) => v !== c[0])) continue;
    if (kept.some((k) => Math.abs(correlation(column(frame, k)!, c)) > 1 - 1e-9)) continue;
    kept.push(n);
  }
  return kept;
}
const colsOf = (frame: FeatureFrame, names: readonly string[]): Float64Array[] => names.map((n) => column(frame, n as FeatureName)!);

/** "Same as the last 30 days": next-30-day spend = spend of the 30 days before the as-of day. */
export function predictNaive(frame: FeatureFrame): Float64Array {
  return Float64Array.from(column(frame, 'spend_30d')!);
}

export function fitLinearSales(train: { frame: FeatureFrame; targets: Targets }): LinearModel {
  const names = usable(train.frame, LINEAR_FEATURES);
  return fitLinear(colsOf(train.frame, names), train.targets.spend30, { names });
}

/** Linear predictions, floored at 0 (spend cannot be negative). */
export function predictLinearSales(model: LinearModel, frame: FeatureFrame): Float64Array {
  return predictLinear(model, colsOf(frame, model.names ?? [])).map((v) => Math.max(0, v));
}

export function fitLogisticPurchase(train: { frame: FeatureFrame; targets: Targets }): LogisticModel {
  const names = usable(train.frame, LOGISTIC_FEATURES);
  const transforms: FeatureTransform[] = names.map((n) => (LOG1P.has(n) ? 'log1p' : 'none'));
  // Newton converges in ~10 steps; a 1e-7 step tolerance (on standardised coefficients) is far below what
  // changes a probability, while the default 1e-10 can cost many extra passes on books of a million lines.
  return fitLogistic(colsOf(train.frame, names), train.targets.buy14, { names, transforms, C: 1, tol: 1e-7, maxIter: 30 });
}

export function predictLogisticPurchase(model: LogisticModel, frame: FeatureFrame): Float64Array {
  return predictLogistic(model, colsOf(frame, model.names ?? []));
}

export interface BgNbdGgFit { bg: BgNbdFit; gg?: GammaGammaFit; customers: number }

/**
 * BG/NBD on every client with a purchase before the as-of day; Gamma-Gamma on repeaters with positive spend.
 * `warm` (an earlier fit on the same data set) only sets the optimiser's starting point.
 */
export function fitBgNbdGg(frame: FeatureFrame, warm?: BgNbdGgFit): BgNbdGgFit {
  const buyers: number[] = [];
  for (let i = 0; i < frame.T.length; i++) if (frame.T[i] > 0) buyers.push(i);
  const pick = (a: Float64Array): Float64Array => Float64Array.from(buyers, (i) => a[i]);
  const bg = fitBgNbd({ x: pick(frame.x), tx: pick(frame.tx), T: pick(frame.T) }, warm ? { start: warm.bg.params } : {});
  let gg: GammaGammaFit | undefined;
  try {
    gg = fitGammaGamma(pick(frame.x), pick(frame.mbar), warm?.gg ? { start: warm.gg.params } : {});
  } catch {
    gg = undefined; // too few repeat buyers: spend falls back to each client's average basket
  }
  return { bg, gg, customers: buyers.length };
}

export interface BgNbdGgPrediction { spend30: Float64Array; purchases30: Float64Array; pAlive: Float64Array; pBuy14: Float64Array }

/**
 * Per client: expected purchase days in the next 30 days, P(alive), P(≥ 1 purchase in 14 days) and expected
 * spend = expected purchases × Gamma-Gamma expected spend per purchase (the population mean for clients
 * without repeat purchases). A client with no purchase yet is treated as born on the as-of day (x = t_x = T = 0).
 */
export function predictBgNbdGg(fit: { bg: Pick<BgNbdFit, 'params'>; gg?: Pick<GammaGammaFit, 'params'> }, frame: FeatureFrame): BgNbdGgPrediction {
  const rfm = { x: frame.x, tx: frame.tx, T: frame.T };
  const p = bgnbdForecast(fit.bg.params, rfm, HORIZON_DAYS / WEEK, PURCHASE_DAYS / WEEK);
  const basket = column(frame, 'avg_basket')!;
  const spend30 = p.expected.map((e, i) => e * (fit.gg ? ggExpectedSpend(fit.gg.params, frame.x[i], frame.mbar[i]) : basket[i]));
  return { spend30, purchases30: p.expected, pAlive: p.pAlive, pBuy14: p.pAny };
}

/**
 * Equal-weight average of two forecasts of the same clients (a forecast combination). The label models learn
 * from one recent month, BG/NBD × Gamma-Gamma from the whole history; their errors differ, so the average is
 * usually better than either and rarely worse than the worse one. The weights are fixed, not fitted: a weight
 * fitted on one backtest month would chase that month's noise. It is a candidate like any other, chosen only
 * when the backtest month prefers it.
 */
export const BLEND_WEIGHTS = [0.5, 0.5];
export function blend(a: Float64Array, b: Float64Array): Float64Array {
  return a.map((v, i) => BLEND_WEIGHTS[0] * v + BLEND_WEIGHTS[1] * b[i]);
}

/** A model card (schema of card.ts) for a fitted candidate. */
export function makeCard(args: {
  task: 'sales' | 'purchase';
  kind: ForecastModelKind;
  params: ForecastModelParams;
  features: CardFeature[];
  cutoffDay: number;
  rows: number;
  metrics: Record<string, number>;
  trainedAt: string;
  idSuffix: string;
}): ForecastModelCard {
  return {
    schemaVersion: 1,
    id: `${args.task}-${args.kind}@${args.idSuffix}`,
    task: args.task,
    kind: args.kind,
    features: args.features,
    params: args.params,
    trainedAt: args.trainedAt,
    trainingCutoffDay: args.cutoffDay,
    trainingRows: args.rows,
    metrics: args.metrics,
  };
}

/** Card features of a regression model (names with their transforms). */
export function regressionFeatures(m: LinearModel | LogisticModel): CardFeature[] {
  return (m.names ?? []).map((name, j) => ({ name, transform: m.transforms[j] }));
}

export const BGNBD_FEATURES: CardFeature[] = [
  { name: 'frequency', transform: 'none' },
  { name: 'recency_weeks', transform: 'none' },
  { name: 'age_weeks', transform: 'none' },
];
export const NAIVE_FEATURES: CardFeature[] = [{ name: 'spend_30d', transform: 'none' }];
export const TIME_UNIT_DAYS = WEEK;
