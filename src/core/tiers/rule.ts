/**
 * Which priority-tier rule applies to a score, read from the model card (browser and CLI alike): the card's
 * default (bands of calibrated probability since issue #13), or the thesis decile rule when the user chose it
 * in Settings / `--tiers decile`. Cards without a `tiers` block (older ones) keep the decile rule.
 */
import type { ModelCard, TierFigures, TierRule } from '../card/types';
import type { Segment } from '../lead';

export const TIER_RULES: readonly TierRule[] = ['probability', 'decile'];

/** The rule in force: the user's choice when the card supports it, else the card's default. */
export function effectiveTierRule(card: Pick<ModelCard, 'tiers'>, chosen?: TierRule): TierRule {
  if (!card.tiers) return 'decile';
  return chosen && TIER_RULES.includes(chosen) ? chosen : card.tiers.default;
}

/** The card with `chosen` as its tier rule (workers apply the user's setting once, not per row). */
export function withTierRule<C extends Pick<ModelCard, 'tiers'>>(card: C, chosen?: TierRule): C {
  if (!card.tiers || !chosen || chosen === card.tiers.default || !TIER_RULES.includes(chosen)) return card;
  return { ...card, tiers: { ...card.tiers, default: chosen } };
}

/** Thesis rule: the tier whose decile range holds `dec`. */
export function decileTier(card: Pick<ModelCard, 'segments'>, dec: number): Segment {
  for (const s of ['High', 'Medium', 'Low'] as const) {
    const [lo, hi] = card.segments[s];
    if (dec >= lo && dec <= hi) return s;
  }
  return 'Low';
}

/** Tier of a lead from its calibrated score and decile under the card's rule. */
export function tierOf(card: Pick<ModelCard, 'tiers' | 'segments'>, score: number, dec: number): Segment {
  const t = card.tiers;
  if (t && t.default === 'probability') return score >= t.probability.high ? 'High' : score < t.probability.low ? 'Low' : 'Medium';
  return decileTier(card, dec);
}

/** Validation conversion rate and share of each tier under the rule in force (undefined on older cards). */
export function tierValidation(card: Pick<ModelCard, 'tiers'>): TierFigures | undefined {
  return card.tiers ? card.tiers.validation[card.tiers.default] : undefined;
}
