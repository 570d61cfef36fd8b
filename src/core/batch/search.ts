/**
 * The one binary search of the batch fast paths (feature ranks, compiled stumps): how many values of an
 * ascending typed array are ≤ v. Small and monomorphic so V8 inlines it into the column loops.
 */
export function countAtMost(sorted: Float32Array | Float64Array, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
