/**
 * Growing one boosted tree on pre-binned features (the hot part of gbt.ts, kept apart so it stays small and
 * typed-array only): gradient/hessian histograms per (feature, bin), best split by prefix sums, the sibling's
 * histogram by subtraction (only the smaller child is counted), and the finished tree applied to binned rows
 * by walking flat typed arrays instead of partitioning every row at every split.
 */
import type { TreeNode } from '../treeshap';
import type { Binned } from './gbt-bins';

/** Bins per feature in the histogram layout (uint8 bins). */
export const NB = 256;

export interface TreeOptions { maxDepth: number; minChildWeight: number; lambda: number; learningRate: number }

/** Interleaved sums per (feature, bin): [2q] gradient, [2q + 1] hessian, q = feature · NB + bin. */
type Hist = Float64Array;

/**
 * Gradient and hessian sums per (feature, bin) over `rows`, for the features in `use`. Two partial histograms
 * (even and odd rows) break the chain of read-add-writes on one bin that features with few bins create.
 */
function histogram(b: Binned, rows: Int32Array, g: Float64Array, h: Float64Array, use: Uint8Array): Hist {
  const F = use.length;
  const A = new Float64Array(F * NB * 2);
  const B = new Float64Array(F * NB * 2);
  const m = rows.length;
  const bins = b.bins;
  for (let j = 0; j < F; j++) {
    if (!use[j]) continue;
    const col = j * b.n;
    const off = j * NB * 2;
    let k = 0;
    for (; k + 1 < m; k += 2) {
      const i = rows[k];
      const i2 = rows[k + 1];
      const q = off + 2 * bins[col + i];
      const q2 = off + 2 * bins[col + i2];
      A[q] += g[i];
      A[q + 1] += h[i];
      B[q2] += g[i2];
      B[q2 + 1] += h[i2];
    }
    if (k < m) {
      const i = rows[k];
      const q = off + 2 * bins[col + i];
      A[q] += g[i];
      A[q + 1] += h[i];
    }
  }
  for (let q = 0; q < A.length; q++) A[q] += B[q];
  return A;
}

/** parent − child, bin by bin (the sibling's histogram without touching its rows). */
function subtract(parent: Hist, child: Hist): Hist {
  const out = new Float64Array(parent.length);
  for (let q = 0; q < out.length; q++) out[q] = parent[q] - child[q];
  return out;
}

/** Rows of `r` going left (bin ≤ k on feature j) and right. */
function partition(r: Int32Array, b: Binned, j: number, k: number): [Int32Array, Int32Array] {
  const col = j * b.n;
  const L = new Int32Array(r.length);
  const R = new Int32Array(r.length);
  let a = 0;
  let c = 0;
  for (let q = 0; q < r.length; q++) { const i = r[q]; if (b.bins[col + i] <= k) L[a++] = i; else R[c++] = i; }
  return [L.subarray(0, a), R.subarray(0, c)];
}

/** A grown tree: trees.json nodes (feature, float32 threshold, '<') plus the split bins for binned rows. */
export interface GrownTree { nodes: TreeNode[]; feature: Int32Array; bin: Int32Array; left: Int32Array; right: Int32Array; value: Float64Array }

/** Grows one depth-wise tree on the rows `sample`, splitting only on the features in `use`. */
export function growTree(b: Binned, g: Float64Array, h: Float64Array, use: Uint8Array, o: TreeOptions, sample: Int32Array): GrownTree {
  const nodes: TreeNode[] = [];
  const bins: number[] = [];
  const F = use.length;
  const leaf = (id: number, gs: number, hs: number): number => {
    nodes[id].value = Math.fround((-o.learningRate * gs) / (hs + o.lambda));
    return id;
  };
  const grow = (rows: Int32Array, depth: number, hist: Hist | null): number => {
    const id = nodes.length;
    let gs = 0;
    let hs = 0;
    for (let q = 0; q < rows.length; q++) { gs += g[rows[q]]; hs += h[rows[q]]; }
    nodes.push({ id, left: -1, right: -1, cover: hs });
    bins.push(-1);
    if (depth >= o.maxDepth || hs < 2 * o.minChildWeight) return leaf(id, gs, hs);
    const hh = hist ?? histogram(b, rows, g, h, use);
    const parent = (gs * gs) / (hs + o.lambda);
    let bestGain = 0;
    let bj = -1;
    let bk = -1;
    for (let j = 0; j < F; j++) {
      if (!use[j]) continue;
      const m = b.thresholds[j].length;
      let gl = 0;
      let hl = 0;
      for (let k = 0; k < m; k++) {
        gl += hh[2 * (j * NB + k)];
        hl += hh[2 * (j * NB + k) + 1];
        const gr = gs - gl;
        const hr = hs - hl;
        if (hl < o.minChildWeight || hr < o.minChildWeight) continue;
        const gain = (gl * gl) / (hl + o.lambda) + (gr * gr) / (hr + o.lambda) - parent;
        if (gain > bestGain + 1e-12) { bestGain = gain; bj = j; bk = k; }
      }
    }
    if (bj < 0) return leaf(id, gs, hs);
    const [L, R] = partition(rows, b, bj, bk);
    let hl: Hist | null = null;
    let hr: Hist | null = null;
    if (depth + 1 < o.maxDepth) {
      // Count the smaller child's rows; the other child's histogram is the parent's minus it.
      const smallLeft = L.length <= R.length;
      const small = histogram(b, smallLeft ? L : R, g, h, use);
      const large = subtract(hh, small);
      hl = smallLeft ? small : large;
      hr = smallLeft ? large : small;
    }
    Object.assign(nodes[id], { feature: bj, threshold: b.thresholds[bj][bk], decision: '<' });
    bins[id] = bk;
    nodes[id].left = grow(L, depth + 1, hl);
    nodes[id].right = grow(R, depth + 1, hr);
    return id;
  };
  grow(sample, 0, null);
  return {
    nodes,
    feature: Int32Array.from(nodes, (nd) => nd.feature ?? -1),
    bin: Int32Array.from(bins),
    left: Int32Array.from(nodes, (nd) => nd.left),
    right: Int32Array.from(nodes, (nd) => nd.right),
    value: Float64Array.from(nodes, (nd) => nd.value ?? 0),
  };
}

/** Adds the tree's leaf value to every binned row's margin (bin ≤ split bin ⇔ value < threshold: go left). */
export function applyTree(t: GrownTree, b: Binned, margin: Float64Array): void {
  const { feature, bin, left, right, value } = t;
  const n = b.n;
  const bins = b.bins;
  for (let i = 0; i < n; i++) {
    let id = 0;
    while (left[id] >= 0) id = bins[feature[id] * n + i] <= bin[id] ? left[id] : right[id];
    margin[i] += value[id];
  }
}
