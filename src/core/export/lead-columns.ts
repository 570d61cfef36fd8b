/**
 * The output columns every lead export carries (run export, single-leads export, `npm run score`), so a
 * file from any of them reads the same (issue #13): the exact probability and the score as the UI shows it,
 * the decision, the priority tier beside its validation conversion rate and share (how much the tier means),
 * the cluster, and the threshold and model that produced them. The columns added by issue #13 come after the
 * older ones, so scripts reading the first six by position keep working.
 */
import type { ModelCard, TierRule } from '../card/types';
import type { ScoredLead, Segment } from '../lead';

export const OUTPUT_COLUMNS = [
  'score', 'predicted_conversion', 'decile', 'priority_segment', 'cluster', 'cluster_name',
  'score_percent', 'tier_validation_conversion_rate', 'tier_validation_share', 'threshold', 'model_id',
] as const;
export type OutputColumn = (typeof OUTPUT_COLUMNS)[number];

/** One scored lead's outputs, as stored by runs, single leads and the CLI. */
export type LeadOutputs = Pick<ScoredLead, 'score' | 'predicted' | 'decile' | 'segment' | 'cluster' | 'clusterName'>;

export interface OutputContext {
  /** The card's tier block gives each tier's validation figures; absent (older cards): blank cells. */
  card?: Pick<ModelCard, 'tiers'>;
  /** The rule the lead was tiered with (runs and leads before issue #13: 'decile'). */
  tierRule: TierRule;
  threshold: number | undefined;
  modelId: string;
  /** The tier as written in the file (the UI passes its own language's words; default the code: High/Medium/Low). */
  tierLabel?: (s: Segment) => string;
}

/** "96.1": the score as the UI shows it, in percent with one decimal. */
export function scorePercent(score: number): number {
  return Math.round(score * 1000) / 10;
}

/** The cells of OUTPUT_COLUMNS for one lead, in that order. */
export function outputCells(o: LeadOutputs, ctx: OutputContext): (string | number)[] {
  const f = ctx.card?.tiers?.validation[ctx.tierRule]?.[o.segment];
  return [
    o.score, o.predicted, o.decile, ctx.tierLabel ? ctx.tierLabel(o.segment) : o.segment, o.cluster, o.clusterName,
    scorePercent(o.score), f ? f.conversionRate : '', f ? f.share : '', ctx.threshold ?? '', ctx.modelId,
  ];
}
