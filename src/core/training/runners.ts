/**
 * Scoring with a browser-trained model: a core ModelRunner per weight kind, so the scoring worker, the
 * training worker (candidate vs active on the same rows) and Node tests all run one implementation —
 * logistic regression as a linear margin, boosted trees through TreeSHAP's own traversal (the very trees
 * explanations read) and the MLP as a plain forward pass of its stored weights. Output: P(class 1).
 */
import type { ModelRunner } from '../score';
import { loadTrees, predictMargin, type TreeEnsemble } from '../treeshap';
import type { DenseLayer, LogisticWeights, MlpWeights, ModelWeights } from './types';

export const sigmoid = (t: number): number => (t >= 0 ? 1 / (1 + Math.exp(-t)) : Math.exp(t) / (1 + Math.exp(t)));

export function logisticMargin(w: LogisticWeights, x: ArrayLike<number>, offset = 0): number {
  let m = w.intercept;
  for (let j = 0; j < w.coef.length; j++) m += (w.coef[j] * (x[offset + j] - w.means[j])) / w.scales[j];
  return m;
}

function dense(layer: DenseLayer, input: Float64Array): Float64Array {
  const out = new Float64Array(layer.units);
  for (let u = 0; u < layer.units; u++) {
    let s = layer.bias[u];
    const base = u * layer.inputs;
    for (let k = 0; k < layer.inputs; k++) s += layer.weights[base + k] * input[k];
    out[u] = layer.activation === 'relu' ? (s > 0 ? s : 0) : layer.activation === 'sigmoid' ? sigmoid(s) : s;
  }
  return out;
}

/** P(class 1) of the MLP for one row (the last layer is a single sigmoid unit). */
export function mlpProbability(w: MlpWeights, x: ArrayLike<number>, offset = 0): number {
  let h: Float64Array = Float64Array.from(w.mean, (m, j) => (x[offset + j] - m) / w.scale[j]);
  for (const layer of w.layers) h = dense(layer, h);
  return h[0];
}

/** Per-row probability function for any stored weights. */
export function probabilityFn(weights: ModelWeights): (x: ArrayLike<number>, offset: number, cols: number) => number {
  switch (weights.kind) {
    case 'logistic':
      return (x, o) => sigmoid(logisticMargin(weights, x, o));
    case 'mlp':
      return (x, o) => mlpProbability(weights, x, o);
    case 'gbt': {
      const ens: TreeEnsemble = loadTrees(weights.trees);
      return (x, o, cols) => sigmoid(predictMargin(ens, x instanceof Float32Array ? x.subarray(o, o + cols) : Array.prototype.slice.call(x, o, o + cols) as number[]));
    }
  }
}

/** A ModelRunner over stored weights (same seam as the ONNX runner). */
export function weightsRunner(weights: ModelWeights): ModelRunner {
  const f = probabilityFn(weights);
  return {
    run(x, rows, cols) {
      const p = new Float32Array(rows);
      for (let i = 0; i < rows; i++) p[i] = f(x, i * cols, cols);
      return Promise.resolve(p);
    },
  };
}

/** Raw probabilities for a row-major float64 matrix (training-time evaluation; features cast to float32 like scoring). */
export function predictMatrix(weights: ModelWeights, x: Float64Array, rows: number, cols: number): Float64Array {
  const f = probabilityFn(weights);
  const x32 = Float32Array.from(x);
  const out = new Float64Array(rows);
  for (let i = 0; i < rows; i++) out[i] = Math.fround(f(x32, i * cols, cols));
  return out;
}
