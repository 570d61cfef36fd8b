// Core parity with the Python pipeline: features (1e-9), decisions and clusters from the fixture,
// and TreeSHAP local accuracy / margin on the real trees (ORT itself is checked in tests/unit).
import { describe, expect, it } from 'vitest';
import { calibrate, decile, decision, segment, tier, assignCluster } from './decide';
import { featureMatrix, featureRow } from './features';
import { explain, loadTrees } from './treeshap';
import { validateRow } from './validate';
import { ARTIFACTS, haveArtifacts, loadCard, loadFixture, readJson } from '../../tests/unit/helpers/artifacts';

describe.skipIf(!haveArtifacts)('parity with models/artifacts/parity_fixture.json', () => {
  const fx = haveArtifacts ? loadFixture() : (null as never);
  const cards = haveArtifacts ? fx.modelIds.map(loadCard) : [];
  const validated = () =>
    fx.rows.map((r, i) => {
      const v = validateRow(cards[0], r.raw, i + 1);
      if (!v.ok) throw new Error(`fixture row ${i + 1} invalid: ${JSON.stringify(v.errors)}`);
      return v.values;
    });

  it('feature names match the cards', () => {
    for (const c of cards) expect(c.features.map((f) => f.name)).toEqual(fx.featureNames);
  });

  it('features reproduce the fixture within 1e-9 (float64) and float32 cast matches', () => {
    const vals = validated();
    let worst = 0;
    vals.forEach((v, i) => {
      const row = featureRow(cards[0], v);
      fx.rows[i].features.forEach((e, j) => (worst = Math.max(worst, Math.abs(row[j] - e))));
    });
    expect(worst).toBeLessThanOrEqual(fx.tolerance.features);
    const m = featureMatrix(cards[0], vals);
    const F = fx.featureNames.length;
    fx.rows.forEach((r, i) => r.features.forEach((e, j) => expect(m[i * F + j]).toBe(Math.fround(e))));
  });

  it('calibration, decision, decile, segment and cluster match for every model', () => {
    const vals = validated();
    for (const card of cards) {
      fx.rows.forEach((r, i) => {
        const e = r.models[card.modelId];
        const score = calibrate(card, e.rawProbability);
        expect(Math.abs(score - e.score)).toBeLessThanOrEqual(1e-12);
        expect(decision(card, e.score) === 1).toBe(e.decision);
        expect(decile(card, e.score)).toBe(e.decile);
        expect(segment(card, e.decile)).toBe(e.segment);
        expect(tier(card, e.score, e.decile)).toBe(e.tier);
        expect(assignCluster(card, vals[i]).index).toBe(r.cluster);
      });
    }
  });

  it('TreeSHAP: base + contributions = margin (1e-6); margin reproduces the fixture probability', () => {
    const vals = validated();
    for (const card of cards) {
      if (!card.explain) continue;
      const trees = loadTrees(readJson(`${ARTIFACTS}${card.explain.file}`));
      expect(trees.margin).toBe(card.explain.margin);
      fx.rows.forEach((r, i) => {
        const x = featureMatrix(card, [vals[i]]);
        const e = explain(trees, x);
        const sum = e.contributions.reduce((s, c) => s + c, e.base);
        expect(Math.abs(sum - e.margin)).toBeLessThanOrEqual(1e-6);
        const p = r.models[card.modelId].rawProbability;
        if (trees.margin === 'logit') {
          // The library sums hundreds of leaves in float32 and returns a float32 probability: allow that
          // accumulated rounding (≈ 1e-4 in logit space) plus the output's half-ulp magnified by 1/(p(1-p)).
          // The probability itself must still match within the fixture tolerance (next line).
          const tol = 1e-4 + 2 ** -25 / (p * (1 - p));
          expect(Math.abs(e.margin - Math.log(p / (1 - p))), `${card.modelId} row ${i + 1}`).toBeLessThanOrEqual(tol);
          expect(Math.abs(1 / (1 + Math.exp(-e.margin)) - p)).toBeLessThanOrEqual(fx.tolerance.rawProbability);
        } else {
          expect(Math.abs(e.margin - p), `${card.modelId} row ${i + 1}`).toBeLessThanOrEqual(1e-5);
        }
      });
    }
  });
});
