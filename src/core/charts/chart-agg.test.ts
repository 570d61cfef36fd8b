// Chart aggregates summed chunk by chunk equal a direct count over all leads (chunk dictionaries differ).
import { describe, expect, it } from 'vitest';
import { addChartChunk, emptyChartAggregates, gridBin } from './chart-agg';
import { NO_LABEL } from '../csv/columnar';

const chunk = (channels: string[], codes: number[], score: number[], label: number[], cluster: number[], income: number[]) => ({
  inp: { n: score.length, cluster: Uint8Array.from(cluster), label: Uint8Array.from(label), cat: { CampaignChannel: { dict: channels, codes: Uint8Array.from(codes) } }, num: { Income: Float64Array.from(income) } },
  out: { score: Float32Array.from(score), predicted: Uint8Array.from(score.map((s) => (s >= 0.5 ? 1 : 0))), decile: Uint8Array.from(score.map((s) => Math.max(1, Math.min(10, 10 - Math.floor(s * 10))))), segment: Uint8Array.from(score.map((s) => (s >= 0.7 ? 0 : s >= 0.4 ? 1 : 2))) },
});

describe('addChartChunk', () => {
  it('merges chunks with different category dictionaries and counts labels per cluster, decile and bin', () => {
    const a = emptyChartAggregates(2);
    const c1 = chunk(['Email', 'PPC'], [0, 1, 0], [0.75, 0.5, 0.25], [1, 0, NO_LABEL], [0, 1, 1], [10, 20, 30]);
    const c2 = chunk(['PPC', 'SEO'], [0, 1], [0.5, 0.125], [1, 0], [1, 2], [40, 50]);
    addChartChunk(a, c1.inp, c1.out);
    addChartChunk(a, c2.inp, c2.out);
    const ch = a.byCategory.CampaignChannel;
    expect(ch.values).toEqual(['Email', 'PPC', 'SEO']);
    expect(ch.count[0]).toEqual([1, 0, 0]);
    expect(ch.count[1]).toEqual([0, 2, 0]);
    expect(ch.count[2]).toEqual([1, 0, 1]);
    expect(ch.sumScore).toEqual([[0.75, 0, 0], [0, 1, 0], [0.25, 0, 0.125]]);
    expect(ch.predicted).toEqual([[1, 0, 0], [0, 2, 0], [0, 0, 0]]);
    expect(a.segment.sumScore).toEqual([0.75, 1, 0.375]);
    expect(ch.labelled).toEqual([1, 2, 1]);
    expect(ch.positives).toEqual([1, 1, 0]);
    expect(a.cluster.labelled).toEqual([1, 2, 1]);
    expect(a.cluster.positives).toEqual([1, 1, 0]);
    expect(a.clusterNum.Income.sum).toEqual([10, 90, 50]);
    expect(a.clusterNum.Income.n).toEqual([1, 3, 1]);
    expect(a.grid.count[gridBin(0.5)]).toBe(2);
    expect(a.grid.positives[gridBin(0.5)]).toBe(1);
    expect(a.grid.labelled.reduce((s, v) => s + v, 0)).toBe(4);
    expect(a.decile.labelled.reduce((s, v) => s + v, 0)).toBe(4);
    expect(a.histBySegment.flat().reduce((s, v) => s + v, 0)).toBe(5);
  });
});
