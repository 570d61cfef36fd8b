// The MLP candidate on tfjs (cpu backend in Node): it learns, early stopping restores the best epoch's weights
// (the exported weights score the validation rows exactly as well as the best epoch did), the plain-JS forward
// pass of the stored weights equals tfjs, and no tensor is leaked (tf.memory().numTensors before = after).
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { prng } from '../../core/demo/demo-leads';
import { rocAuc } from '../../core/metrics';
import { predictMatrix } from '../../core/training/runners';
import { trainMlp } from './mlp';

function synthetic(n: number, F: number, seed: number): { x: Float64Array; y: Uint8Array } {
  const r = prng(seed);
  const x = new Float64Array(n * F);
  const y = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < F; j++) x[i * F + j] = r() * 100;
    const m = (x[i * F] - 50) / 15 + (x[i * F + 1] > 60 ? 1.5 : -0.5) + (r() - 0.5) * 2;
    y[i] = m > 0 ? 1 : 0;
  }
  return { x, y };
}

describe('MLP candidate (tfjs)', () => {
  it('trains, restores the best epoch, matches the JS forward pass and leaks no tensors', async () => {
    await tf.setBackend('cpu');
    const F = 5;
    const tr = synthetic(1500, F, 3);
    const va = synthetic(500, F, 4);
    const before = tf.memory().numTensors;
    const r = await trainMlp(tf, tr.x, tr.y, va.x, va.y, F, { hidden: [8, 4], maxEpochs: 10, patience: 10, batchSize: 32, learningRate: 0.08, seed: 1 });
    expect(tf.memory().numTensors).toBe(before);
    const best = Math.max(...r.history.map((h) => h.validMetric));
    const p = predictMatrix(r.weights, va.x, va.y.length, F);
    const auc = rocAuc(va.y, p);
    console.log(`MLP: ${r.history.length} epochs, best epoch ${r.bestEpoch} (val AUC ${best.toFixed(4)}), restored weights score ${auc.toFixed(4)}`);
    expect(auc).toBeGreaterThan(0.85);
    expect(auc).toBeCloseTo(best, 4);
  });
});
