/**
 * Histogram binning for the boosted trees: per feature, up to `maxBins − 1` split thresholds chosen from the
 * training values (quantiles, float32 like the scoring input), and every value's bin = number of thresholds
 * ≤ value. Then "value < threshold[k]" ⇔ bin ≤ k, so a split found on bins is exactly the float32 comparison
 * TreeSHAP and scoring apply to the stored tree (decision '<').
 */

export interface Binned {
  /** Column-major bins: bins[j * n + i]. */
  bins: Uint8Array;
  n: number;
  /** Ascending float32 thresholds per feature. */
  thresholds: Float32Array[];
}

/** Thresholds from the column's float32 values: all distinct values above the minimum when few, else quantiles. */
export function featureThresholds(col: Float32Array, maxBins: number): Float32Array {
  const sorted = Float32Array.from(col).sort();
  // Distinct values counted without collecting them, stopping once there are more than maxBins.
  let distinct = 0;
  for (let i = 0; i < sorted.length && distinct <= maxBins; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct++;
  if (distinct <= maxBins) {
    const out: number[] = [];
    for (let i = 1; i < sorted.length; i++) if (sorted[i] !== sorted[i - 1]) out.push(sorted[i]);
    return Float32Array.from(out);
  }
  const out: number[] = [];
  for (let k = 1; k < maxBins; k++) {
    const v = sorted[Math.floor((k * sorted.length) / maxBins)];
    if (v > sorted[0] && (out.length === 0 || v > out[out.length - 1])) out.push(v);
  }
  return Float32Array.from(out);
}

/** Number of thresholds ≤ v (binary search). */
export function binOf(th: Float32Array, v: number): number {
  let lo = 0;
  let hi = th.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (th[mid] <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Bins a row-major float64 matrix (cast to float32) with the given thresholds (fitted on train when omitted). */
export function binMatrix(x: Float64Array, n: number, F: number, maxBins: number, thresholds?: Float32Array[]): Binned {
  const th = thresholds ?? Array.from({ length: F }, (_, j) => {
    const col = new Float32Array(n);
    for (let i = 0; i < n; i++) col[i] = x[i * F + j];
    return featureThresholds(col, maxBins);
  });
  const bins = new Uint8Array(n * F);
  for (let j = 0; j < F; j++) {
    const t = th[j];
    for (let i = 0; i < n; i++) bins[j * n + i] = binOf(t, Math.fround(x[i * F + j]));
  }
  return { bins, n, thresholds: th };
}
