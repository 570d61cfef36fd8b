/**
 * Label-based model-quality curves computed from per-score-bin counts (the run's write-time grid), so
 * they cost O(bins) whatever the run size: ROC and PR (sklearn's definitions with each bin treated as one
 * tied score), lift and cumulative gain against the share contacted, and calibration in groups of about
 * equal size. With scores that already sit on the grid the results equal sklearn's exactly (tested).
 */

export interface Point { x: number; y: number }
export interface BinCounts { labelled: ArrayLike<number>; positives: ArrayLike<number>; sumScoreLabelled?: ArrayLike<number> }

/** Cumulative (false positives, true positives) from the highest bin down, at each non-empty bin. */
function sweep(b: BinCounts): { fp: number[]; tp: number[]; P: number; N: number } {
  const fp: number[] = [];
  const tp: number[] = [];
  let f = 0;
  let t = 0;
  for (let k = b.labelled.length - 1; k >= 0; k--) {
    if (b.labelled[k] === 0) continue;
    t += b.positives[k];
    f += b.labelled[k] - b.positives[k];
    fp.push(f);
    tp.push(t);
  }
  return { fp, tp, P: t, N: f };
}

export interface Curve { points: Point[]; area: number }

/** ROC: (false positive rate, true positive rate) from (0, 0); area by trapezoids. Empty when one class is missing. */
export function rocFromBins(b: BinCounts): Curve {
  const { fp, tp, P, N } = sweep(b);
  if (P === 0 || N === 0) return { points: [], area: NaN };
  const points: Point[] = [{ x: 0, y: 0 }];
  let area = 0;
  for (let k = 0; k < fp.length; k++) {
    const prev = points[points.length - 1];
    const p = { x: fp[k] / N, y: tp[k] / P };
    area += ((p.x - prev.x) * (p.y + prev.y)) / 2;
    points.push(p);
  }
  return { points, area };
}

/** Precision–recall: (recall, precision) from (0, 1); area = average precision Σ ΔR·P (sklearn). */
export function prFromBins(b: BinCounts): Curve {
  const { fp, tp, P } = sweep(b);
  if (P === 0) return { points: [], area: NaN };
  const points: Point[] = [{ x: 0, y: 1 }];
  let area = 0;
  let prevR = 0;
  for (let k = 0; k < fp.length; k++) {
    const r = tp[k] / P;
    const prec = tp[k] / (tp[k] + fp[k]);
    area += (r - prevR) * prec;
    prevR = r;
    points.push({ x: r, y: prec });
  }
  return { points, area };
}

/** Cumulative gain (share of positives found) and lift against the share of labelled leads contacted, best first. */
export function gainLiftFromBins(b: BinCounts): { gain: Point[]; lift: Point[] } {
  const { fp, tp, P, N } = sweep(b);
  const total = P + N;
  if (P === 0 || total === 0) return { gain: [], lift: [] };
  const base = P / total;
  const gain: Point[] = [{ x: 0, y: 0 }];
  const lift: Point[] = [];
  for (let k = 0; k < fp.length; k++) {
    const n = tp[k] + fp[k];
    gain.push({ x: n / total, y: tp[k] / P });
    lift.push({ x: n / total, y: tp[k] / n / base });
  }
  return { gain, lift };
}

export interface CalibrationGroup { meanScore: number; rate: number; count: number }

/** Calibration: bins merged (lowest score first) into about `groups` groups of equal labelled count. */
export function calibrationFromBins(b: Required<BinCounts>, groups = 10): CalibrationGroup[] {
  let total = 0;
  for (let k = 0; k < b.labelled.length; k++) total += b.labelled[k];
  if (total === 0) return [];
  const out: CalibrationGroup[] = [];
  let n = 0;
  let pos = 0;
  let sum = 0;
  let done = 0;
  for (let k = 0; k < b.labelled.length; k++) {
    n += b.labelled[k];
    pos += b.positives[k];
    sum += b.sumScoreLabelled[k];
    if (n > 0 && (done + n >= (total * (out.length + 1)) / groups || k === b.labelled.length - 1)) {
      out.push({ meanScore: sum / n, rate: pos / n, count: n });
      done += n;
      n = 0; pos = 0; sum = 0;
    }
  }
  return out;
}

/** At most `max` points: keeps the first, the last and evenly spaced ones between (charts stay light). */
export function thin<T>(points: readonly T[], max = 1000): T[] {
  if (points.length <= max) return [...points];
  const out: T[] = [];
  const step = (points.length - 1) / (max - 1);
  for (let i = 0; i < max; i++) out.push(points[Math.round(i * step)]);
  return out;
}
