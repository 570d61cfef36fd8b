/**
 * The figures a forecast is judged by, for display, model cards and model selection: R², MSE, MAE and
 * predicted vs actual total for next-30-day spend; ROC AUC, PR AUC, Brier and log loss for the 14-day
 * purchase probability; and the threshold view (confusion matrix, accuracy, precision, recall, F1, how many
 * clients are flagged, and the threshold with the best F1). Classification metrics reuse core/metrics.ts.
 */
import { binaryCurve, brier, confusion, logLoss, prAuc, rocAuc, type Confusion } from '../metrics';

/** The Polish project's decision threshold for "will buy within 14 days". */
export const DEFAULT_THRESHOLD = 0.7;

export interface SalesMetrics {
  r2: number;
  mse: number;
  mae: number;
  predictedTotal: number;
  actualTotal: number;
  n: number;
}

/** Regression figures (R² as scikit-learn's r2_score: 1 − SSE/SST; NaN when the actuals are constant). */
export function salesMetrics(actual: ArrayLike<number>, predicted: ArrayLike<number>): SalesMetrics {
  const n = actual.length;
  if (predicted.length !== n) throw new Error(`sales metrics: ${n} actual values, ${predicted.length} predictions`);
  let sa = 0;
  let sp = 0;
  for (let i = 0; i < n; i++) {
    sa += actual[i];
    sp += predicted[i];
  }
  const mean = sa / n;
  let sse = 0;
  let sst = 0;
  let sae = 0;
  for (let i = 0; i < n; i++) {
    const e = actual[i] - predicted[i];
    sse += e * e;
    sae += Math.abs(e);
    sst += (actual[i] - mean) ** 2;
  }
  return { r2: sst > 0 ? 1 - sse / sst : NaN, mse: sse / n, mae: sae / n, predictedTotal: sp, actualTotal: sa, n };
}

export interface PurchaseMetrics {
  rocAuc: number;
  prAuc: number;
  brier: number;
  logLoss: number;
  /** Share of clients who bought (the base rate). */
  baseRate: number;
  /** Mean predicted probability (calibration in the large). */
  meanPredicted: number;
  n: number;
}

export function purchaseMetrics(y: ArrayLike<number>, p: ArrayLike<number>): PurchaseMetrics {
  let pos = 0;
  let sp = 0;
  for (let i = 0; i < y.length; i++) {
    pos += y[i];
    sp += p[i];
  }
  return { rocAuc: rocAuc(y, p), prAuc: prAuc(y, p), brier: brier(y, p), logLoss: logLoss(y, p), baseRate: pos / y.length, meanPredicted: sp / y.length, n: y.length };
}

export interface ThresholdReport {
  threshold: number;
  confusion: Confusion;
  /** Clients at or above the threshold. */
  flagged: number;
  /** The threshold (one of the predicted probabilities) that maximises F1, and that F1. */
  bestF1Threshold: number;
  bestF1: number;
}

/** Confusion matrix at `threshold` (p ≥ threshold is "will buy") and the best-F1 threshold (labels 0/1). */
export function thresholdReport(y: ArrayLike<number>, p: ArrayLike<number>, threshold: number): ThresholdReport {
  const c = confusion(y, p, threshold);
  // F1 at each distinct probability, highest first: tps positives among the tps + fps clients flagged there.
  const { fps, tps, thr } = binaryCurve(y, p);
  const P = tps.length ? tps[tps.length - 1] : 0;
  let best = 0;
  let bestThr = 1;
  for (let k = 0; k < tps.length; k++) {
    const f1 = (2 * tps[k]) / (tps[k] + fps[k] + P);
    if (f1 > best) {
      best = f1;
      bestThr = thr[k];
    }
  }
  return { threshold, confusion: c, flagged: c.tp + c.fp, bestF1Threshold: bestThr, bestF1: best };
}

/** Metrics as a card's finite-number record (NaN/∞ left out). */
export function finiteMetrics(m: object): Record<string, number> {
  return Object.fromEntries(Object.entries(m).filter(([, v]) => typeof v === 'number' && Number.isFinite(v))) as Record<string, number>;
}
