/**
 * Each priority tier's actual conversion on a labelled file (issue #13): how many of the tier's leads
 * carried a label, how many of them converted, and the rate, shown on the run summary beside the tier's
 * validation rate so an analyst sees whether the tiers still separate outcomes on their own data.
 */
import type { Segment } from '../lead';

export interface TierOutcome { count: number; positives: number; rate: number }
export type TierOutcomes = Record<Segment, TierOutcome>;

const ORDER: readonly Segment[] = ['High', 'Medium', 'Low'];

/** Outcomes per tier; `segments[i]` indexes High/Medium/Low (0/1/2, as stored), `labels[i]` is 0 or 1. */
export function tierOutcomes(labels: ArrayLike<number>, segments: ArrayLike<number>): TierOutcomes {
  const count = [0, 0, 0];
  const pos = [0, 0, 0];
  for (let i = 0; i < labels.length; i++) {
    const s = segments[i];
    if (s > 2) continue;
    count[s]++;
    pos[s] += labels[i] ? 1 : 0;
  }
  const one = (k: number): TierOutcome => ({ count: count[k], positives: pos[k], rate: count[k] ? pos[k] / count[k] : NaN });
  return { High: one(0), Medium: one(1), Low: one(2) };
}

/** True when the rates fall High ≥ Medium ≥ Low over the tiers that hold leads. */
export function outcomesOrdered(o: TierOutcomes): boolean {
  const rates = ORDER.map((s) => o[s]).filter((x) => x.count > 0).map((x) => x.rate);
  return rates.every((r, i) => i === 0 || rates[i - 1] >= r);
}
