/**
 * Gradient-boosted trees for the conversion model, trained in TypeScript (training worker, Node tests):
 * logistic loss, second-order (XGBoost-style) leaf values −G/(H + λ) with shrinkage, histogram split search on
 * float32 quantile bins, shallow depth-wise trees, min child hessian, and early stopping on validation ROC AUC
 * (first maximum, patience) with only the trees up to the best round kept. The result is a trees.json document
 * (margin 'logit', decision '<'), so TreeSHAP explains it and scoring walks the same trees.
 */
import { prng } from '../demo/demo-leads';
import type { TreeNode, TreesDoc } from '../treeshap';
import { binMatrix, type Binned } from './gbt-bins';

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

const sigmoid = (t: number): number => 1 / (1 + Math.exp(-t));

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

const NB = 256;

/** Gradient and hessian sums per (feature, bin) over `rows` for the features in `use` (hot loop: plain locals only). */
function histogram(bins: Uint8Array, n: number, rows: Int32Array, g: Float64Array, h: Float64Array, use: Uint8Array, G: Float64Array, H: Float64Array): void {
  G.fill(0);
  H.fill(0);
  const m = rows.length;
  for (let j = 0; j < use.length; j++) {
    if (!use[j]) continue;
    const col = j * n;
    const off = j * NB;
    for (let k = 0; k < m; k++) {
      const i = rows[k];
      const bin = off + bins[col + i];
      G[bin] += g[i];
      H[bin] += h[i];
    }
  }
}

/** Rows of `r` going left (bin ≤ k on feature j) and right. */
function partition(r: Int32Array, bb: Binned, j: number, k: number): [Int32Array, Int32Array] {
  const col = j * bb.n;
  let nl = 0;
  for (let q = 0; q < r.length; q++) if (bb.bins[col + r[q]] <= k) nl++;
  const L = new Int32Array(nl);
  const R = new Int32Array(r.length - nl);
  let a = 0;
  let c = 0;
  for (let q = 0; q < r.length; q++) { if (bb.bins[col + r[q]] <= k) L[a++] = r[q]; else R[c++] = r[q]; }
  return [L, R];
}

interface TreeRows { sample: Int32Array; all: Int32Array; valid: Int32Array }

/**
 * Grows one tree: split search on the sampled rows' statistics over the features in `use`; leaf values are
 * added to every training row's margin (`marginT`) and every validation row's (`marginV`).
 */
function growTree(b: Binned, bv: Binned, g: Float64Array, h: Float64Array, use: Uint8Array, o: GbtOptions, rows: TreeRows, marginT: Float64Array, marginV: Float64Array): TreeNode[] {
  const nodes: TreeNode[] = [];
  const F = use.length;
  const G = new Float64Array(F * NB);
  const H = new Float64Array(F * NB);
  const grow = (r: TreeRows, depth: number): number => {
    const id = nodes.length;
    let gs = 0;
    let hs = 0;
    for (let q = 0; q < r.sample.length; q++) { gs += g[r.sample[q]]; hs += h[r.sample[q]]; }
    nodes.push({ id, left: -1, right: -1, cover: hs });
    let best = { gain: 0, j: -1, k: -1 };
    if (depth < o.maxDepth && hs >= 2 * o.minChildWeight) {
      histogram(b.bins, b.n, r.sample, g, h, use, G, H);
      const parent = (gs * gs) / (hs + o.lambda);
      for (let j = 0; j < F; j++) {
        if (!use[j]) continue;
        const m = b.thresholds[j].length;
        let gl = 0;
        let hl = 0;
        for (let k = 0; k < m; k++) {
          gl += G[j * NB + k];
          hl += H[j * NB + k];
          const gr = gs - gl;
          const hr = hs - hl;
          if (hl < o.minChildWeight || hr < o.minChildWeight) continue;
          const gain = (gl * gl) / (hl + o.lambda) + (gr * gr) / (hr + o.lambda) - parent;
          if (gain > best.gain + 1e-12) best = { gain, j, k };
        }
      }
    }
    if (best.j < 0) {
      const value = Math.fround((-o.learningRate * gs) / (hs + o.lambda));
      nodes[id].value = value;
      for (let q = 0; q < r.all.length; q++) marginT[r.all[q]] += value;
      for (let q = 0; q < r.valid.length; q++) marginV[r.valid[q]] += value;
      return id;
    }
    const [sl, sr] = partition(r.sample, b, best.j, best.k);
    const [al, ar] = partition(r.all, b, best.j, best.k);
    const [vl, vr] = partition(r.valid, bv, best.j, best.k);
    Object.assign(nodes[id], { feature: best.j, threshold: b.thresholds[best.j][best.k], decision: '<' });
    nodes[id].left = grow({ sample: sl, all: al, valid: vl }, depth + 1);
    nodes[id].right = grow({ sample: sr, all: ar, valid: vr }, depth + 1);
    return id;
  };
  grow(rows, 0);
  return nodes;
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
  const all = Int32Array.from({ length: n }, (_, i) => i);
  const allV = Int32Array.from({ length: yv.length }, (_, i) => i);
  const use = new Uint8Array(F);
  let bestAuc = -Infinity;
  let bestRound = 0;
  for (let r = 0; r < o.maxRounds; r++) {
    if (hooks.shouldStop?.()) break;
    let loss = 0;
    for (let i = 0; i < n; i++) {
      const p = sigmoid(marginT[i]);
      g[i] = p - y[i];
      h[i] = Math.max(p * (1 - p), 1e-16);
      loss -= y[i] ? Math.log(Math.max(p, 1e-15)) : Math.log(Math.max(1 - p, 1e-15));
    }
    const sample = o.subsample < 1 ? all.filter(() => rand() < o.subsample) : all;
    for (let j = 0; j < F; j++) use[j] = o.colsample < 1 ? (rand() < o.colsample ? 1 : 0) : 1;
    if (!use.some((u) => u === 1)) use[Math.floor(rand() * F)] = 1;
    trees.push({ nodes: growTree(b, bv, g, h, use, o, { sample, all, valid: allV }, marginT, marginV) });
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
