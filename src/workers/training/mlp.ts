/**
 * The MLP candidate with tfjs: standardised features → Dense(32, relu) → Dense(16, relu) → Dense(1, sigmoid),
 * Adam on sigmoid cross-entropy (own batch loop), validation ROC AUC after every epoch and early stopping that RESTORES the best epoch's weights
 * (tfjs 4.22's earlyStopping cannot: restoreBestWeights throws). Every tensor is disposed — a test checks
 * tf.memory().numTensors before and after. The tfjs module is passed in, so Node tests use the cpu backend
 * and the worker the wasm one. Weights are returned as plain arrays in the registry's DenseLayer layout.
 */
import type * as TF from '@tensorflow/tfjs';
import { prng } from '../../core/demo/demo-leads';
import { rocAuc } from '../../core/metrics';
import type { FitHooks, RoundPoint } from '../../core/training/gbt';
import type { DenseLayer, MlpWeights } from '../../core/training/types';

export interface MlpOptions { hidden: number[]; maxEpochs: number; patience: number; batchSize: number; learningRate: number; seed: number }

/**
 * Fewer epochs and larger batches on large files keep the time bounded (about 300k row-passes; with batches of
 * 4096 a step's fixed cost in the wasm backend no longer dominates), with a larger step to match the batch and
 * early stopping (patience 2) on validation ROC AUC.
 */
export function mlpDefaults(rows: number): MlpOptions {
  const large = rows > 20_000;
  return {
    hidden: [32, 16], maxEpochs: Math.min(60, Math.max(3, Math.round(300_000 / rows))), patience: large ? 2 : 8,
    batchSize: large ? 4096 : 128, learningRate: large ? 0.01 : 0.003, seed: 42,
  };
}

function standardizer(x: Float64Array, n: number, F: number): { mean: number[]; scale: number[] } {
  const mean = new Array<number>(F).fill(0);
  const sq = new Array<number>(F).fill(0);
  for (let i = 0; i < n; i++) for (let j = 0; j < F; j++) mean[j] += x[i * F + j];
  for (let j = 0; j < F; j++) mean[j] /= n;
  for (let i = 0; i < n; i++) for (let j = 0; j < F; j++) sq[j] += (x[i * F + j] - mean[j]) ** 2;
  return { mean, scale: sq.map((s) => Math.sqrt(s / n) || 1) };
}

function scaled(x: Float64Array, n: number, F: number, s: { mean: number[]; scale: number[] }): Float32Array {
  const out = new Float32Array(n * F);
  for (let i = 0; i < n; i++) for (let j = 0; j < F; j++) out[i * F + j] = (Math.fround(x[i * F + j]) - s.mean[j]) / s.scale[j];
  return out;
}

export async function trainMlp(tf: typeof TF, x: Float64Array, y: Uint8Array, xv: Float64Array, yv: Uint8Array, F: number, opts: MlpOptions, hooks: FitHooks = {}): Promise<{ weights: MlpWeights; history: RoundPoint[]; bestEpoch: number }> {
  const n = y.length;
  const nv = yv.length;
  const s = standardizer(x, n, F);
  const xsData = scaled(x, n, F, s);
  const xvs = tf.tensor2d(scaled(xv, nv, F, s), [nv, F]);
  const model = tf.sequential();
  opts.hidden.forEach((units, k) => model.add(tf.layers.dense({ units, activation: 'relu', inputShape: k === 0 ? [F] : undefined, kernelInitializer: tf.initializers.glorotUniform({ seed: opts.seed + k }) })));
  // The output layer is linear here (logits, for a numerically stable sigmoid cross-entropy); the stored weights
  // put the sigmoid back on it (see `dense` below).
  model.add(tf.layers.dense({ units: 1, activation: 'linear', kernelInitializer: tf.initializers.glorotUniform({ seed: opts.seed + 99 }) }));
  const optimizer = tf.train.adam(opts.learningRate);
  const vars = model.trainableWeights.map((w) => w.read() as TF.Variable);
  const history: RoundPoint[] = [];
  let best: Float32Array[] | undefined;
  let bestAuc = -Infinity;
  let bestEpoch = 0;
  try {
    // Our own loop rather than model.fit: tfjs-layers slices its index tensor through the wasm backend's slice
    // kernel, which reads the whole tensor back to JS on every batch. Batches are gathered here from the scaled
    // Float32Array in a seeded shuffled order.
    const order = Int32Array.from({ length: n }, (_, i) => i);
    const rand = prng(opts.seed);
    for (let epoch = 0; epoch < opts.maxEpochs && !hooks.shouldStop?.(); epoch++) {
      for (let i = n - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); const t = order[i]; order[i] = order[j]; order[j] = t; }
      let lossSum = 0;
      for (let b0 = 0; b0 < n; b0 += opts.batchSize) {
        const m = Math.min(opts.batchSize, n - b0);
        const xb = new Float32Array(m * F);
        const yb = new Float32Array(m);
        for (let k = 0; k < m; k++) { const i = order[b0 + k]; xb.set(xsData.subarray(i * F, (i + 1) * F), k * F); yb[k] = y[i]; }
        const cost = tf.tidy(() => {
          const xt = tf.tensor2d(xb, [m, F]);
          const yt = tf.tensor2d(yb, [m, 1]);
          return optimizer.minimize(() => tf.losses.sigmoidCrossEntropy(yt, model.apply(xt) as TF.Tensor) as TF.Scalar, true, vars) as TF.Scalar;
        });
        lossSum += (await cost.data())[0] * m;
        cost.dispose();
      }
      // apply, not predict: predict batches by 32 rows and the wasm slice kernel copies all of xvs for each batch.
      const pv = tf.tidy(() => (model.apply(xvs) as TF.Tensor).dataSync() as Float32Array);
      const auc = rocAuc(yv, pv);
      const point = { step: epoch + 1, loss: lossSum / n, validMetric: auc };
      history.push(point);
      hooks.onStep?.(point);
      if (auc > bestAuc) {
        bestAuc = auc;
        bestEpoch = epoch + 1;
        best = model.getWeights().map((w) => w.dataSync().slice() as Float32Array);
      }
      if (epoch + 1 - bestEpoch >= opts.patience) break;
    }
    if (!best) throw new Error('MLP training stopped before the first epoch');
    // Own best-weights restore: the layers' current values are replaced by the best epoch's copies.
    const restored = best.map((data, k) => tf.tensor(data, model.getWeights()[k].shape));
    model.setWeights(restored);
    restored.forEach((t) => t.dispose());
    const dense = model.layers.map((layer, k): DenseLayer => {
      const [kernel, bias] = layer.getWeights();
      const [inputs, units] = kernel.shape as [number, number];
      const kd = kernel.dataSync();
      const weights = new Array<number>(inputs * units);
      for (let i = 0; i < inputs; i++) for (let u = 0; u < units; u++) weights[u * inputs + i] = kd[i * units + u];
      return { inputs, units, weights, bias: Array.from(bias.dataSync()), activation: k === model.layers.length - 1 ? 'sigmoid' : 'relu' };
    });
    return { weights: { kind: 'mlp', mean: s.mean, scale: s.scale, layers: dense }, history, bestEpoch };
  } finally {
    model.dispose();
    optimizer.dispose();
    xvs.dispose();
  }
}
