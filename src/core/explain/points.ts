/**
 * Explanations in percentage points of probability (issue #13): TreeSHAP gives additive contributions in
 * the model's margin (log-odds for boosted trees), which analysts cannot read. Each contribution is scaled
 * by the lead's total change in calibrated probability over its total change in margin:
 *
 *   points_i = φ_i · (p − p₀) / Σ_j φ_j,   p₀ = calibrate(link(base)), p = the lead's calibrated score,
 *
 * so the points are additive (they sum to p − p₀ exactly, up to rounding), order-independent (every factor
 * gets the same scale, unlike a sequential "add one factor at a time" walk) and keep each factor's sign
 * and relative size. When Σφ = 0 the lead sits at the base margin and every factor gets 0 points.
 */
import type { ModelCard } from '../card/types';
import { calibrate } from '../decide';

export interface Points {
  /** Calibrated probability at the base (expected) margin. */
  baseProbability: number;
  /** The lead's calibrated probability (the score shown). */
  probability: number;
  /** Per contribution, in probability units (×100 for percentage points). */
  points: number[];
}

const sigmoid = (m: number): number => 1 / (1 + Math.exp(-m));

/** Scales margin contributions to probability points that add up to probability − baseProbability. */
export function probabilityPoints(card: ModelCard, e: { margin: 'logit' | 'probability'; base: number }, contributions: readonly number[], probability: number): Points {
  const baseRaw = e.margin === 'logit' ? sigmoid(e.base) : e.base;
  const baseProbability = calibrate(card, baseRaw);
  let sum = 0;
  for (const c of contributions) sum += c;
  const k = sum !== 0 ? (probability - baseProbability) / sum : 0;
  return { baseProbability, probability, points: contributions.map((c) => c * k) };
}
