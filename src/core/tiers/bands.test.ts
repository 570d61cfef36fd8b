// Tier bands: the TypeScript computation equals the Python pipeline's (the shipped cards' tiers block is
// recomputed from the calibrated validation scores and labels kept in the parity fixture), plus the rule itself.
import { describe, expect, it } from 'vitest';
import { bandTier, cardTiers, tierBands } from './bands';
import { effectiveTierRule, tierOf, withTierRule } from './rule';
import { haveArtifacts, loadCard, loadFixture } from '../../../tests/unit/helpers/artifacts';

describe('tier bands', () => {
  it('picks the cut pair with the largest between-tier sum of squares (hand example, same as test_tiers.py)', () => {
    const s = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95];
    const y = [0, 0, 1, 0, 1, 0, 1, 1, 1, 1];
    expect(tierBands(s, y, 0.2)).toEqual({ low: 0.25, high: (0.6 + 0.7) / 2 });
    expect(bandTier({ low: 0.25, high: 0.65 }, 0.65)).toBe('High');
    expect(bandTier({ low: 0.25, high: 0.65 }, 0.2)).toBe('Low');
  });

  it.skipIf(!haveArtifacts)('equals the Python computation on every shipped card (validation rows)', () => {
    const fx = loadFixture();
    for (const id of fx.modelIds) {
      const card = loadCard(id);
      const v = fx.validation[id];
      expect(v.score.length).toBe(card.training.rows.valid);
      expect(cardTiers(card, v.score, v.label)).toEqual(card.tiers);
      const f = card.tiers!.validation.probability;
      expect(f.High.conversionRate).toBeGreaterThan(f.Medium.conversionRate);
      expect(f.Medium.conversionRate).toBeGreaterThan(f.Low.conversionRate);
    }
  });

  it.skipIf(!haveArtifacts)('the rule comes from the card; the thesis decile rule is a choice', () => {
    const card = loadCard(loadFixture().modelIds[0]);
    expect(effectiveTierRule(card)).toBe('probability');
    expect(tierOf(card, 0.9, 9)).toBe('Medium');
    expect(tierOf(withTierRule(card, 'decile'), 0.9, 9)).toBe('Low');
    expect(effectiveTierRule({ tiers: undefined })).toBe('decile');
  });
});
