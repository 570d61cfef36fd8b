/**
 * Exact path-dependent TreeSHAP (Lundberg et al. 2018, Algorithm 2) over `<modelId>.trees.json`,
 * so the app can show per-feature reasons for a score without any server. Comparisons use float32
 * feature values and thresholds, exactly like ONNX Runtime, so the explained margin is the model's.
 */

export interface TreeNode {
  id?: number;
  /** Absent (or left < 0) on leaves. */
  feature?: number;
  threshold?: number;
  decision?: '<' | '<=';
  left: number;
  right: number;
  /** Leaf value (margin units; forest leaves are already divided by the tree count). */
  value?: number;
  /** Training weight (sample count or hessian sum) reaching the node. */
  cover: number;
}

export interface TreesDoc {
  modelId?: string;
  margin: 'logit' | 'probability';
  /** Margin offset: margin = base + Σ leaf values over trees. */
  base: number;
  decision: '<' | '<=';
  featureNames?: string[];
  trees: { nodes: TreeNode[] }[];
}

/** Flat arrays for fast traversal. */
interface FlatTree {
  feature: Int32Array;
  threshold: Float32Array;
  lessEq: Uint8Array;
  left: Int32Array;
  right: Int32Array;
  value: Float64Array;
  cover: Float64Array;
  depth: number;
  expected: number;
}

export interface TreeEnsemble {
  margin: 'logit' | 'probability';
  base: number;
  /** Expected margin over the training distribution: base + Σ cover-weighted tree means. */
  expectedValue: number;
  featureNames: string[];
  nFeatures: number;
  trees: FlatTree[];
}

function flatten(nodes: TreeNode[], defaultDecision: '<' | '<=', t: number): FlatTree {
  const n = nodes.length;
  const ft: FlatTree = {
    feature: new Int32Array(n),
    threshold: new Float32Array(n),
    lessEq: new Uint8Array(n),
    left: new Int32Array(n),
    right: new Int32Array(n),
    value: new Float64Array(n),
    cover: new Float64Array(n),
    depth: 0,
    expected: 0,
  };
  nodes.forEach((nd, i) => {
    const id = nd.id ?? i;
    if (id !== i) throw new Error(`trees[${t}]: node ${i} has id ${id}; nodes must be listed by id`);
    const leaf = nd.left < 0;
    ft.left[i] = nd.left;
    ft.right[i] = nd.right;
    ft.cover[i] = nd.cover;
    if (leaf) {
      if (typeof nd.value !== 'number') throw new Error(`trees[${t}]: leaf ${i} has no value`);
      ft.feature[i] = -1;
      ft.value[i] = nd.value;
    } else {
      if (typeof nd.feature !== 'number' || typeof nd.threshold !== 'number') {
        throw new Error(`trees[${t}]: split ${i} lacks feature/threshold`);
      }
      if (nd.left >= n || nd.right >= n || nd.right < 0) throw new Error(`trees[${t}]: node ${i} has a bad child`);
      ft.feature[i] = nd.feature;
      ft.threshold[i] = nd.threshold;
      ft.lessEq[i] = (nd.decision ?? defaultDecision) === '<=' ? 1 : 0;
    }
  });
  const walk = (i: number, d: number): number => {
    if (ft.left[i] < 0) {
      ft.depth = Math.max(ft.depth, d);
      return ft.value[i];
    }
    const l = ft.left[i];
    const r = ft.right[i];
    return (ft.cover[l] * walk(l, d + 1) + ft.cover[r] * walk(r, d + 1)) / ft.cover[i];
  };
  ft.expected = walk(0, 0);
  return ft;
}

const loaded = new WeakMap<object, TreeEnsemble>();

/** Accepts either a raw trees.json document or a loaded ensemble (loads and caches the former). */
export function asEnsemble(trees: TreeEnsemble | TreesDoc): TreeEnsemble {
  if ('expectedValue' in trees) return trees;
  let m = loaded.get(trees);
  if (!m) {
    m = loadTrees(trees);
    loaded.set(trees, m);
  }
  return m;
}

/** Validates and indexes a parsed trees.json document. */
export function loadTrees(doc: unknown): TreeEnsemble {
  const d = doc as TreesDoc;
  if (typeof d !== 'object' || d === null || !Array.isArray(d.trees)) throw new Error('trees.json: "trees" array missing');
  if (d.margin !== 'logit' && d.margin !== 'probability') throw new Error('trees.json: margin must be logit or probability');
  if (typeof d.base !== 'number') throw new Error('trees.json: base must be a number');
  const trees = d.trees.map((t, i) => flatten(t.nodes, d.decision ?? '<', i));
  let nFeatures = d.featureNames?.length ?? 0;
  for (const t of trees) for (const f of t.feature) nFeatures = Math.max(nFeatures, f + 1);
  let expectedValue = d.base;
  for (const t of trees) expectedValue += t.expected;
  return { margin: d.margin, base: d.base, expectedValue, featureNames: d.featureNames ?? [], nFeatures, trees };
}

