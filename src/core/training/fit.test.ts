// The logistic candidate (Newton/IRLS of src/core/forecast/logistic.ts) equals the Python pipeline's
// StandardScaler + sklearn LogisticRegression(C = 0.1) on the same card features of the same TRAIN rows
// (tests/golden/training_golden.py), and the full candidate path builds a valid card with its own decisions.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCard } from '../../../tests/unit/helpers/artifacts';
import { conversionTable, haveConversionData } from '../../../tests/unit/helpers/conversion-data';
import { parseCard } from '../card/load';
import { buildCandidate, compareOnValidation, validationRows } from './candidate';
import { cardTiers } from '../tiers/bands';
import { buildTrainingSet } from './dataset';
import { trainLogistic } from './fit';
import { predictMatrix } from './runners';

interface Golden { coef: number[]; intercept: number; means: number[]; scales: number[]; validFirst20: number[]; validAuc: number; names: string[] }
const golden = (JSON.parse(readFileSync(new URL('../../../tests/golden/training_golden.json', import.meta.url), 'utf8')) as { logistic: Golden }).logistic;

describe.skipIf(!haveConversionData)('logistic candidate vs sklearn', () => {
  const card = loadCard('conv-xgb-1');
  const set = buildTrainingSet(card, conversionTable());
  const names = card.features.map((f) => f.name);

  it('fits the same coefficients (~1e-6) on the same features', () => {
    expect(names).toEqual(golden.names);
    const { weights } = trainLogistic(set, names);
    weights.means.forEach((m, j) => expect(Math.abs(m - golden.means[j])).toBeLessThan(1e-9 * Math.max(1, Math.abs(m))));
    weights.scales.forEach((s, j) => expect(Math.abs(s - golden.scales[j]) / golden.scales[j]).toBeLessThan(1e-9));
    const diff = Math.max(Math.abs(weights.intercept - golden.intercept), ...weights.coef.map((c, j) => Math.abs(c - golden.coef[j])));
    console.log(`max |IRLS − sklearn| over intercept and ${weights.coef.length} coefficients: ${diff.toExponential(2)}`);
    expect(diff).toBeLessThan(1e-6);
    const v = validationRows(set);
    const p = predictMatrix(weights, v.x.subarray(0, 20 * set.features), 20, set.features);
    p.forEach((x, i) => expect(Math.abs(x - golden.validFirst20[i])).toBeLessThan(1e-6));
  });

  it('builds a candidate card with its own calibration, thresholds and deciles, and compares it', async () => {
    const { weights, algorithm } = trainLogistic(set, names);
    const cand = await buildCandidate(card, weights, set, { id: 'conv-logistic-test', algorithm, createdBy: 'u', createdAt: 0, dataSummary: 'x', dataSha256: 'abc', params: {} });
    expect(() => parseCard(cand.model.card)).not.toThrow();
    expect(cand.model.card.deciles.cutPoints).toHaveLength(9);
    // Its own tier bands (#13), from its validation scores, not the base card's.
    expect(cand.model.card.tiers).toEqual(cardTiers({ segments: card.segments, deciles: cand.model.card.deciles }, cand.score, cand.y));
    expect(cand.model.card.tiers?.probability).not.toEqual(card.tiers?.probability);
    const m = cand.model.card.metrics.validation as { raw: { rocAuc: number } };
    expect(m.raw.rocAuc).toBeCloseTo(golden.validAuc, 5);
    const trees = JSON.parse(readFileSync(new URL('../../../models/artifacts/conv-xgb-1.trees.json', import.meta.url), 'utf8'));
    const cmp = compareOnValidation(set, cand, { card, trees });
    expect(cmp.active.raw.rocAuc).toBeCloseTo(0.8571, 3);
    expect(cmp.allowed).toBe(false); // LR on raw values is clearly worse than the champion
  });
});
