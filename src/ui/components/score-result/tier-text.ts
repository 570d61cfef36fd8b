/**
 * Words for a priority tier wherever tiers appear (score result, run summary, settings): the range that
 * defines it under the rule in force (probability band or deciles) and its validation conversion rate and
 * share, read from the model card's `tiers` block (issue #13).
 */
import type { ModelCard, TierRule } from '../../../core/card/types';
import type { Segment } from '../../../core/lead';
import { fmtPercent, t } from '../../i18n/i18n';

type TierCard = Pick<ModelCard, 'tiers' | 'segments'>;

/** "score at least 94.8%" / "deciles 1–3". */
export function tierRangeText(card: TierCard, rule: TierRule, s: Segment): string {
  if (rule === 'probability' && card.tiers) {
    const { low, high } = card.tiers.probability;
    return t(`tier.range.${s}`, { low: fmtPercent(low), high: fmtPercent(high) });
  }
  const [lo, hi] = card.segments[s];
  return t('tier.range.decile', { lo, hi });
}

/** "On validation leads: 96.1% converted; 75% of leads are in this tier." ('' on older cards). */
export function tierValidationText(card: TierCard, rule: TierRule, s: Segment, short = false): string {
  const f = card.tiers?.validation[rule][s];
  if (!f) return '';
  return t(short ? 'tier.figure' : 'tier.validation', { rate: fmtPercent(f.conversionRate), share: fmtPercent(f.share) });
}
