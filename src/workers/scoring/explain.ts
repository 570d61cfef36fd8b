/**
 * Turns per-feature TreeSHAP values into the factors users read ("Campaign channel pushed the score
 * up"): one-hot indicators and clipped numerics are summed back to their input field, derived
 * features (ratios, engagement score) stay as their own factor. Also builds the cluster profile
 * (this lead vs the cluster centroid vs the training average).
 */
import type { ModelCard } from '../../core/card/types';
import type { LeadValues } from '../../core/lead';
import { clusterInputs } from '../../core/decide';
import { explain, type TreeEnsemble } from '../../core/treeshap';
import type { ClusterProfile, Explanation, Factor } from '../../bridge/contracts';
import { probabilityPoints } from '../../core/explain/points';
import { factorContext } from '../../core/explain/context';

/** Groups per-feature contributions (card.features order) into user-facing factors, largest |value| first. */
export function groupContributions(card: ModelCard, contributions: ArrayLike<number>): Factor[] {
  const sums = new Map<string, Factor>();
  card.features.forEach((f, j) => {
    const field = f.kind === 'numeric' || f.kind === 'onehot';
    const key = field ? f.source : f.name;
    const cur = sums.get(key) ?? { key, kind: field ? 'field' : 'derived', contribution: 0 };
    cur.contribution += contributions[j] ?? 0;
    sums.set(key, cur);
  });
  return [...sums.values()].sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
}

/** TreeSHAP explanation of one feature row, grouped to factors. */
export function explainRow(card: ModelCard, trees: TreeEnsemble, row: Float32Array | Float64Array): Explanation {
  const e = explain(trees, row);
  return { margin: trees.margin, base: e.base, total: e.margin, factors: groupContributions(card, e.contributions) };
}

/** The explanation with each factor's effect in probability points and its value against the typical one. */
export function withPoints(card: ModelCard, e: Explanation, values: LeadValues, row: ArrayLike<number>, defaultsUsed: readonly string[], score: number): Explanation {
  const p = probabilityPoints(card, e, e.factors.map((f) => f.contribution), score);
  return {
    ...e, baseProbability: p.baseProbability, probability: p.probability,
    factors: e.factors.map((f, i) => ({ ...f, points: p.points[i], context: factorContext(card, f.key, f.kind, values, row, defaultsUsed) })),
  };
}

/** The lead's cluster inputs next to its centroid profile and the overall training average. */
export function clusterProfile(card: ModelCard, values: LeadValues, row: ArrayLike<number>, index: number): ClusterProfile {
  const x = clusterInputs(card, values, row);
  const cl = card.clusters;
  return {
    index,
    names: cl.names[index],
    rows: cl.features.map((feature, k) => ({
      feature,
      value: x[k],
      average: cl.overall[feature] ?? NaN,
      centroid: cl.profiles[index]?.[feature] ?? NaN,
    })),
  };
}
