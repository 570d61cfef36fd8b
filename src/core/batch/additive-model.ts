/**
 * A compiled evaluator for depth-1 (additive) tree ensembles — the champion's XGBoost shape — so batch
 * inference is one flat loop over typed arrays (feature, threshold, left and right value per stump) instead
 * of ONNX Runtime's generic tree walk through the wasm boundary. It reproduces ONNX Runtime's arithmetic, not
 * the exact sum: float32 inputs compared with float32 thresholds ('<'), float32 leaves summed in float32 in
 * tree order, the float32 base added last, a float32 logistic. (A float64 step-function sum was tried first:
 * faster still, but 3.6e-7 off ORT's float32 noise on the raw probability, which isotonic calibration's slopes
 * amplified to 6e-6 on scores.) ONNX Runtime stays the reference: compileAdditive returns undefined for
 * anything else (deeper trees, '<=' splits, probability margins), a batch worker checks its first chunk
 * against ONNX Runtime (workers/batch/model.ts), and a unit test compares every row of a 100k sample.
 * A row with a NaN among the used inputs gets NaN (the caller sends such chunks to ONNX Runtime).
 */
import type { ModelRunner } from '../score';
import type { TreeEnsemble } from '../treeshap';

export interface AdditiveModel extends ModelRunner {
  /** Number of stumps. */
  readonly stumps: number;
  /** P(class 1) per row; NaN for a row with a NaN among the used inputs. */
  probabilities(x: Float32Array, rows: number, cols: number): Float32Array;
}

/** Builds the evaluator, or undefined when the ensemble is not a logit sum of '<' stumps. */
export function compileAdditive(ens: TreeEnsemble): AdditiveModel | undefined {
  if (ens.margin !== 'logit') return undefined;
  const fr = Math.fround;
  const stumps: { f: number; t: number; l: number; r: number; leaf?: true }[] = [];
  for (const tree of ens.trees) {
    const n = tree.feature.length;
    if (n === 1 && tree.left[0] < 0) {
      // A leaf-only tree adds its value in its turn: a stump whose both sides hold it.
      stumps.push({ f: 0, t: Infinity, l: tree.value[0], r: tree.value[0], leaf: true });
      continue;
    }
    if (n !== 3 || tree.lessEq[0] !== 0 || tree.left[0] < 0) return undefined;
    const l = tree.left[0];
    const r = tree.right[0];
    if (tree.left[l] >= 0 || tree.left[r] >= 0) return undefined;
    stumps.push({ f: tree.feature[0], t: tree.threshold[0], l: tree.value[l], r: tree.value[r] });
  }
  const T = stumps.length;
  const tf = Int32Array.from(stumps, (s) => s.f);
  const tt = Float32Array.from(stumps, (s) => s.t);
  const tl = Float32Array.from(stumps, (s) => s.l);
  const tr = Float32Array.from(stumps, (s) => s.r);
  const used = Int32Array.from(new Set(stumps.filter((s) => !s.leaf).map((s) => s.f)));
  const usedMax = used.reduce((m, f) => Math.max(m, f), -1);
  const base = fr(ens.base);

  function probabilities(x: Float32Array, rows: number, cols: number): Float32Array {
    if (usedMax >= cols) throw new Error(`model uses feature ${usedMax} but rows have ${cols}`);
    const p = new Float32Array(rows);
    for (let i = 0, o = 0; i < rows; i++, o += cols) {
      let nan = false;
      for (let k = 0; k < used.length; k++) if (x[o + used[k]] !== x[o + used[k]]) nan = true;
      if (nan) {
        p[i] = NaN;
        continue;
      }
      let s = 0;
      for (let t = 0; t < T; t++) s = fr(s + (x[o + tf[t]] < tt[t] ? tl[t] : tr[t]));
      const m = fr(s + base);
      const e = fr(1 / fr(1 + fr(Math.exp(-Math.abs(m)))));
      p[i] = m < 0 ? fr(1 - e) : e;
    }
    return p;
  }

  return {
    stumps: T,
    probabilities,
    async run(x, rows, cols) {
      const p = probabilities(x, rows, cols);
      for (let i = 0; i < rows; i++) if (p[i] !== p[i]) throw new Error('[nan_input] compiled evaluator got a NaN input');
      return p;
    },
  };
}
