/**
 * Re-clusters a run's leads off the main thread: standardises the numeric fields, runs k-means++ (ml-kmeans)
 * for k = 3..6 and keeps the k with the best mean silhouette (computed on a fixed-stride sample so it stays
 * O(sample²)). The result is shown beside the model's own clusters to see whether the segments still fit.
 */
import { expose } from 'comlink';
import { kmeans } from 'ml-kmeans';
import type { ReclusterApi, ReclusterInput, ReclusterResult } from '../bridge/contracts';

const SILHOUETTE_SAMPLE = 1500;

function dist2(a: number[], b: number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) { const d = a[i] - b[i]; s += d * d; }
  return s;
}

/** Mean silhouette of `labels` over `points` (Euclidean). */
export function silhouette(points: number[][], labels: ArrayLike<number>, k: number): number {
  const n = points.length;
  if (n < 2 || k < 2) return 0;
  let total = 0;
  const sums = new Float64Array(k);
  const counts = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    sums.fill(0);
    counts.fill(0);
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      sums[labels[j]] += Math.sqrt(dist2(points[i], points[j]));
      counts[labels[j]]++;
    }
    const own = labels[i];
    if (counts[own] === 0) continue;
    const a = sums[own] / counts[own];
    let b = Infinity;
    for (let c = 0; c < k; c++) if (c !== own && counts[c] > 0) b = Math.min(b, sums[c] / counts[c]);
    if (Number.isFinite(b)) total += (b - a) / Math.max(a, b) || 0;
  }
  return total / n;
}

export function recluster(input: ReclusterInput): ReclusterResult {
  const t0 = performance.now();
  const { features, data, rows } = input;
  const d = features.length;
  const mean = new Float64Array(d);
  const sd = new Float64Array(d);
  for (let r = 0; r < rows; r++) for (let c = 0; c < d; c++) mean[c] += data[r * d + c] / rows;
  for (let r = 0; r < rows; r++) for (let c = 0; c < d; c++) sd[c] += (data[r * d + c] - mean[c]) ** 2 / rows;
  for (let c = 0; c < d; c++) sd[c] = Math.sqrt(sd[c]) || 1;
  const points: number[][] = [];
  for (let r = 0; r < rows; r++) {
    const p = new Array<number>(d);
    for (let c = 0; c < d; c++) p[c] = (data[r * d + c] - mean[c]) / sd[c];
    points.push(p);
  }
  const stride = Math.max(1, Math.floor(rows / SILHOUETTE_SAMPLE));
  const sampleIdx: number[] = [];
  for (let r = 0; r < rows && sampleIdx.length < SILHOUETTE_SAMPLE; r += stride) sampleIdx.push(r);
  const sample = sampleIdx.map((i) => points[i]);
  const kMin = input.kMin ?? 3;
  const kMax = Math.min(input.kMax ?? 6, Math.max(kMin, rows - 1));
  let best: { k: number; score: number; clusters: number[]; centroids: number[][] } | undefined;
  const silhouettes: { k: number; score: number }[] = [];
  for (let k = kMin; k <= kMax; k++) {
    if (rows <= k) break;
    const res = kmeans(points, k, { initialization: 'kmeans++', seed: input.seed ?? 42, maxIterations: 100 });
    const score = silhouette(sample, sampleIdx.map((i) => res.clusters[i]), k);
    silhouettes.push({ k, score });
    if (!best || score > best.score) best = { k, score, clusters: res.clusters, centroids: res.centroids };
  }
  const k = best?.k ?? 0;
  const sizes = new Array<number>(k).fill(0);
  const assignments = new Int32Array(rows);
  best?.clusters.forEach((c, i) => { assignments[i] = c; sizes[c]++; });
  const centroids = (best?.centroids ?? []).map((cent) => Object.fromEntries(features.map((f, c) => [f, cent[c] * sd[c] + mean[c]])));
  const means = Object.fromEntries(features.map((f, c) => [f, mean[c]]));
  return { k, silhouettes, assignments, sizes, centroids, means, ms: performance.now() - t0 };
}

const api: ReclusterApi = { recluster: async (input) => recluster(input) };
// Only inside a worker (unit tests import the pure functions in Node, where there is no postMessage).
if (typeof (globalThis as { postMessage?: unknown }).postMessage === 'function') expose(api);
