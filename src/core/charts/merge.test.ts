// Merging runs: totals include old runs without chart aggregates; a segment filter uses per-segment sums.
import { describe, expect, it } from 'vitest';
import { addChartChunk, emptyChartAggregates } from './chart-agg';
import { clusterProfiles, mergeRuns, type RunSummaryInput } from './merge';

function run(score: number[], segment: number[], cluster: number[], income: number[]): RunSummaryInput {
  const charts = emptyChartAggregates(2);
  addChartChunk(charts, { n: score.length, cluster: Uint8Array.from(cluster), label: Uint8Array.from(score.map((s) => (s > 0.5 ? 1 : 0))), num: { Income: Float64Array.from(income) } },
    { score: Float32Array.from(score), predicted: Uint8Array.from(score.map((s) => (s >= 0.5 ? 1 : 0))), decile: Uint8Array.from(segment.map((g) => g * 3 + 1)), segment: Uint8Array.from(segment) });
  const bySegment = { High: segment.filter((g) => g === 0).length, Medium: segment.filter((g) => g === 1).length, Low: segment.filter((g) => g === 2).length };
  const mean = score.reduce((a, b) => a + b, 0) / score.length;
  return { scored: score.length, meanScore: mean, predictedShare: score.filter((s) => s >= 0.5).length / score.length, bySegment, byDecile: [], byCluster: [cluster.filter((c) => c === 0).length, cluster.filter((c) => c === 1).length], histogram: [], charts };
}

describe('mergeRuns', () => {
  const a = run([0.75, 0.5, 0.25], [0, 1, 2], [0, 1, 1], [10, 20, 30]);
  const b = run([0.875, 0.125], [0, 2], [0, 0], [40, 50]);
  const old: RunSummaryInput = { ...run([0.5], [1], [1], [1]), charts: undefined };
  it('sums totals over runs, counting old runs', () => {
    const m = mergeRuns([a, b, old]);
    expect(m.scored).toBe(6);
    expect(m.sumScore).toBeCloseTo(3, 12);
    expect(m.withoutCharts).toBe(1);
    expect(m.bySegment).toEqual({ High: 2, Medium: 2, Low: 2 });
    expect(m.labelled).toBe(5);
  });
  it('a segment filter keeps only that segment', () => {
    const m = mergeRuns([a, b], 'High', [1, 2, 3]);
    expect(m.scored).toBe(2);
    expect(m.sumScore).toBeCloseTo(1.625, 12);
    expect(m.byCluster).toEqual([2, 0]);
    expect(m.decile.labelled[0]).toBe(2);
    expect(m.decile.labelled[3]).toBe(0);
  });
  it('cluster profiles: means per cluster against the overall mean', () => {
    const p = clusterProfiles(mergeRuns([a, b]).clusterNum, ['Income', 'Missing']);
    expect(p).toHaveLength(1);
    expect(p[0].overallMean).toBe(30);
    expect(p[0].clusterMeans).toEqual([(10 + 40 + 50) / 3, 25]);
    expect(p[0].overallSd).toBeCloseTo(Math.sqrt(200), 12);
  });
});
