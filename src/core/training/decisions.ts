/**
 * Threshold scenarios and decile cut points from a model's VALIDATION scores, exactly as the Python
 * pipeline's models/train/evaluation.py (thresholds, snap, decile_cuts): positive when score >= threshold;
 * best_f1 = max F1, high_precision = max recall with precision >= 0.97, high_recall = max precision with
 * recall >= 0.95, default 0.5; every cut moved to the middle of the gap between distinct scores around it.
 * Computed with one sorted sweep (O(n log n)) instead of a confusion matrix per distinct score.
 */
import type { ModelCard } from '../card/types';
import { binaryCurve } from '../metrics';

export const HIGH_PRECISION = 0.97;
export const HIGH_RECALL = 0.95;

/** Ascending distinct values. */
export function uniqueSorted(s: ArrayLike<number>): number[] {
  const a = Float64Array.from(s).sort();
  const out: number[] = [];
  for (let i = 0; i < a.length; i++) if (i === 0 || a[i] !== a[i - 1]) out.push(a[i]);
  return out;
}

/** evaluation.snap: middle of the gap between the distinct scores around t (unchanged at/below the minimum or above the maximum). */
export function snap(t: number, u: readonly number[]): number {
  let lo = 0;
  let hi = u.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (u[mid] < t) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 || lo === u.length ? t : (u[lo - 1] + u[lo]) / 2;
}

/** numpy.quantile (linear) of ascending `sorted`. */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  const g = h - lo;
  return sorted[lo] + (sorted[hi] - sorted[lo]) * g;
}

export function decileCuts(scores: ArrayLike<number>): number[] {
  const sorted = Float64Array.from(scores).sort();
  const u = uniqueSorted(sorted);
  return Array.from({ length: 9 }, (_, k) => snap(quantileSorted(sorted, 1 - (k + 1) / 10), u));
}

interface Stat { t: number; precision: number; recall: number; f1: number }

/** Precision/recall/F1 of `score >= t` for every distinct score t, ascending t (same formulas as evaluation.confusion). */
function sweep(y: ArrayLike<number>, s: ArrayLike<number>): Stat[] {
  const { fps, tps, thr } = binaryCurve(y, s);
  const P = tps[tps.length - 1] ?? 0;
  const out: Stat[] = thr.map((t, k) => {
    const precision = tps[k] + fps[k] ? tps[k] / (tps[k] + fps[k]) : 0;
    const recall = P ? tps[k] / P : 0;
    return { t, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
  });
  return out.reverse();
}

/** Python max(key=...) over ascending thresholds: the first element with the largest key tuple. */
function argmax(stats: Stat[], key: (r: Stat) => [number, number]): Stat | undefined {
  let best: Stat | undefined;
  let bk: [number, number] = [-Infinity, -Infinity];
  for (const r of stats) {
    const k = key(r);
    if (k[0] > bk[0] || (k[0] === bk[0] && k[1] > bk[1])) { best = r; bk = k; }
  }
  return best;
}

export function thresholdScenarios(y: ArrayLike<number>, s: ArrayLike<number>): ModelCard['thresholds'] {
  const stats = sweep(y, s);
  const u = uniqueSorted(s);
  const bestF1 = argmax(stats, (r) => [r.f1, r.t])!;
  const hp = stats.filter((r) => r.precision >= HIGH_PRECISION);
  const highP = hp.length ? argmax(hp, (r) => [r.recall, r.t])! : argmax(stats, (r) => [r.precision, r.recall])!;
  const highR = argmax(stats.filter((r) => r.recall >= HIGH_RECALL), (r) => [r.precision, r.t])!;
  return {
    active: 'best_f1',
    scenarios: [
      { id: 'best_f1', threshold: snap(bestF1.t, u), rule: 'max F1 on validation (positive when score >= threshold)' },
      { id: 'high_precision', threshold: snap(highP.t, u), rule: `max recall subject to precision >= ${HIGH_PRECISION} on validation` },
      { id: 'high_recall', threshold: snap(highR.t, u), rule: `max precision subject to recall >= ${HIGH_RECALL} on validation` },
      { id: 'default', threshold: 0.5, rule: 'fixed 0.5' },
    ],
  };
}
