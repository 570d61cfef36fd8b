/**
 * "For labelled runs, the model's metrics on that run against its validation metrics" (issue #12): the run's
 * ROC AUC, PR AUC, Brier, log loss and precision / recall / F1 at the run's threshold beside the same figures
 * from the card of the model that scored it, the difference, and one plain flag with a stated rule:
 * the run's ROC AUC is more than max(0.02, 2 × its standard error) below the validation ROC AUC.
 * The standard error is DeLong's (computed once, at write time, in the batch store worker over every labelled
 * row); runs stored before it existed fall back to Hanley & McNeil's formula from the AUC and class counts.
 * Everything here is O(1) on the page except `aucSeDeLong`, which the worker runs.
 */
import type { ModelCard } from '../card/types';

/** Smallest AUC drop that is flagged, whatever the run's size. */
export const AUC_MARGIN = 0.02;
/** Standard errors of the run's AUC that a drop must also exceed. */
export const AUC_SE_FACTOR = 2;

export const QUALITY_KEYS = ['rocAuc', 'prAuc', 'brier', 'logLoss', 'precision', 'recall', 'f1'] as const;
export type QualityKey = (typeof QUALITY_KEYS)[number];
export type QualityFigures = Partial<Record<QualityKey, number>>;

/** What a run stores about its labelled rows (bridge RunMetrics has these fields). */
export interface StoredRunMetrics {
  rocAuc: number; prAuc: number; brier: number; logLoss: number;
  precision: number; recall: number; f1: number;
  confusion: { tp: number; fp: number; tn: number; fn: number };
  /** DeLong standard error of rocAuc (runs written since session 19). */
  aucSe?: number;
}

export interface RunQuality {
  run: QualityFigures;
  validation: QualityFigures;
  /** run − validation, per metric present on both sides. */
  diff: QualityFigures;
  positives: number;
  negatives: number;
  aucSe: number;
  seMethod: 'delong' | 'hanley-mcneil';
  /** max(AUC_MARGIN, AUC_SE_FACTOR × aucSe). */
  margin: number;
  flagged: boolean;
}

/**
 * DeLong's standard error of the ROC AUC (DeLong, DeLong & Clarke-Pearson 1988), by the placement values:
 * for a converter, the share of non-converters scored lower (ties count ½); for a non-converter, the share of
 * converters scored higher. SE² = var(positive placements)/P + var(negative placements)/N (sample variances).
 * Two native sorts and one merge: O(n log n). NaN with fewer than two rows of either class.
 */
export function aucSeDeLong(y: ArrayLike<number>, p: ArrayLike<number>): number {
  let nPos = 0;
  for (let i = 0; i < y.length; i++) if (y[i] === 1) nPos++;
  const nNeg = y.length - nPos;
  if (nPos < 2 || nNeg < 2) return NaN;
  const pos = new Float64Array(nPos);
  const neg = new Float64Array(nNeg);
  for (let i = 0, a = 0, b = 0; i < y.length; i++) {
    if (y[i] === 1) pos[a++] = p[i];
    else neg[b++] = p[i];
  }
  pos.sort();
  neg.sort();
  const v10 = placements(pos, neg); // per converter: negatives below
  const v01 = placements(neg, pos); // per non-converter: positives below; its placement is 1 − that
  return Math.sqrt(variance(v10) / nPos + variance(v01) / nNeg);
}

/** For each value of sorted `a`: (count of sorted `b` below it + ½ count equal) / |b|. */
function placements(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length);
  let lo = 0; // b[0..lo) < a[i]
  let hi = 0; // b[0..hi) <= a[i]
  for (let i = 0; i < a.length; i++) {
    while (lo < b.length && b[lo] < a[i]) lo++;
    if (hi < lo) hi = lo;
    while (hi < b.length && b[hi] <= a[i]) hi++;
    out[i] = (lo + (hi - lo) / 2) / b.length;
  }
  return out;
}

function variance(v: Float64Array): number {
  let m = 0;
  for (let i = 0; i < v.length; i++) m += v[i];
  m /= v.length;
  let s = 0;
  for (let i = 0; i < v.length; i++) s += (v[i] - m) ** 2;
  return s / (v.length - 1);
}

/** Hanley & McNeil (1982) standard error of an AUC from the AUC and the class counts. */
export function aucSeHanleyMcNeil(auc: number, positives: number, negatives: number): number {
  const q1 = auc / (2 - auc);
  const q2 = (2 * auc * auc) / (1 + auc);
  return Math.sqrt((auc * (1 - auc) + (positives - 1) * (q1 - auc * auc) + (negatives - 1) * (q2 - auc * auc)) / (positives * negatives));
}

/** The stated rule: flagged when the run's AUC is below validation by more than max(0.02, 2 × SE). */
export function aucFlag(runAuc: number, validAuc: number, se: number): { margin: number; flagged: boolean } {
  const margin = Math.max(AUC_MARGIN, AUC_SE_FACTOR * (Number.isFinite(se) ? se : 0));
  return { margin, flagged: validAuc - runAuc > margin };
}

interface CardValidation { validation?: { calibrated?: Record<string, number> }; thresholds?: Record<string, Record<string, number>> }

/** The card's validation figures: calibrated summary metrics, and rates at the run's threshold scenario. */
export function validationFigures(card: Pick<ModelCard, 'metrics'>, thresholdId: string): QualityFigures {
  const m = card.metrics as CardValidation;
  const c = m.validation?.calibrated ?? {};
  const at = m.thresholds?.[thresholdId] ?? {};
  const out: QualityFigures = {};
  for (const k of QUALITY_KEYS) {
    const v = k === 'precision' || k === 'recall' || k === 'f1' ? at[k] : c[k];
    if (typeof v === 'number' && Number.isFinite(v)) out[k] = v;
  }
  return out;
}

/** A labelled run against the validation figures of the card that scored it. */
export function runQuality(metrics: StoredRunMetrics, card: Pick<ModelCard, 'metrics'>, thresholdId: string): RunQuality {
  const { tp, fp, tn, fn } = metrics.confusion;
  const positives = tp + fn;
  const negatives = fp + tn;
  const run: QualityFigures = {};
  for (const k of QUALITY_KEYS) run[k] = metrics[k];
  const validation = validationFigures(card, thresholdId);
  const diff: QualityFigures = {};
  for (const k of QUALITY_KEYS) if (validation[k] !== undefined) diff[k] = run[k]! - validation[k]!;
  const delong = typeof metrics.aucSe === 'number' && Number.isFinite(metrics.aucSe);
  const aucSe = delong ? metrics.aucSe! : aucSeHanleyMcNeil(metrics.rocAuc, positives, negatives);
  const flag = validation.rocAuc === undefined ? { margin: NaN, flagged: false } : aucFlag(metrics.rocAuc, validation.rocAuc, aucSe);
  return { run, validation, diff, positives, negatives, aucSe, seMethod: delong ? 'delong' : 'hanley-mcneil', ...flag };
}
