/**
 * Gradient-boosted trees for the conversion model, trained in TypeScript (training worker, Node tests):
 * logistic loss, second-order (XGBoost-style) leaf values −G/(H + λ) with shrinkage, histogram split search on
 * float32 quantile bins pre-binned to uint8 (gbt-bins.ts; trees grown in gbt-tree.ts), shallow depth-wise trees,
 * min child hessian, and early stopping on validation ROC AUC (first maximum, patience) with only the trees up to the best round kept. The result is a trees.json document
 * (margin 'logit', decision '<'), so TreeSHAP explains it and scoring walks the same trees.
 */
import { prng } from '../demo/demo-leads';
import type { TreeNode, TreesDoc } from '../treeshap';
import { binMatrix } from './gbt-bins';
import { applyTree, growTree } from './gbt-tree';

export interface GbtOptions {
  maxRounds: number;
  learningRate: number;
  maxDepth: number;
  minChildWeight: number;
  lambda: number;
  maxBins: number;
  patience: number;
  /** Share of training rows each tree sees (seeded, like XGBoost's subsample). */
  subsample: number;
  /** Share of features each tree may split on (seeded, like colsample_bytree). */
  colsample: number;
  seed: number;
}
export const GBT_DEFAULTS: GbtOptions = { maxRounds: 600, learningRate: 0.1, maxDepth: 1, minChildWeight: 20, lambda: 1, maxBins: 64, patience: 60, subsample: 1, colsample: 1, seed: 42 };

export interface RoundPoint { step: number; loss: number; validMetric: number }
export interface FitHooks {
  onStep?: (p: RoundPoint) => void;
  /** Polled between rounds: true stops training (cancel). */
  shouldStop?: () => boolean;
}

export interface GbtResult { trees: TreesDoc; bestRound: number; history: RoundPoint[] }

/**
 * ROC AUC as the Mann–Whitney statistic (ties count half), equal to metrics.rocAuc but with two native typed-array
 * sorts instead of an index sort: it runs after every round, so it must be cheap on large validation sets.
 */
export function fastAuc(y: Uint8Array, s: Float64Array): number {
  let np = 0;
  for (let i = 0; i < y.length; i++) np += y[i];
  const pos = new Float64Array(np);
  const neg = new Float64Array(y.length - np);
  let a = 0;
  let b = 0;
  for (let i = 0; i < y.length; i++) { if (y[i]) pos[a++] = s[i]; else neg[b++] = s[i]; }
  if (!pos.length || !neg.length) return NaN;
  pos.sort();
  neg.sort();
  // For each negative: positives above it, plus half of those equal.
  let lo = 0;
  let hi = 0;
  let u = 0;
  for (let k = 0; k < neg.length; k++) {
    const v = neg[k];
    while (lo < pos.length && pos[lo] < v) lo++;
    if (hi < lo) hi = lo;
    while (hi < pos.length && pos[hi] <= v) hi++;
    u += pos.length - hi + (hi - lo) / 2;
  }
  return u / (pos.length * neg.length);
}

/** Fits on (x, y) with early stopping on (xv, yv); x/xv row-major n × F float64 feature matrices. */
export function fitGbt(x: Float64Array, y: Uint8Array, xv: Float64Array, yv: Uint8Array, F: number, names: string[], opts: Partial<GbtOptions> = {}, hooks: FitHooks = {}): GbtResult {
  const o = { ...GBT_DEFAULTS, ...opts };
  const n = y.length;
  const b = binMatrix(x, n, F, o.maxBins);
  const bv = binMatrix(xv, yv.length, F, o.maxBins, b.thresholds);
  let pos = 0;
  for (let i = 0; i < n; i++) pos += y[i];
  const base = Math.fround(Math.log(pos / (n - pos)));
  const marginT = new Float64Array(n).fill(base);
  const marginV = new Float64Array(yv.length).fill(base);
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  const trees: { nodes: TreeNode[] }[] = [];
  const history: RoundPoint[] = [];
  const rand = prng(o.seed);
  const sample = new Int32Array(n);
  const use = new Uint8Array(F);
  let bestAuc = -Infinity;
  let bestRound = 0;
  for (let r = 0; r < o.maxRounds; r++) {
    if (hooks.shouldStop?.()) break;
    let loss = 0;
    for (let i = 0; i < n; i++) {
      const m = marginT[i];
      const e = Math.exp(-m);
      const p = 1 / (1 + e);
      g[i] = p - y[i];
      h[i] = Math.max(p * (1 - p), 1e-16);
      loss += (m > -30 ? Math.log1p(e) : -m) + (y[i] ? 0 : m); // −log p or −log(1 − p), without a second exp
    }
    // Row sample (one draw per row, in order, as XGBoost's subsample) and feature sample of this tree.
    let ns = 0;
    for (let i = 0; i < n; i++) if (o.subsample >= 1 || rand() < o.subsample) sample[ns++] = i;
    for (let j = 0; j < F; j++) use[j] = o.colsample < 1 ? (rand() < o.colsample ? 1 : 0) : 1;
    if (!use.some((u) => u === 1)) use[Math.floor(rand() * F)] = 1;
    const tree = growTree(b, g, h, use, o, sample.subarray(0, ns));
    applyTree(tree, b, marginT);
    applyTree(tree, bv, marginV);
    trees.push({ nodes: tree.nodes });
    const auc = fastAuc(yv, marginV);
    const point = { step: r + 1, loss: loss / n, validMetric: auc };
    history.push(point);
    hooks.onStep?.(point);
    if (auc > bestAuc) { bestAuc = auc; bestRound = r + 1; }
    else if (r + 1 - bestRound >= o.patience) break;
  }
  return {
    trees: { margin: 'logit', base, decision: '<', featureNames: names, trees: trees.slice(0, Math.max(1, bestRound)) },
    bestRound,
    history,
  };
}
