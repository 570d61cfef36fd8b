/**
 * Write-time aggregates for the dashboard's charts, added to a run's aggregates chunk by chunk (see
 * core/csv/aggregates.ts), so no chart ever reads a million leads: per-score-bin counts on a fixed grid
 * (label curves: ROC, PR, lift, gain, calibration), per-segment histograms and cluster counts, per-category
 * counts and expected conversions (campaign channel, type…), per-cluster label rates and input sums (cluster
 * profiles), and per-decile label counts (decile table). Sizes are fixed by the grid and the card, not the data.
 */
import { NO_LABEL, SEGMENTS, type ChunkInputs, type ChunkOutputs } from '../csv/columnar';

/** Equal-width score bins over [0, 1] for label-based curves (points per curve ≤ GRID_BINS + 1). */
export const GRID_BINS = 2000;
export const SCORE_BINS = 50;

export interface CategoryAgg {
  values: string[];
  /** [segment index][value index] leads. */
  count: number[][];
  /** [segment index][value index] sum of scores (expected conversions). */
  sumScore: number[][];
  /** [segment index][value index] leads predicted to convert (score ≥ threshold). */
  predicted: number[][];
  labelled: number[];
  positives: number[];
}

export interface NumericByCluster { sum: number[]; sumSq: number[]; n: number[] }

export interface ChartAggregates {
  version: 1;
  grid: { count: number[]; sumScore: number[]; labelled: number[]; positives: number[]; sumScoreLabelled: number[] };
  /** [segment index][score bin] (50 bins). */
  histBySegment: number[][];
  /** [segment index][cluster]. */
  clusterBySegment: number[][];
  cluster: { sumScore: number[]; predicted: number[]; labelled: number[]; positives: number[] };
  /** Per segment index: sum of scores and leads predicted to convert (KPIs under a segment filter). */
  segment: { sumScore: number[]; predicted: number[] };
  /** Per numeric input field: per-cluster sums (cluster profiles in people's units). */
  clusterNum: Record<string, NumericByCluster>;
  byCategory: Record<string, CategoryAgg>;
  /** Per decile 1..10 (index 0..9). */
  decile: { sumScore: number[]; labelled: number[]; positives: number[] };
}

const zeros = (n: number): number[] => new Array<number>(n).fill(0);
const grow = (a: number[], n: number): void => { while (a.length < n) a.push(0); };

export function emptyChartAggregates(clusters: number): ChartAggregates {
  return {
    version: 1,
    grid: { count: zeros(GRID_BINS), sumScore: zeros(GRID_BINS), labelled: zeros(GRID_BINS), positives: zeros(GRID_BINS), sumScoreLabelled: zeros(GRID_BINS) },
    histBySegment: SEGMENTS.map(() => zeros(SCORE_BINS)),
    clusterBySegment: SEGMENTS.map(() => zeros(clusters)),
    cluster: { sumScore: zeros(clusters), predicted: zeros(clusters), labelled: zeros(clusters), positives: zeros(clusters) },
    segment: { sumScore: zeros(SEGMENTS.length), predicted: zeros(SEGMENTS.length) },
    clusterNum: {},
    byCategory: {},
    decile: { sumScore: zeros(10), labelled: zeros(10), positives: zeros(10) },
  };
}

export function gridBin(s: number): number {
  return Math.min(GRID_BINS - 1, Math.max(0, Math.floor(s * GRID_BINS)));
}

type Inputs = Pick<ChunkInputs, 'n' | 'cluster' | 'label'> & Partial<Pick<ChunkInputs, 'num' | 'cat'>>;

/** Adds one chunk (mutates `a`). */
export function addChartChunk(a: ChartAggregates, inp: Inputs, out: ChunkOutputs): ChartAggregates {
  const { grid, cluster } = a;
  let maxCluster = 0;
  for (let i = 0; i < inp.n; i++) if (inp.cluster[i] >= maxCluster) maxCluster = inp.cluster[i] + 1;
  for (const arr of [cluster.sumScore, cluster.predicted, cluster.labelled, cluster.positives, ...a.clusterBySegment]) grow(arr, maxCluster);
  for (let i = 0; i < inp.n; i++) {
    const s = out.score[i];
    const g = gridBin(s);
    const c = inp.cluster[i];
    const seg = out.segment[i];
    const d = out.decile[i] - 1;
    grid.count[g]++;
    grid.sumScore[g] += s;
    a.histBySegment[seg][Math.min(SCORE_BINS - 1, Math.max(0, Math.floor(s * SCORE_BINS)))]++;
    a.clusterBySegment[seg][c]++;
    cluster.sumScore[c] += s;
    cluster.predicted[c] += out.predicted[i];
    a.decile.sumScore[d] += s;
    a.segment.sumScore[seg] += s;
    a.segment.predicted[seg] += out.predicted[i];
    const y = inp.label ? inp.label[i] : NO_LABEL;
    if (y !== NO_LABEL) {
      grid.labelled[g]++;
      grid.positives[g] += y;
      grid.sumScoreLabelled[g] += s;
      cluster.labelled[c]++;
      cluster.positives[c] += y;
      a.decile.labelled[d]++;
      a.decile.positives[d] += y;
    }
  }
  for (const [field, col] of Object.entries(inp.cat ?? {})) addCategory(a, field, col, inp, out);
  for (const [field, col] of Object.entries(inp.num ?? {})) {
    const agg = (a.clusterNum[field] ??= { sum: [], sumSq: [], n: [] });
    for (const arr of [agg.sum, agg.sumSq, agg.n]) grow(arr, maxCluster);
    for (let i = 0; i < inp.n; i++) {
      const v = col[i];
      if (!Number.isFinite(v)) continue;
      const c = inp.cluster[i];
      agg.sum[c] += v;
      agg.sumSq[c] += v * v;
      agg.n[c]++;
    }
  }
  return a;
}

function addCategory(a: ChartAggregates, field: string, col: { dict: string[]; codes: ArrayLike<number> }, inp: Inputs, out: ChunkOutputs): void {
  const agg = (a.byCategory[field] ??= { values: [], count: SEGMENTS.map(() => []), sumScore: SEGMENTS.map(() => []), predicted: SEGMENTS.map(() => []), labelled: [], positives: [] });
  // Chunk dictionaries differ: map each chunk code to the run-wide value index once.
  const map = col.dict.map((v) => {
    let k = agg.values.indexOf(v);
    if (k < 0) {
      k = agg.values.push(v) - 1;
      for (const arr of [agg.labelled, agg.positives, ...agg.count, ...agg.sumScore, ...agg.predicted]) arr.push(0);
    }
    return k;
  });
  for (let i = 0; i < inp.n; i++) {
    const k = map[col.codes[i]];
    const seg = out.segment[i];
    agg.count[seg][k]++;
    agg.sumScore[seg][k] += out.score[i];
    agg.predicted[seg][k] += out.predicted[i];
    const y = inp.label ? inp.label[i] : NO_LABEL;
    if (y !== NO_LABEL) {
      agg.labelled[k]++;
      agg.positives[k] += y;
    }
  }
}
