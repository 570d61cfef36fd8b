/**
 * A compiled evaluator for depth-1 (additive) tree ensembles — the champion's XGBoost shape — so batch
 * inference costs one binary search per used feature instead of walking hundreds of stumps in ONNX Runtime.
 * Every stump on feature f adds (x_f < t ? left : right), so the sum over a feature's stumps is a step
 * function of x_f: sorted unique thresholds and the sum for each interval, precomputed in float64 in tree
 * order. Comparisons are made on the float32 input against float32 thresholds, exactly as ONNX Runtime does.
 * ONNX Runtime stays the reference: compileAdditive returns undefined for anything it cannot prove it
 * handles (deeper trees, '<=' splits, probability margins), and a batch worker checks the compiled scores
 * against ONNX on its first chunk before trusting it (see workers/batch/model.ts); unit tests compare
 * every row of a 100k sample. Rows holding NaN are not evaluated here (`run` reports them, the caller
 * sends that chunk to ONNX Runtime).
 */
import type { ModelRunner } from '../score';
import type { TreeEnsemble } from '../treeshap';
import { countAtMost } from './search';

interface Step {
  feature: number;
  /** Sorted unique float32 thresholds. */
  cuts: Float32Array;
  /** sums[j] = Σ stump values when exactly j cuts are ≤ x (x < cut → left). Length cuts.length + 1. */
  sums: Float64Array;
}

export interface AdditiveModel extends ModelRunner {
  readonly features: number;
  /** P(class 1) per row; NaN for a row with a NaN input among the used features. */
  probabilities(x: Float32Array, rows: number, cols: number): Float32Array;
}

/** Builds the evaluator, or undefined when the ensemble is not a logit sum of '<' stumps. */
export function compileAdditive(ens: TreeEnsemble): AdditiveModel | undefined {
  if (ens.margin !== 'logit') return undefined;
  let constant = ens.base;
  const byFeature = new Map<number, { t: number; l: number; r: number }[]>();
  for (const tree of ens.trees) {
    const n = tree.feature.length;
    if (n === 1 && tree.left[0] < 0) {
      constant += tree.value[0];
      continue;
    }
    if (n !== 3 || tree.lessEq[0] !== 0 || tree.left[0] < 0) return undefined;
    const l = tree.left[0];
    const r = tree.right[0];
    if (tree.left[l] >= 0 || tree.left[r] >= 0) return undefined;
    const f = tree.feature[0];
    if (!byFeature.has(f)) byFeature.set(f, []);
    byFeature.get(f)!.push({ t: tree.threshold[0], l: tree.value[l], r: tree.value[r] });
  }
  const steps: Step[] = [];
  for (const [feature, stumps] of [...byFeature].sort((a, b) => a[0] - b[0])) {
    const cuts = Float32Array.from(new Set(stumps.map((s) => s.t))).sort();
    const sums = new Float64Array(cuts.length + 1);
    for (let j = 0; j <= cuts.length; j++) {
      // Any x with exactly j cuts ≤ x: a stump goes left iff x < its threshold iff its threshold is cuts[≥ j].
      let s = 0;
      for (const st of stumps) s += st.t >= (j < cuts.length ? cuts[j] : Infinity) ? st.l : st.r;
      sums[j] = s;
    }
    steps.push({ feature, cuts, sums });
  }
  const usedMax = steps.reduce((m, s) => Math.max(m, s.feature), -1);

  function probabilities(x: Float32Array, rows: number, cols: number): Float32Array {
    if (usedMax >= cols) throw new Error(`model uses feature ${usedMax} but rows have ${cols}`);
    const margin = new Float64Array(rows).fill(constant);
    for (const { feature, cuts, sums } of steps) {
      for (let i = 0, o = feature; i < rows; i++, o += cols) {
        const v = x[o];
        if (v !== v) {
          margin[i] = NaN;
          continue;
        }
        margin[i] += sums[countAtMost(cuts, v)];
      }
    }
    const p = new Float32Array(rows);
    for (let i = 0; i < rows; i++) {
      const m = margin[i];
      p[i] = m >= 0 ? 1 / (1 + Math.exp(-m)) : Math.exp(m) / (1 + Math.exp(m));
    }
    return p;
  }

  return {
    features: steps.length,
    probabilities,
    async run(x, rows, cols) {
      const p = probabilities(x, rows, cols);
      for (let i = 0; i < rows; i++) if (p[i] !== p[i]) throw new Error('[nan_input] compiled evaluator got a NaN input');
      return p;
    },
  };
}
