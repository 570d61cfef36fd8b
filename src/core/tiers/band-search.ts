/**
 * The search behind tierBands (bands.ts), fast enough for the in-browser training card: the exhaustive
 * search over every (low, high) cut pair is O(K²) in the number K of distinct validation scores (≈ 150 M
 * pairs, most of a 100k-row card's build time), so only the pairs that can hold the maximum are scored.
 *
 * Why that is exact: with rows ordered by score, moving the low cut across a run of rows that all have the
 * same label c changes Σ P²/N only through (P₀ + c·t)²/(N₀ + t) and (P₁ − c·t)²/(N₁ − t), both convex in t;
 * likewise for the high cut. A convex function on an interval is largest at an end, so for a fixed high cut
 * the best low cut is a run end or a feasibility limit (first cut with ≥ minShare below; last cut leaving
 * ≥ minShare in Medium), and symmetrically for the high cut. A run only stays flat (equal values, where the
 * first pair must win) when both tiers it touches are pure, and then the values are exact integers and the
 * run's first cut is among the candidates, so ties resolve as in the exhaustive search (lowest low, then
 * lowest high). `band-search.test.ts` checks both searches agree on real and random score sets.
 */

/** Rows in score order: cumulative converters, and each candidate cut (midpoint between distinct scores) with the rows below it. */
export function candidateCuts(scores: ArrayLike<number>, labels: ArrayLike<number>): { n: number; cum: Float64Array; below: Int32Array; cuts: number[] } {
  const n = scores.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a] - scores[b] || a - b);
  const cum = new Float64Array(n + 1);
  for (let k = 0; k < n; k++) cum[k + 1] = cum[k] + labels[order[k]];
  const below: number[] = [];
  const cuts: number[] = [];
  for (let k = 1; k < n; k++) {
    const lo = scores[order[k - 1]];
    const hi = scores[order[k]];
    if (hi !== lo) {
      below.push(k);
      cuts.push((lo + hi) / 2);
    }
  }
  return { n, cum, below: Int32Array.from(below), cuts };
}

/** Cut indices (into `below`) of the best pair, or [-1, -1] when no pair is feasible. */
export function bestCutPair(below: Int32Array, cum: Float64Array, n: number, m: number): [number, number] {
  const K = below.length;
  // Row ranges [below[k-1], below[k]) between cuts; rows before the first cut and after the last bound runs.
  const pure = (lo: number, hi: number): number => {
    const p = cum[hi] - cum[lo];
    return p === 0 ? 0 : p === hi - lo ? 1 : -1;
  };
  const isEnd = new Uint8Array(K);
  for (let k = 0; k < K; k++) {
    const before = pure(k === 0 ? 0 : below[k - 1], below[k]);
    const after = pure(below[k], k === K - 1 ? n : below[k + 1]);
    isEnd[k] = before < 0 || before !== after ? 1 : 0;
  }
  const lCut = new Float64Array(K); // pl²/a
  const hCut = new Float64Array(K); // ph²/(n − b)
  for (let k = 0; k < K; k++) {
    const a = below[k];
    lCut[k] = (cum[a] * cum[a]) / a;
    const ph = cum[n] - cum[a];
    hCut[k] = (ph * ph) / (n - a);
  }
  let iFirst = 0;
  while (iFirst < K && below[iFirst] < m) iFirst++;
  let jMax = K - 1;
  while (jMax >= 0 && n - below[jMax] < m) jMax--;
  let best = -Infinity;
  let bi = -1;
  let bj = -1;
  const consider = (i: number, j: number): void => {
    const a = below[i];
    const b = below[j];
    const pm = cum[b] - cum[a];
    // Same operations, same order as (pl·pl)/a + (pm·pm)/(b − a) + (ph·ph)/(n − b): identical doubles.
    const v = lCut[i] + (pm * pm) / (b - a) + hCut[j];
    if (v > best || (v === best && (i < bi || (i === bi && j < bj)))) {
      best = v;
      bi = i;
      bj = j;
    }
  };
  // Low cut at a run end or its first feasible cut: the high cut at a run end or its feasibility limits.
  const ends = Int32Array.from({ length: K }, (_, k) => k).filter((k) => isEnd[k] === 1);
  let jMin = iFirst + 1;
  let e0 = 0; // first entry of `ends` above jMin
  for (let i = iFirst; i < K; i++) {
    if (i !== iFirst && !isEnd[i]) continue;
    const a = below[i];
    if (jMin <= i) jMin = i + 1;
    while (jMin < K && below[jMin] - a < m) jMin++;
    if (jMin > jMax) continue;
    consider(i, jMin);
    while (e0 < ends.length && ends[e0] <= jMin) e0++;
    const li = lCut[i];
    const ca = cum[a];
    for (let e = e0; e < ends.length; e++) {
      const j = ends[e];
      if (j >= jMax) break;
      const b = below[j];
      const pm = cum[b] - ca;
      const v = li + (pm * pm) / (b - a) + hCut[j];
      // Within one low cut, j rises: a tie never replaces the earlier pair.
      if (v > best) { best = v; bi = i; bj = j; }
    }
    if (jMax > jMin) consider(i, jMax);
  }
  // Low cut at its last feasible position for each high cut.
  let iLast = iFirst - 1;
  for (let j = iFirst + 1; j <= jMax; j++) {
    const b = below[j];
    while (iLast + 1 < j && b - below[iLast + 1] >= m) iLast++;
    if (iLast >= iFirst) consider(iLast, j);
  }
  return [bi, bj];
}
