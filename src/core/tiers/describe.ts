/**
 * Plain-English description of the tier rule in force, for the CLI summary (the UI has its own i18n
 * strings): each tier's count in this file beside its validation conversion rate and share.
 */
import type { ModelCard } from '../card/types';
import type { Segment } from '../lead';
import { effectiveTierRule } from './rule';

const pct = (x: number, d = 1): string => `${(x * 100).toFixed(d)}%`;

export function tierRange(card: Pick<ModelCard, 'tiers' | 'segments'>, t: Segment): string {
  if (effectiveTierRule(card) === 'probability' && card.tiers) {
    const { low, high } = card.tiers.probability;
    return t === 'High' ? `score >= ${pct(high)}` : t === 'Low' ? `score < ${pct(low)}` : `${pct(low)} <= score < ${pct(high)}`;
  }
  const [lo, hi] = card.segments[t];
  return `deciles ${lo}-${hi}`;
}

export function describeTiers(card: Pick<ModelCard, 'tiers' | 'segments'>, counts: Record<Segment, number>): string[] {
  const rule = effectiveTierRule(card);
  const v = card.tiers?.validation[rule];
  const head = rule === 'probability' ? 'priority tiers (bands of calibrated probability, chosen on the validation rows):' : 'priority tiers (thesis rule: deciles 1-3 / 4-7 / 8-10):';
  return [head, ...(['High', 'Medium', 'Low'] as const).map((t) =>
    `  ${t.padEnd(6)} ${String(counts[t]).padStart(7)} leads  (${tierRange(card, t)}` +
    (v ? `; validation: ${pct(v[t].conversionRate)} converted, ${pct(v[t].share, 0)} of leads)` : ')'))];
}
