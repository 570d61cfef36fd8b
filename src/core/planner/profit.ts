/**
 * Campaign economics from scores: contacting the K best-scored leads costs K × cost and is expected to bring
 * Σ score conversions worth value each. The expected-profit curve over K, the recommended cut-off (the
 * smallest K with the highest expected profit within the budget: every lead scored above cost ÷ value, the
 * break-even probability) and its conversions, cost, profit and return on spend.
 */

export interface Economics {
  /** Cost of contacting one lead. */
  cost: number;
  /** Value of one conversion. */
  value: number;
  /** Optional total budget for contacts. */
  budget?: number;
}

export interface CutOff {
  /** Leads contacted (the best-scored K). */
  contacted: number;
  /** Lowest score among them (NaN when none). */
  minScore: number;
  conversions: number;
  cost: number;
  revenue: number;
  profit: number;
  /** profit ÷ cost (NaN when nothing is spent). */
  roi: number;
}

export interface ProfitPlan {
  breakEven: number;
  best: CutOff;
  /** (contacted, expected profit), at most ~maxPoints points, always including 0, N and the best K. */
  curve: { x: number; y: number }[];
}

export function breakEvenProbability(e: Economics): number {
  return e.value > 0 ? e.cost / e.value : Infinity;
}

function cutOff(k: number, conv: number, minScore: number, e: Economics): CutOff {
  const cost = k * e.cost;
  const revenue = conv * e.value;
  return { contacted: k, minScore, conversions: conv, cost, revenue, profit: revenue - cost, roi: cost > 0 ? (revenue - cost) / cost : NaN };
}

/** `desc` holds scores sorted from highest to lowest. */
export function planProfit(desc: ArrayLike<number>, e: Economics, maxPoints = 800): ProfitPlan {
  const n = desc.length;
  const cap = e.budget !== undefined && e.budget >= 0 && e.cost > 0 ? Math.min(n, Math.floor(e.budget / e.cost + 1e-9)) : n;
  const step = Math.max(1, Math.ceil(n / maxPoints));
  const curve: { x: number; y: number }[] = [{ x: 0, y: 0 }];
  let conv = 0;
  let bestK = 0;
  let bestProfit = 0;
  let bestConv = 0;
  for (let k = 1; k <= n; k++) {
    conv += desc[k - 1];
    const profit = conv * e.value - k * e.cost;
    if (k <= cap && profit > bestProfit + 1e-9 * Math.abs(bestProfit)) {
      bestProfit = profit;
      bestK = k;
      bestConv = conv;
    }
    if (k % step === 0 || k === n) curve.push({ x: k, y: profit });
  }
  if (bestK > 0 && !curve.some((p) => p.x === bestK)) {
    curve.push({ x: bestK, y: bestProfit });
    curve.sort((a, b) => a.x - b.x);
  }
  return { breakEven: breakEvenProbability(e), best: cutOff(bestK, bestConv, bestK > 0 ? desc[bestK - 1] : NaN, e), curve };
}

/** Expected figures for any chosen set of scores (e.g. the treated group after the holdout). */
export function expectedFor(scores: ArrayLike<number>, e: Economics): CutOff {
  let conv = 0;
  let min = Infinity;
  for (let i = 0; i < scores.length; i++) {
    conv += scores[i];
    if (scores[i] < min) min = scores[i];
  }
  return cutOff(scores.length, conv, scores.length ? min : NaN, e);
}
