/**
 * Gradient-boosted trees for the conversion model, trained in TypeScript (training worker, Node tests):
 * logistic loss, second-order (XGBoost-style) leaf values −G/(H + λ) with shrinkage, histogram split search on
 * float32 quantile bins, shallow depth-wise trees, min child hessian, and early stopping on validation ROC AUC
 * (first maximum, patience) with only the trees up to the best round kept. The result is a trees.json document
 * (margin 'logit', decision '<'), so TreeSHAP explains it and scoring walks the same trees.
 */
import { rocAuc } from '../metrics';
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
}
export const GBT_DEFAULTS: GbtOptions = { maxRounds: 600, learningRate: 0.1, maxDepth: 1, minChildWeight: 20, lambda: 1, maxBins: 64, patience: 60 };

export interface RoundPoint { step: number; loss: number; validMetric: number }
export interface FitHooks {
  onStep?: (p: RoundPoint) => void;
  /** Polled between rounds: true stops training (cancel). */
  shouldStop?: () => boolean;
}

export interface GbtResult { trees: TreesDoc; bestRound: number; history: RoundPoint[] }

const sigmoid = (t: number): number => 1 / (1 + Math.exp(-t));

const NB = 256;

/** Gradient and hessian sums per (feature, bin) over `rows` (hot loop: plain locals only). */
function histogram(bins: Uint8Array, n: number, rows: Int32Array, g: Float64Array, h: Float64Array, F: number, G: Float64Array, H: Float64Array): void {
  G.fill(0);
  H.fill(0);
  const m = rows.length;
  for (let j = 0; j < F; j++) {
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

/** Grows one tree on the rows in `rows`; adds its leaf value to `marginT` (train) and `marginV` (valid). */
function growTree(b: Binned, bv: Binned, g: Float64Array, h: Float64Array, F: number, o: GbtOptions, marginT: Float64Array, marginV: Float64Array): TreeNode[] {
  const nodes: TreeNode[] = [];
  const nB = NB;
  const G = new Float64Array(F * nB);
  const H = new Float64Array(F * nB);
  // Work list: node id, its train rows, its valid rows, depth.
  const grow = (rows: Int32Array, vrows: Int32Array, depth: number): number => {
    const id = nodes.length;
    let gs = 0; let hs = 0;
    for (let k = 0; k < rows.length; k++) { gs += g[rows[k]]; hs += h[rows[k]]; }
    nodes.push({ id, left: -1, right: -1, cover: hs });
    let best = { gain: 0, j: -1, k: -1 };
    if (depth < o.maxDepth && hs >= 2 * o.minChildWeight) {
      histogram(b.bins, b.n, rows, g, h, F, G, H);
      const parent = (gs * gs) / (hs + o.lambda);
      for (let j = 0; j < F; j++) {
        const m = b.thresholds[j].length;
        let gl = 0; let hl = 0;
        for (let k = 0; k < m; k++) {
          gl += G[j * nB + k]; hl += H[j * nB + k];
          const gr = gs - gl; const hr = hs - hl;
          if (hl < o.minChildWeight || hr < o.minChildWeight) continue;
          const gain = (gl * gl) / (hl + o.lambda) + (gr * gr) / (hr + o.lambda) - parent;
          if (gain > best.gain + 1e-12) best = { gain, j, k };
        }
      }
    }
    if (best.j < 0) {
      const value = Math.fround((-o.learningRate * gs) / (hs + o.lambda));
      nodes[id].value = value;
      for (let k = 0; k < rows.length; k++) marginT[rows[k]] += value;
      for (let k = 0; k < vrows.length; k++) marginV[vrows[k]] += value;
      return id;
    }
    const split = (r: Int32Array, bb: Binned): [Int32Array, Int32Array] => {
      const col = best.j * bb.n;
      let nl = 0;
      for (let k = 0; k < r.length; k++) if (bb.bins[col + r[k]] <= best.k) nl++;
      const L = new Int32Array(nl); const R = new Int32Array(r.length - nl);
      let a = 0; let c = 0;
      for (let k = 0; k < r.length; k++) { if (bb.bins[col + r[k]] <= best.k) L[a++] = r[k]; else R[c++] = r[k]; }
      return [L, R];
    };
    const [tl, tr] = split(rows, b);
    const [vl, vr] = split(vrows, bv);
    Object.assign(nodes[id], { feature: best.j, threshold: b.thresholds[best.j][best.k], decision: '<' });
    nodes[id].left = grow(tl, vl, depth + 1);
    nodes[id].right = grow(tr, vr, depth + 1);
    return id;
  };
  grow(Int32Array.from({ length: b.n }, (_, i) => i), Int32Array.from({ length: bv.n }, (_, i) => i), 0);
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
    trees.push({ nodes: growTree(b, bv, g, h, F, o, marginT, marginV) });
    const auc = rocAuc(yv, marginV);
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
