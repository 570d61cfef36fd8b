/**
 * Priority tiers as bands of calibrated probability, chosen on the validation rows (issue #13). With an
 * 88% base rate the thesis decile rule labels leads "Low" at a 95% probability; bands make each tier's
 * conversion rate clearly different. Mirrors models/train/tiers.py exactly (a unit test recomputes the
 * shipped cards' bands from the parity fixture) so models trained in the browser get the same rule.
 *
 * Rule: candidate cuts are midpoints between consecutive distinct validation scores; Low = score < low,
 * Medium = low <= score < high, High = score >= high; each tier holds at least `minShare` of the rows;
 * the pair maximising Σ converters² / leads over the tiers (the between-tier sum of squares of the
 * outcome) wins; ties → the lowest low, then the lowest high.
 */
import type { ModelCard, TierFigures, TierSpec } from '../card/types';
import type { Segment } from '../lead';
import { bestCutPair, candidateCuts } from './band-search';

export const MIN_SHARE = 0.1;
export const TIER_RULE_TEXT =
  'Cut points on calibrated probability chosen on the validation rows: among midpoints between distinct validation scores, ' +
  'the pair (low, high) that maximises the between-tier sum of squares of the outcome (sum of converters^2 / leads per tier), ' +
  'each tier holding at least 10% of the validation rows. Low: score < low; Medium: low <= score < high; High: score >= high.';

export interface Bands { low: number; high: number }

/** The two cut points on calibrated probability (see the header for the rule). */
export function tierBands(scores: ArrayLike<number>, labels: ArrayLike<number>, minShare = MIN_SHARE): Bands {
  const { n, cum, below, cuts } = candidateCuts(scores, labels);
  const m = Math.ceil(minShare * n - 1e-9);
  const [bi, bj] = bestCutPair(below, cum, n, m);
  if (bi < 0) throw new Error('Too few distinct validation scores for three tiers');
  return { low: cuts[bi], high: cuts[bj] };
}

/** Tier of a calibrated score under bands. */
export function bandTier(b: Bands, score: number): Segment {
  return score >= b.high ? 'High' : score < b.low ? 'Low' : 'Medium';
}

/** Count, share and conversion rate of each tier, given each row's tier and label. */
export function tierFigures(tiers: readonly Segment[], labels: ArrayLike<number>): TierFigures {
  const n = tiers.length;
  const acc = { High: [0, 0], Medium: [0, 0], Low: [0, 0] };
  tiers.forEach((t, i) => {
    acc[t][0]++;
    acc[t][1] += labels[i];
  });
  const fig = (t: Segment) => ({ count: acc[t][0], share: acc[t][0] / n, conversionRate: acc[t][0] ? acc[t][1] / acc[t][0] : 0 });
  return { High: fig('High'), Medium: fig('Medium'), Low: fig('Low') };
}

/** The card's `tiers` block from calibrated validation scores, labels and the card's decile rule. */
export function cardTiers(card: Pick<ModelCard, 'segments' | 'deciles'>, scores: ArrayLike<number>, labels: ArrayLike<number>): TierSpec {
  const b = tierBands(scores, labels);
  const byBand = Array.from(scores, (s) => bandTier(b, s));
  const byDecile = Array.from(scores, (s) => {
    let d = 1;
    for (const c of card.deciles.cutPoints) if (c > s) d++;
    for (const k of ['High', 'Medium', 'Low'] as const) if (d >= card.segments[k][0] && d <= card.segments[k][1]) return k;
    return 'Low' as const;
  });
  return {
    default: 'probability', rule: TIER_RULE_TEXT, minShare: MIN_SHARE, probability: b,
    validation: { probability: tierFigures(byBand, labels), decile: tierFigures(byDecile, labels) },
  };
}
