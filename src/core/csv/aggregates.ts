/**
 * Run-level statistics computed once, incrementally, as each chunk is committed (so the Runs list and
 * summary never rescan a million leads): counts, mean score, predicted share, counts by segment, decile
 * and cluster, a 50-bin score histogram, the dashboard's chart aggregates (core/charts); and the real metrics of a labelled file via the core's metrics.
 * Also the post-model decisions of a chunk (calibration, threshold, decile, segment via core/decide).
 */
import type { ModelCard } from '../card/types';
import type { RunMetrics } from '../../bridge/batch-contract';
import { calibrate, decile as decileOf, tier as tierOf } from '../decide';
import { brier, confusion, liftGainByDecile, logLoss, prAuc, rocAuc } from '../metrics';
import { aucSeDeLong } from '../monitoring/run-quality';
import { NO_LABEL, SEGMENTS, type ChunkInputs, type ChunkOutputs } from './columnar';
import { addChartChunk, emptyChartAggregates, type ChartAggregates } from '../charts/chart-agg';

export const HIST_BINS = 50;

export interface RunAggregates {
  rows: number;
  scored: number;
  invalid: number;
  defaultsUsed: number;
  sumScore: number;
  predicted: number;
  bySegment: { High: number; Medium: number; Low: number };
  byDecile: number[];
  byCluster: number[];
  histogram: number[];
  labelled: number;
  /** Dashboard chart aggregates (core/charts/chart-agg.ts); absent in runs stored before them. */
  charts?: ChartAggregates;
}

export function emptyAggregates(clusters: number): RunAggregates {
  return {
    rows: 0, scored: 0, invalid: 0, defaultsUsed: 0, sumScore: 0, predicted: 0,
    bySegment: { High: 0, Medium: 0, Low: 0 },
    byDecile: new Array<number>(10).fill(0),
    byCluster: new Array<number>(clusters).fill(0),
    histogram: new Array<number>(HIST_BINS).fill(0),
    labelled: 0,
    charts: emptyChartAggregates(clusters),
  };
}

const SEGMENT_CODE = { High: 0, Medium: 1, Low: 2 } as const;

/** Scores, decisions, deciles and segments (tiers under the card's rule) of a chunk from the model's raw P(class 1). */
export function decideChunk(card: ModelCard, raw: Float32Array, threshold: number): ChunkOutputs {
  const n = raw.length;
  const score = new Float32Array(n);
  const predicted = new Uint8Array(n);
  const decile = new Uint8Array(n);
  const segment = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const s = calibrate(card, raw[i]);
    score[i] = s;
    predicted[i] = s >= threshold ? 1 : 0;
    const d = decileOf(card, s);
    decile[i] = d;
    segment[i] = SEGMENT_CODE[tierOf(card, s, d)];
  }
  return { score, predicted, decile, segment };
}

/** Adds one committed chunk to the running aggregates (mutates `a`). */
export function addChunk(a: RunAggregates, inp: Pick<ChunkInputs, 'n' | 'cluster' | 'label'> & Partial<Pick<ChunkInputs, 'num' | 'cat'>>, out: ChunkOutputs, counts: { rowsIn: number; invalid: number; defaultsUsed: number }): RunAggregates {
  a.rows += counts.rowsIn;
  a.invalid += counts.invalid;
  a.scored += inp.n;
  a.defaultsUsed += counts.defaultsUsed;
  for (let i = 0; i < inp.n; i++) {
    const s = out.score[i];
    a.sumScore += s;
    a.predicted += out.predicted[i];
    a.bySegment[SEGMENTS[out.segment[i]]]++;
    a.byDecile[out.decile[i] - 1]++;
    const c = inp.cluster[i];
    while (a.byCluster.length <= c) a.byCluster.push(0);
    a.byCluster[c]++;
    a.histogram[Math.min(HIST_BINS - 1, Math.max(0, Math.floor(s * HIST_BINS)))]++;
    if (inp.label && inp.label[i] !== NO_LABEL) a.labelled++;
  }
  if (a.charts) addChartChunk(a.charts, inp, out);
  return a;
}

export function meanScore(a: RunAggregates): number {
  return a.scored > 0 ? a.sumScore / a.scored : 0;
}

export function predictedShare(a: RunAggregates): number {
  return a.scored > 0 ? a.predicted / a.scored : 0;
}

/** Real metrics of a labelled run (rows without a usable label are left out). */
export function runMetrics(y: ArrayLike<number>, p: ArrayLike<number>, threshold: number): RunMetrics | undefined {
  const n = y.length;
  if (n === 0) return undefined;
  let pos = 0;
  for (let i = 0; i < n; i++) pos += y[i];
  if (pos === 0 || pos === n) return undefined;
  const { tp, fp, tn, fn, accuracy, precision, recall, f1 } = confusion(y, p, threshold);
  return {
    rocAuc: rocAuc(y, p),
    aucSe: aucSeDeLong(y, p),
    prAuc: prAuc(y, p),
    brier: brier(y, p),
    logLoss: logLoss(y, p),
    threshold,
    confusion: { tp, fp, tn, fn },
    accuracy,
    precision,
    recall,
    f1,
    byDecile: liftGainByDecile(y, p).map((d) => ({ decile: d.decile, count: d.count, positives: d.positives, rate: d.rate, lift: d.lift, gain: d.cumulativeGain })),
  };
}