function goesLeft(t: FlatTree, i: number, x: ArrayLike<number>): boolean {
  const v = Math.fround(x[t.feature[i]]);
  return t.lessEq[i] ? v <= t.threshold[i] : v < t.threshold[i];
}

/** The model margin for one row (base + Σ leaf values): log-odds for 'logit', probability otherwise. */
export function predictMargin(model: TreeEnsemble, x: ArrayLike<number>): number {
  let m = model.base;
  for (const t of model.trees) {
    let i = 0;
    while (t.left[i] >= 0) i = goesLeft(t, i, x) ? t.left[i] : t.right[i];
    m += t.value[i];
  }
  return m;
}

/** Path state for one recursion level (feature index, zero/one fractions, permutation weight). */
interface Path {
  d: Int32Array;
  z: Float64Array;
  o: Float64Array;
  w: Float64Array;
}

function extend(p: Path, depth: number, pz: number, po: number, pi: number): void {
  p.d[depth] = pi;
  p.z[depth] = pz;
  p.o[depth] = po;
  p.w[depth] = depth === 0 ? 1 : 0;
  for (let i = depth - 1; i >= 0; i--) {
    p.w[i + 1] += (po * p.w[i] * (i + 1)) / (depth + 1);
    p.w[i] = (pz * p.w[i] * (depth - i)) / (depth + 1);
  }
}

function unwind(p: Path, depth: number, k: number): void {
  const o = p.o[k];
  const z = p.z[k];
  let next = p.w[depth];
  for (let i = depth - 1; i >= 0; i--) {
    if (o !== 0) {
      const tmp = p.w[i];
      p.w[i] = (next * (depth + 1)) / ((i + 1) * o);
      next = tmp - (p.w[i] * z * (depth - i)) / (depth + 1);
    } else {
      p.w[i] = (p.w[i] * (depth + 1)) / (z * (depth - i));
    }
  }
  for (let i = k; i < depth; i++) {
    p.d[i] = p.d[i + 1];
    p.z[i] = p.z[i + 1];
    p.o[i] = p.o[i + 1];
  }
}

function unwoundSum(p: Path, depth: number, k: number): number {
  const o = p.o[k];
  const z = p.z[k];
  let next = p.w[depth];
  let total = 0;
  for (let i = depth - 1; i >= 0; i--) {
    if (o !== 0) {
      const tmp = next / ((i + 1) * o);
      total += tmp;
      next = p.w[i] - tmp * z * (depth - i);
    } else {
      total += p.w[i] / (z * (depth - i));
    }
  }
  return total * (depth + 1);
}

function copyPath(src: Path, len: number, size: number): Path {
  const p: Path = { d: new Int32Array(size), z: new Float64Array(size), o: new Float64Array(size), w: new Float64Array(size) };
  p.d.set(src.d.subarray(0, len));
  p.z.set(src.z.subarray(0, len));
  p.o.set(src.o.subarray(0, len));
  p.w.set(src.w.subarray(0, len));
  return p;
}

function recurse(t: FlatTree, x: ArrayLike<number>, phi: Float64Array, node: number, depth: number, parent: Path, pz: number, po: number, pi: number, size: number): void {
  const p = copyPath(parent, depth, size);
  extend(p, depth, pz, po, pi);
  if (t.left[node] < 0) {
    for (let i = 1; i <= depth; i++) {
      const w = unwoundSum(p, depth, i);
      phi[p.d[i]] += w * (p.o[i] - p.z[i]) * t.value[node];
    }
    return;
  }
  const left = goesLeft(t, node, x);
  const hot = left ? t.left[node] : t.right[node];
  const cold = left ? t.right[node] : t.left[node];
  const f = t.feature[node];
  let iz = 1;
  let io = 1;
  let k = 0;
  while (k <= depth && p.d[k] !== f) k++;
  if (k <= depth) {
    iz = p.z[k];
    io = p.o[k];
    unwind(p, depth, k);
    depth -= 1;
  }
  const c = t.cover[node];
  recurse(t, x, phi, hot, depth + 1, p, (t.cover[hot] / c) * iz, io, f, size);
  recurse(t, x, phi, cold, depth + 1, p, (t.cover[cold] / c) * iz, 0, f, size);
}

export interface Explanation {
  /** Expected margin (what the contributions start from). */
  base: number;
  /** One SHAP value per feature column, margin units. */
  contributions: Float64Array;
  /** base + Σ contributions = the model margin for this row. */
  margin: number;
}

/** Exact TreeSHAP contributions for one feature row (card feature order). */
export function explain(trees: TreeEnsemble | TreesDoc, row: Float32Array | Float64Array): Explanation {
  const model = asEnsemble(trees);
  const phi = new Float64Array(Math.max(model.nFeatures, row.length));
  for (const t of model.trees) {
    const size = t.depth + 2;
    const root: Path = { d: new Int32Array(size), z: new Float64Array(size), o: new Float64Array(size), w: new Float64Array(size) };
    recurse(t, row, phi, 0, 0, root, 1, 1, -1, size);
  }
  return { base: model.expectedValue, contributions: phi.subarray(0, row.length), margin: predictMargin(model, row) };
}
