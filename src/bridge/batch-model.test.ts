// Batch runs score with the ACTIVE model (issue #12): the champion when nothing was activated, another built-in
// model's own card and ONNX file, or a registry model's stored weights (checksum re-verified in the worker, so a
// changed record never scores) — and the run records that card's modelId.
import { describe, expect, it } from 'vitest';
import { loadCard } from '../../tests/unit/helpers/artifacts';
import { modelChecksum } from '../core/training/model-file';
import type { LogisticWeights } from '../core/training/types';
import { loadBatchRunner } from '../workers/batch/model';
import { activeBatchModel } from './batch-model';

const BASE = 'http://app.test/models/';
const champion = loadCard('conv-xgb-1');
const runnerUp = loadCard('conv-hgb-1');
const F = champion.features.length;

async function storedLogistic(): Promise<{ card: typeof champion; weights: LogisticWeights; sha256: string }> {
  const card = { ...champion, modelId: 'conv-logistic-test' };
  const weights: LogisticWeights = { kind: 'logistic', coef: Array.from({ length: F }, (_, j) => (j % 3) * 0.1), intercept: 0.5, means: new Array<number>(F).fill(0), scales: new Array<number>(F).fill(1), C: 0.1 };
  return { card, weights, sha256: await modelChecksum(card, weights) };
}

describe('activeBatchModel', () => {
  it('uses the champion when no model was activated', async () => {
    const m = await activeBatchModel(async () => champion, BASE, async () => undefined);
    expect(m.card.modelId).toBe('conv-xgb-1');
    expect(m.modelUrl).toBe(`${BASE}${champion.onnx.file}`);
    expect(m.stored).toBeUndefined();
  });

  it('uses another built-in model with its own card and ONNX file', async () => {
    const urls: string[] = [];
    const m = await activeBatchModel(async () => champion, BASE, async () => ({ modelId: 'conv-hgb-1' }), async (url) => { urls.push(url); return runnerUp; });
    expect(urls).toEqual([`${BASE}conv-hgb-1.card.json`]);
    expect(m.card.modelId).toBe('conv-hgb-1');
    expect(m.modelUrl).toBe(`${BASE}${runnerUp.onnx.file}`);
  });

  it('scores with a stored registry model and refuses one whose checksum changed', async () => {
    const stored = await storedLogistic();
    const m = await activeBatchModel(async () => champion, BASE, async () => ({ modelId: stored.card.modelId, stored }));
    expect(m.card.modelId).toBe('conv-logistic-test');
    expect(m.stored).toBe(stored);
    const runner = await loadBatchRunner(m.modelUrl, m.card, m.stored);
    const x = new Float32Array(2 * F).fill(1);
    const p = await runner.run(x, 2, F);
    const margin = stored.weights.coef.reduce((s, c) => s + c, stored.weights.intercept);
    expect(p[0]).toBeCloseTo(1 / (1 + Math.exp(-margin)), 6);
    await expect(loadBatchRunner(m.modelUrl, m.card, { ...stored, weights: { ...stored.weights, intercept: 9 } })).rejects.toThrow(/checksum/);
  });
});
