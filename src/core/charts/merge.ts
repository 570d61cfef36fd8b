/**
 * The dashboard's numbers for a selection of runs and an optional segment: run aggregates summed across
 * runs (O(runs × bins), never per lead). Runs stored before chart aggregates existed still count in the
 * totals, by segment/cluster/decile and the histogram; only the views that need the newer aggregates
 * (categories, label curves, cluster profiles) leave them out and say how many leads that is.
 */
import type { ChartAggregates, NumericByCluster } from './chart-agg';
import { GRID_BINS, SCORE_BINS } from './chart-agg';

export const SEGMENT_NAMES = ['High', 'Medium', 'Low'] as const;
export type SegmentName = (typeof SEGMENT_NAMES)[number];

/** The parts of a stored run the dashboard reads. */
export interface RunSummaryInput {
  scored: number;
  meanScore: number;
  predictedShare: number;
  bySegment: Record<SegmentName, number>;
  byDecile: number[];
  byCluster: number[];
  histogram: number[];
  charts?: ChartAggregates;
}

export interface CategoryTotals { values: string[]; count: number[]; sumScore: number[]; predicted: number[] }

export interface Merged {
  scored: number;
  sumScore: number;
  predicted: number;
  bySegment: Record<SegmentName, number>;
  byCluster: number[];
  histogram: number[];
  byDecile: number[];
  /** Leads of runs without chart aggregates (left out of the views below). */
  withoutCharts: number;
  byCategory: Record<string, CategoryTotals>;
  decile: { sumScore: number[]; labelled: number[]; positives: number[] };
  grid: { labelled: number[]; positives: number[]; sumScoreLabelled: number[] };
  cluster: { count: number[]; sumScore: number[]; labelled: number[]; positives: number[] };
  clusterNum: Record<string, NumericByCluster>;
  labelled: number;
}

const add = (into: number[], from: ArrayLike<number> | undefined): void => {
  if (!from) return;
  for (let i = 0; i < from.length; i++) into[i] = (into[i] ?? 0) + (from[i] ?? 0);
};
const zeros = (n: number): number[] => new Array<number>(n).fill(0);

/** `deciles`: the deciles of the chosen segment (from the card), used to filter per-decile figures. */
export function mergeRuns(runs: readonly RunSummaryInput[], segment?: SegmentName, deciles?: readonly number[]): Merged {
  const s = segment ? SEGMENT_NAMES.indexOf(segment) : -1;
  const m: Merged = {
    scored: 0, sumScore: 0, predicted: 0, bySegment: { High: 0, Medium: 0, Low: 0 }, byCluster: [], histogram: zeros(SCORE_BINS),
    byDecile: zeros(10), withoutCharts: 0, byCategory: {}, decile: { sumScore: zeros(10), labelled: zeros(10), positives: zeros(10) },
    grid: { labelled: zeros(GRID_BINS), positives: zeros(GRID_BINS), sumScoreLabelled: zeros(GRID_BINS) },
    cluster: { count: [], sumScore: [], labelled: [], positives: [] }, clusterNum: {}, labelled: 0,
  };
  const keepDecile = (d: number): boolean => s < 0 || !deciles || deciles.includes(d + 1);
  for (const r of runs) {
    const c = r.charts;
    for (const name of SEGMENT_NAMES) if (s < 0 || name === segment) m.bySegment[name] += r.bySegment[name] ?? 0;
    r.byDecile.forEach((v, d) => { if (keepDecile(d)) m.byDecile[d] += v; });
    if (s < 0) {
      m.scored += r.scored;
      m.sumScore += r.meanScore * r.scored;
      m.predicted += r.predictedShare * r.scored;
      add(m.byCluster, r.byCluster);
      add(m.histogram, r.histogram);
    } else if (c) {
      m.scored += r.bySegment[segment!] ?? 0;
      m.sumScore += c.segment.sumScore[s];
      m.predicted += c.segment.predicted[s];
      add(m.byCluster, c.clusterBySegment[s]);
      add(m.histogram, c.histBySegment[s]);
    } else {
      m.scored += r.bySegment[segment!] ?? 0;
      m.withoutCharts += r.bySegment[segment!] ?? 0;
    }
    if (!c) {
      if (s < 0) m.withoutCharts += r.scored;
      continue;
    }
    for (const [field, cat] of Object.entries(c.byCategory)) {
      const t = (m.byCategory[field] ??= { values: [], count: [], sumScore: [], predicted: [] });
      cat.values.forEach((v, k) => {
        let j = t.values.indexOf(v);
        if (j < 0) { j = t.values.push(v) - 1; t.count.push(0); t.sumScore.push(0); t.predicted.push(0); }
        for (let g = 0; g < SEGMENT_NAMES.length; g++) {
          if (s >= 0 && g !== s) continue;
          t.count[j] += cat.count[g][k] ?? 0;
          t.sumScore[j] += cat.sumScore[g][k] ?? 0;
          t.predicted[j] += cat.predicted[g][k] ?? 0;
        }
      });
    }
    for (let d = 0; d < 10; d++) {
      if (!keepDecile(d)) continue;
      m.decile.sumScore[d] += c.decile.sumScore[d];
      m.decile.labelled[d] += c.decile.labelled[d];
      m.decile.positives[d] += c.decile.positives[d];
    }
    add(m.grid.labelled, c.grid.labelled);
    add(m.grid.positives, c.grid.positives);
    add(m.grid.sumScoreLabelled, c.grid.sumScoreLabelled);
    add(m.cluster.count, r.byCluster);
    add(m.cluster.sumScore, c.cluster.sumScore);
    add(m.cluster.labelled, c.cluster.labelled);
    add(m.cluster.positives, c.cluster.positives);
    for (const [field, v] of Object.entries(c.clusterNum)) {
      const t = (m.clusterNum[field] ??= { sum: [], sumSq: [], n: [] });
      add(t.sum, v.sum); add(t.sumSq, v.sumSq); add(t.n, v.n);
    }
  }
  m.labelled = m.grid.labelled.reduce((a, b) => a + b, 0);
  return m;
}

export interface ClusterProfileRow { field: string; overallMean: number; overallSd: number; clusterMeans: number[]; standardised: number[] }

/** Each cluster's mean per numeric field against the overall mean, also in standard deviations. */
export function clusterProfiles(num: Record<string, NumericByCluster>, fields: readonly string[]): ClusterProfileRow[] {
  const out: ClusterProfileRow[] = [];
  for (const field of fields) {
    const v = num[field];
    if (!v) continue;
    const n = v.n.reduce((a, b) => a + b, 0);
    if (n === 0) continue;
    const mean = v.sum.reduce((a, b) => a + b, 0) / n;
    const sd = Math.sqrt(Math.max(0, v.sumSq.reduce((a, b) => a + b, 0) / n - mean * mean));
    const clusterMeans = v.sum.map((x, c) => (v.n[c] > 0 ? x / v.n[c] : NaN));
    out.push({ field, overallMean: mean, overallSd: sd, clusterMeans, standardised: clusterMeans.map((x) => (sd > 0 ? (x - mean) / sd : 0)) });
  }
  return out;
}
