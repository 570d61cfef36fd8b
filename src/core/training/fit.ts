/**
 * The candidates that need no browser API, behind one signature for the training worker and Node tests:
 * logistic regression by Newton/IRLS (src/core/forecast/logistic.ts, sklearn's C convention on standardised
 * features, C = 0.1 as the Python pipeline's candidate) and the boosted trees (gbt.ts).
 */
import { fitLogistic } from '../forecast/logistic';
import { rocAuc, logLoss } from '../metrics';
import { columns, type TrainingSet } from './dataset';
import { validationRows } from './candidate';
import { fitGbt, type FitHooks, type GbtOptions, type RoundPoint } from './gbt';
import { predictMatrix, sigmoid } from './runners';
import type { GbtWeights, LogisticWeights } from './types';

export const LOGISTIC_C = 0.1;

/** The boosted-trees candidate: the shipped XGBoost champion's settings (depth 1, η 0.05, subsample and colsample 0.8, min child weight 20, λ 1), early-stopped with patience 100. */
export const GBT_CANDIDATE: Partial<GbtOptions> = { maxRounds: 1200, learningRate: 0.05, maxDepth: 1, minChildWeight: 20, lambda: 1, subsample: 0.8, colsample: 0.8, patience: 100 };

export interface Fitted<W> { weights: W; history: RoundPoint[]; algorithm: string; params: Record<string, string | number> }

export function trainLogistic(set: TrainingSet, names: string[], hooks: FitHooks = {}): Fitted<LogisticWeights> {
  const tr = columns(set, 0);
  const m = fitLogistic(tr.cols, tr.y, { C: LOGISTIC_C, names });
  const weights: LogisticWeights = { kind: 'logistic', coef: [...m.coef], intercept: m.intercept, means: [...m.means], scales: [...m.scales], C: LOGISTIC_C };
  const v = validationRows(set);
  const n = tr.y.length;
  const margin = new Float64Array(n).fill(m.intercept);
  tr.cols.forEach((col, j) => { const w = m.coef[j] / m.scales[j]; const mu = m.means[j]; for (let i = 0; i < n; i++) margin[i] += w * (col[i] - mu); });
  const point = {
    step: m.iterations,
    loss: logLoss(tr.y, Float64Array.from(margin, sigmoid)),
    validMetric: rocAuc(v.y, predictMatrix(weights, v.x, v.n, set.features)),
  };
  hooks.onStep?.(point);
  return { weights, history: [point], algorithm: 'Logistic regression (standardised, L2, Newton/IRLS)', params: { C: LOGISTIC_C, iterations: m.iterations } };
}

/** On large files the same trees with a larger step and fewer rounds, so training stays within seconds. */
export const GBT_LARGE: Partial<GbtOptions> = { ...GBT_CANDIDATE, learningRate: 0.2, maxRounds: 200, patience: 30 };
export const LARGE_ROWS = 20_000;

export function trainGbt(set: TrainingSet, names: string[], hooks: FitHooks = {}): Fitted<GbtWeights> {
  const tr = columns(set, 0);
  const F = set.features;
  const x = new Float64Array(tr.y.length * F);
  tr.cols.forEach((col, j) => col.forEach((v, i) => { x[i * F + j] = v; }));
  const v = validationRows(set);
  const opts = tr.y.length > LARGE_ROWS ? GBT_LARGE : GBT_CANDIDATE;
  const r = fitGbt(x, tr.y, v.x, v.y, F, names, opts, hooks);
  return {
    weights: { kind: 'gbt', trees: r.trees }, history: r.history,
    algorithm: 'Gradient-boosted trees (depth 1, in-browser, early-stopped on validation ROC AUC)',
    params: { rounds: r.bestRound, learningRate: opts.learningRate!, maxDepth: opts.maxDepth! },
  };
}
