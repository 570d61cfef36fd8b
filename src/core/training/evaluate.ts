/**
 * Validation metrics of a model in the card's `metrics` shape (models/train/evaluation.py `metrics`), so a
 * browser-trained model's card reads like a built-in one; plus the side-by-side comparison and the rule
 * that decides whether "Activate" is offered (candidate AUC not lower than the active one's by more than
 * the bootstrap standard error of the paired AUC difference, and calibrated Brier not higher).
 */
import type { ModelCard } from '../card/types';
import { prng } from '../demo/demo-leads';
import { brier, confusion, logLoss, prAuc, rocAuc, type Confusion } from '../metrics';
import { evalCurves, type EvalCurves } from './compare-curves';

export interface MetricSummary { rocAuc: number; prAuc: number; brier: number; logLoss: number }

export function summary(y: ArrayLike<number>, p: ArrayLike<number>): MetricSummary {
  return { rocAuc: rocAuc(y, p), prAuc: prAuc(y, p), brier: brier(y, p), logLoss: logLoss(y, p) };
}

/** Everything the compare view shows for one model on the validation rows. */
export interface ModelEvaluation {
  raw: MetricSummary;
  calibrated: MetricSummary;
  /** Confusion and rates at each of the model's own threshold scenarios (calibrated score >= threshold). */
  thresholds: Record<string, Confusion & { threshold: number }>;
}

export function evaluate(card: Pick<ModelCard, 'thresholds'>, y: ArrayLike<number>, raw: ArrayLike<number>, score: ArrayLike<number>): ModelEvaluation {
  const thresholds: ModelEvaluation['thresholds'] = {};
  for (const s of card.thresholds.scenarios) thresholds[s.id] = { ...confusion(y, score, s.threshold), threshold: s.threshold };
  return { raw: summary(y, raw), calibrated: summary(y, score), thresholds };
}

/** Card metrics block (same keys as the Python pipeline writes: validation, thresholds, deciles, calibrationTable). */
export function cardMetrics(card: Pick<ModelCard, 'thresholds' | 'deciles'>, y: ArrayLike<number>, raw: ArrayLike<number>, score: ArrayLike<number>): Record<string, unknown> {
  const ev = evaluate(card, y, raw, score);
  const n = y.length;
  const dec = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    let d = 1;
    for (const c of card.deciles.cutPoints) if (c > score[i]) d++;
    dec[i] = d;
  }
  let total = 0;
  for (let i = 0; i < n; i++) total += y[i];
  const base = total / n;
  let cum = 0;
  const deciles = Array.from({ length: 10 }, (_, k) => {
    let cnt = 0; let pos = 0; let sum = 0;
    for (let i = 0; i < n; i++) if (dec[i] === k + 1) { cnt++; pos += y[i]; sum += score[i]; }
    cum += pos;
    const rate = cnt ? pos / cnt : 0;
    return { decile: k + 1, count: cnt, conversionRate: rate, lift: cnt ? rate / base : 0, cumulativeGain: cum / total, meanScore: cnt ? sum / cnt : 0 };
  });
  return { validation: { raw: ev.raw, calibrated: ev.calibrated }, thresholds: ev.thresholds, deciles };
}

/** Deterministic PRNG so bootstraps and splits repeat exactly (the demo generator's mulberry32). */
export const rng = prng;

/** Bootstrap standard error of AUC(a) − AUC(b) on the same resampled rows (paired). */
export function pairedAucSe(y: ArrayLike<number>, a: ArrayLike<number>, b: ArrayLike<number>, reps = 200, seed = 42): number {
  const n = y.length;
  const r = rng(seed);
  const ys = new Float64Array(n); const as = new Float64Array(n); const bs = new Float64Array(n);
  const diffs: number[] = [];
  for (let k = 0; k < reps; k++) {
    for (let i = 0; i < n; i++) {
      const j = Math.floor(r() * n);
      ys[i] = y[j]; as[i] = a[j]; bs[i] = b[j];
    }
    const d = rocAuc(ys, as) - rocAuc(ys, bs);
    if (Number.isFinite(d)) diffs.push(d);
  }
  const m = diffs.reduce((s, v) => s + v, 0) / diffs.length;
  return Math.sqrt(diffs.reduce((s, v) => s + (v - m) ** 2, 0) / (diffs.length - 1));
}

export interface Comparison {
  candidate: ModelEvaluation;
  active: ModelEvaluation;
  /** Bootstrap SE of the paired AUC difference (candidate − active). */
  aucSe: number;
  aucOk: boolean;
  brierOk: boolean;
  /** True when "Activate" may be offered. */
  allowed: boolean;
  /** ROC, PR and calibration curves of both models on the same rows (calibrated scores). */
  curves?: { candidate: EvalCurves; active: EvalCurves };
}

/** The stated rule: candidate AUC ≥ active AUC − SE, and candidate calibrated Brier ≤ active calibrated Brier. */
export function compareModels(y: ArrayLike<number>, candidate: ModelEvaluation, active: ModelEvaluation, candScore: ArrayLike<number>, activeScore: ArrayLike<number>): Comparison {
  const aucSe = pairedAucSe(y, candScore, activeScore);
  const aucOk = candidate.calibrated.rocAuc >= active.calibrated.rocAuc - aucSe;
  const brierOk = candidate.calibrated.brier <= active.calibrated.brier;
  const curves = { candidate: evalCurves(y, candScore), active: evalCurves(y, activeScore) };
  return { candidate, active, aucSe, aucOk, brierOk, allowed: aucOk && brierOk, curves };
}

/** A metric set as flat audit-log fields ("candidate.rocAuc": 0.85…), calibrated scores, rounded to 6 digits. */
export function auditMetrics(prefix: string, e: ModelEvaluation): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(e.calibrated)) out[`${prefix}.${k}`] = Number(v.toFixed(6));
  const f1 = e.thresholds.best_f1;
  if (f1) {
    out[`${prefix}.f1`] = Number(f1.f1.toFixed(6));
    out[`${prefix}.precision`] = Number(f1.precision.toFixed(6));
    out[`${prefix}.recall`] = Number(f1.recall.toFixed(6));
  }
  return out;
}
