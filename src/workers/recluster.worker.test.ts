// Re-clustering finds well-separated groups, picks their k by silhouette and reports unscaled centroids.
import { describe, expect, it } from 'vitest';
import { recluster, silhouette } from './recluster.worker';

function blobs(centers: number[][], perBlob: number): Float64Array {
  const d = centers[0].length;
  const out = new Float64Array(centers.length * perBlob * d);
  let seed = 7;
  const rnd = (): number => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed / 2 ** 31 - 0.5; };
  centers.forEach((c, b) => { for (let i = 0; i < perBlob; i++) for (let j = 0; j < d; j++) out[(b * perBlob + i) * d + j] = c[j] + rnd(); });
  return out;
}

describe('recluster', () => {
  it('chooses k = 4 for four separated blobs', () => {
    const centers = [[0, 0], [20, 0], [0, 20], [20, 20]];
    const data = blobs(centers, 100);
    const r = recluster({ features: ['x', 'y'], data, rows: 400 });
    expect(r.k).toBe(4);
    expect(r.silhouettes.map((s) => s.k)).toEqual([3, 4, 5, 6]);
    expect(r.sizes.reduce((a, b) => a + b, 0)).toBe(400);
    expect(r.sizes.every((n) => n === 100)).toBe(true);
    const xs = r.centroids.map((c) => Math.round(c.x) + 0).sort((a, b) => a - b);
    expect(xs).toEqual([0, 0, 20, 20]);
    expect(r.means.x).toBeCloseTo(10, 0);
  });
  it('silhouette is near 1 for tight separated clusters and 0 for a single point set', () => {
    const pts = [[0, 0], [0, 0.1], [10, 10], [10, 10.1]];
    expect(silhouette(pts, [0, 0, 1, 1], 2)).toBeGreaterThan(0.95);
    expect(silhouette([[1, 1]], [0], 1)).toBe(0);
  });
});
