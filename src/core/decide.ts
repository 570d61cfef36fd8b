/**
 * Turns a model probability into the decisions shown to users: calibrated score, yes/no at a
 * threshold scenario, decile, priority segment and behavioural cluster, all driven by the card so
 * the browser and the CLI can never disagree.
 */
import type { ModelCard, ThresholdScenario } from './card/types';
import type { LeadValues, Segment } from './lead';
import { clippedBase, featureSpecValue, featureRow } from './features';
import { decileTier, tierOf } from './tiers/rule';

/** numpy.interp(x, xp, fp): linear between knots, flat outside, exact knot values returned as-is. */
export function interp(x: number, xp: readonly number[], fp: readonly number[]): number {
  const n = xp.length;
  if (Number.isNaN(x)) return NaN;
  if (x < xp[0]) return fp[0];
  if (x >= xp[n - 1]) return fp[n - 1];
  // Largest j with xp[j] <= x.
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (xp[mid] <= x) lo = mid;
    else hi = mid;
  }
  const j = lo;
  if (x === xp[j]) return fp[j];
  const slope = (fp[j + 1] - fp[j]) / (xp[j + 1] - xp[j]);
  let r = slope * (x - xp[j]) + fp[j];
  if (Number.isNaN(r)) {
    r = slope * (x - xp[j + 1]) + fp[j + 1];
    if (Number.isNaN(r) && fp[j] === fp[j + 1]) r = fp[j];
  }
  return r;
}

/** Applies card.calibration to a raw model probability. */
export function calibrate(card: ModelCard, p: number): number {
  const c = card.calibration;
  switch (c.method) {
    case 'none':
      return p;
    case 'isotonic':
      return interp(p, c.x, c.y);
    case 'platt':
      return 1 / (1 + Math.exp(c.a * p + c.b));
  }
}

export function threshold(card: ModelCard, scenarioId: ThresholdScenario['id'] = card.thresholds.active): number {
  const s = card.thresholds.scenarios.find((x) => x.id === scenarioId);
  if (!s) throw new Error(`Unknown threshold scenario "${scenarioId}"`);
  return s.threshold;
}

/** 1 when score >= the scenario's threshold (active scenario by default). */
export function decision(card: ModelCard, score: number, scenarioId?: ThresholdScenario['id']): 0 | 1 {
  return score >= threshold(card, scenarioId) ? 1 : 0;
}

/** 1 (best) … 10: 1 + number of cut points strictly above the score. */
export function decile(card: ModelCard, score: number): number {
  let d = 1;
  for (const c of card.deciles.cutPoints) if (c > score) d++;
  return d;
}

/** Thesis rule only (deciles 1–3 / 4–7 / 8–10 by default): the tier of a decile. */
export function segment(card: ModelCard, dec: number): Segment {
  return decileTier(card, dec);
}

/** Priority tier under the card's rule (bands of calibrated probability, or the decile rule). */
export function tier(card: ModelCard, score: number, dec: number): Segment {
  return tierOf(card, score, dec);
}

export type Locale = 'en' | 'ru' | 'pl';

const clusterIdx = new WeakMap<ModelCard, number[]>();

/** Unscaled cluster inputs for a lead: card feature values by name, else the clipped base column. */
export function clusterInputs(card: ModelCard, values: LeadValues, row?: ArrayLike<number>): number[] {
  let idx = clusterIdx.get(card);
  if (!idx) {
    idx = card.clusters.features.map((name) => card.features.findIndex((f) => f.name === name));
    clusterIdx.set(card, idx);
  }
  const fr = row ?? featureRow(card, values);
  return card.clusters.features.map((name, k) => {
    if (idx[k] >= 0) return fr[idx[k]];
    const derived = card.clusters.derived?.find((f) => f.name === name);
    return derived ? featureSpecValue(card, derived, values) : clippedBase(card, values, name);
  });
}

/** Nearest centroid (squared Euclidean after the card's standardisation); ties → lowest index. */
export function assignCluster(
  card: ModelCard,
  values: LeadValues,
  opts: { row?: ArrayLike<number>; locale?: Locale } = {},
): { index: number; name: string } {
  const { mean, scale } = card.clusters.scaler;
  const z = clusterInputs(card, values, opts.row).map((x, k) => (x - mean[k]) / scale[k]);
  let best = 0;
  let bestD = Infinity;
  card.clusters.centroids.forEach((c, i) => {
    let d = 0;
    for (let k = 0; k < z.length; k++) {
      const t = z[k] - c[k];
      d += t * t;
    }
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  });
  return { index: best, name: card.clusters.names[best][opts.locale ?? 'en'] };
}
