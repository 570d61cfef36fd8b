// onnxruntime-node reproduces the fixture's raw probabilities, the full core pipeline reproduces
// its scores/decisions, and batching never changes a lead's score (bit-identical).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { featureMatrix } from '../../src/core/features';
import { scoreRows } from '../../src/core/score';
import { validateRow } from '../../src/core/validate';
import type { LeadValues } from '../../src/core/lead';
import { ARTIFACTS, haveArtifacts, loadCard, loadFixture } from './helpers/artifacts';
import { loadModel } from '../../src/cli/model';
import { createOrtRunner } from '../../src/cli/ort-runner';

describe.skipIf(!haveArtifacts)('ONNX parity (onnxruntime-node)', () => {
  const fx = haveArtifacts ? loadFixture() : (null as never);
  const values = (id: string): LeadValues[] => {
    const card = loadCard(id);
    return fx.rows.map((r, i) => {
      const v = validateRow(card, r.raw, i + 1);
      if (!v.ok) throw new Error(`fixture row ${i + 1} invalid`);
      return v.values;
    });
  };

  for (const id of haveArtifacts ? fx.modelIds : []) {
    it(`${id}: raw probabilities within 1e-5 and the pipeline reproduces scores and decisions`, async () => {
      const { card, onnxBytes } = await loadModel(ARTIFACTS, id);
      const runner = await createOrtRunner(card, onnxBytes);
      const vals = values(id);
      const p = await runner.run(featureMatrix(card, vals), vals.length, card.features.length);
      const scored = await scoreRows(card, runner, vals);
      await runner.release();
      fx.rows.forEach((r, i) => {
        const e = r.models[id];
        expect(Math.abs(p[i] - e.rawProbability), `row ${i + 1}`).toBeLessThanOrEqual(fx.tolerance.rawProbability);
        expect(Math.abs(scored[i].score - e.score), `row ${i + 1}`).toBeLessThanOrEqual(fx.tolerance.score);
        // Decisions/deciles can only flip when the score sits within tolerance of a cut point.
        expect(scored[i].predicted === 1, `row ${i + 1}`).toBe(e.decision);
        expect(scored[i].decile, `row ${i + 1}`).toBe(e.decile);
        expect(scored[i].segment).toBe(e.tier); // tiers follow the card rule (bands of calibrated probability); e.segment is the decile rule
        expect(scored[i].cluster).toBe(r.cluster);
      });
    });
  }

  it('a lead scored alone and inside a 10,000-row batch gets a bit-identical score', async () => {
    const { card, onnxBytes } = await loadModel(ARTIFACTS);
    const runner = await createOrtRunner(card, onnxBytes);
    const vals = values(card.modelId);
    const big = Array.from({ length: 10_000 }, (_, i) => vals[i % vals.length]);
    const inBatch = await scoreRows(card, runner, big, { batchSize: 10_000 });
    for (let i = 0; i < vals.length; i += 7) {
      const [alone] = await scoreRows(card, runner, [vals[i]]);
      expect(alone.rawProbability).toBe(inBatch[i].rawProbability);
      expect(alone.score).toBe(inBatch[i].score);
      expect(inBatch[i + vals.length].score).toBe(inBatch[i].score);
    }
    await runner.release();
  });

  it('rejects model bytes that do not match the card', async () => {
    const { card } = await loadModel(ARTIFACTS);
    const bytes = new Uint8Array(readFileSync(`${ARTIFACTS}${card.onnx.file}`));
    bytes[bytes.length - 1] ^= 1;
    const { verifyModelBytes } = await import('../../src/core/score');
    await expect(verifyModelBytes(card, bytes)).rejects.toThrow(/does not match its card/);
  });
});
