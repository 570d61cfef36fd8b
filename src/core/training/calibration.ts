/**
 * Tilted isotonic calibration fitted on a model's VALIDATION scores, exactly as the Python pipeline's
 * models/train/calibration_tilt.py (knots at isotonic block means plus the raw min/max, then
 * y' = (1 − 2ε)·y + ε·(x − x0)/(xmax − x0) + ε/2, ε = 2e-3): strictly increasing, so calibrated scores rank
 * like raw ones. Stored as the card's ordinary { method: 'isotonic', x, y } (numpy.interp semantics).
 */
import type { Calibration } from '../card/types';

export const TILT_EPS = 2e-3;

/** Weighted pool-adjacent-violators on values already ordered by x; returns the fitted value per input. */
function pava(y: number[], w: number[]): number[] {
  const val: number[] = [];
  const wt: number[] = [];
  const len: number[] = [];
  for (let i = 0; i < y.length; i++) {
    val.push(y[i]); wt.push(w[i]); len.push(1);
    while (val.length > 1 && val[val.length - 2] > val[val.length - 1]) {
      const b = val.length - 1;
      const nw = wt[b - 1] + wt[b];
      val[b - 1] = (val[b - 1] * wt[b - 1] + val[b] * wt[b]) / nw;
      wt[b - 1] = nw; len[b - 1] += len[b];
      val.pop(); wt.pop(); len.pop();
    }
  }
  const out: number[] = [];
  val.forEach((v, b) => { for (let k = 0; k < len[b]; k++) out.push(v); });
  return out;
}

/** Isotonic knots of y on raw (sklearn IsotonicRegression(0, 1) fit_transform; ties in raw pooled first). */
export function isotonicKnots(raw: ArrayLike<number>, y: ArrayLike<number>): { x: number[]; y: number[] } {
  const n = raw.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => raw[a] - raw[b] || a - b);
  const xs = order.map((i) => raw[i]);
  const ys = order.map((i) => y[i]);
  // sklearn makes x unique first (weighted mean of y per distinct x).
  const ux: number[] = []; const uy: number[] = []; const uw: number[] = []; const runs: number[] = [];
  for (let i = 0; i < n; i++) {
    if (ux.length > 0 && xs[i] === ux[ux.length - 1]) {
      const b = ux.length - 1;
      uy[b] += ys[i]; uw[b] += 1; runs[b]++;
    } else { ux.push(xs[i]); uy.push(ys[i]); uw.push(1); runs.push(1); }
  }
  const fittedU = pava(uy.map((s, b) => s / uw[b]), uw).map((v) => Math.min(1, Math.max(0, v)));
  const fitted: number[] = [];
  fittedU.forEach((v, b) => { for (let k = 0; k < runs[b]; k++) fitted.push(v); });
  const kx: number[] = []; const ky: number[] = [];
  let start = 0;
  for (let i = 1; i <= n; i++) {
    if (i === n || fitted[i] !== fitted[start]) {
      let s = 0;
      for (let k = start; k < i; k++) s += xs[k];
      kx.push(s / (i - start)); ky.push(fitted[start]); start = i;
    }
  }
  if (xs[0] < kx[0]) { kx.unshift(xs[0]); ky.unshift(ky[0]); }
  if (xs[n - 1] > kx[kx.length - 1]) { kx.push(xs[n - 1]); ky.push(ky[ky.length - 1]); }
  return { x: kx, y: ky };
}

/** The card calibration for a retrained model: tilted isotonic on its validation scores. */
export function fitTiltedIsotonic(raw: ArrayLike<number>, y: ArrayLike<number>, eps = TILT_EPS): Calibration {
  const k = isotonicKnots(raw, y);
  const x0 = k.x[0];
  const span = k.x[k.x.length - 1] - x0;
  return { method: 'isotonic', x: k.x, y: k.y.map((v, i) => (1 - 2 * eps) * v + eps * (span > 0 ? (k.x[i] - x0) / span : 0) + eps / 2) };
}
