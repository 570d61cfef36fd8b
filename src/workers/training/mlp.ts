/**
 * The MLP candidate with tfjs: standardised features → Dense(32, relu) → Dense(16, relu) → Dense(1, sigmoid),
 * Adam, validation ROC AUC after every epoch and early stopping that RESTORES the best epoch's weights
 * (tfjs 4.22's earlyStopping cannot: restoreBestWeights throws). Every tensor is disposed — a test checks
 * tf.memory().numTensors before and after. The tfjs module is passed in, so Node tests use the cpu backend
 * and the worker the wasm one. Weights are returned as plain arrays in the registry's DenseLayer layout.
 */
import type * as TF from '@tensorflow/tfjs';
import { rocAuc } from '../../core/metrics';
import type { FitHooks, RoundPoint } from '../../core/training/gbt';
import type { DenseLayer, MlpWeights } from '../../core/training/types';

export interface MlpOptions { hidden: number[]; maxEpochs: number; patience: number; batchSize: number; learningRate: number; seed: number }

/** Fewer epochs and larger batches on large files keep the time bounded (about 400k row-passes). */
export function mlpDefaults(rows: number): MlpOptions {
  return { hidden: [32, 16], maxEpochs: Math.min(60, Math.max(4, Math.round(400_000 / rows))), patience: 8, batchSize: rows > 20_000 ? 1024 : 128, learningRate: 0.003, seed: 42 };
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
  const xs = tf.tensor2d(scaled(x, n, F, s), [n, F]);
  const ys = tf.tensor2d(Float32Array.from(y), [n, 1]);
  const xvs = tf.tensor2d(scaled(xv, nv, F, s), [nv, F]);
  const model = tf.sequential();
  opts.hidden.forEach((units, k) => model.add(tf.layers.dense({ units, activation: 'relu', inputShape: k === 0 ? [F] : undefined, kernelInitializer: tf.initializers.glorotUniform({ seed: opts.seed + k }) })));
  model.add(tf.layers.dense({ units: 1, activation: 'sigmoid', kernelInitializer: tf.initializers.glorotUniform({ seed: opts.seed + 99 }) }));
  // Our optimizer instance: the model does not own it, so it is disposed below with the rest.
  const optimizer = tf.train.adam(opts.learningRate);
  model.compile({ optimizer, loss: 'binaryCrossentropy' });
  const history: RoundPoint[] = [];
  let best: Float32Array[] | undefined;
  let bestAuc = -Infinity;
  let bestEpoch = 0;
  try {
    await model.fit(xs, ys, {
      epochs: opts.maxEpochs, batchSize: opts.batchSize, shuffle: true, verbose: 0,
      callbacks: {
        onEpochEnd: async (epoch, logs) => {
          const pv = tf.tidy(() => (model.predict(xvs) as TF.Tensor).dataSync() as Float32Array);
          const auc = rocAuc(yv, pv);
          const point = { step: epoch + 1, loss: Number(logs?.loss ?? NaN), validMetric: auc };
          history.push(point);
          hooks.onStep?.(point);
          if (auc > bestAuc) {
            bestAuc = auc;
            bestEpoch = epoch + 1;
            best = model.getWeights().map((w) => w.dataSync().slice() as Float32Array);
          }
          if (epoch + 1 - bestEpoch >= opts.patience || hooks.shouldStop?.()) model.stopTraining = true;
        },
      },
    });
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
    tf.dispose([xs, ys, xvs]);
  }
}
