// Binned curves against sklearn (fixture made by fixtures/make_curves_fixture.py) and against exact per-lead
// computations on small data.
import { describe, expect, it } from 'vitest';
import golden from './fixtures/curves.golden.json';
import { GRID_BINS, gridBin } from './chart-agg';
import { calibrationFromBins, gainLiftFromBins, prFromBins, rocFromBins, thin } from './curves';
import { decileTable } from './decile-table';
import { rocAuc } from '../metrics';

function bins(y: number[], p: number[]) {
  const labelled = new Array<number>(GRID_BINS).fill(0);
  const positives = new Array<number>(GRID_BINS).fill(0);
  const sumScoreLabelled = new Array<number>(GRID_BINS).fill(0);
  p.forEach((s, i) => { const g = gridBin(s); labelled[g]++; positives[g] += y[i]; sumScoreLabelled[g] += s; });
  return { labelled, positives, sumScoreLabelled };
}

describe('curves from binned counts vs sklearn', () => {
  const b = bins(golden.y, golden.p);
  it('ROC AUC and every ROC point equal sklearn roc_auc_score / roc_curve', () => {
    const roc = rocFromBins(b);
    expect(roc.area).toBeCloseTo(golden.rocAuc, 12);
    expect(roc.points.length).toBe(golden.roc.fpr.length);
    roc.points.forEach((pt, i) => { expect(pt.x).toBeCloseTo(golden.roc.fpr[i], 12); expect(pt.y).toBeCloseTo(golden.roc.tpr[i], 12); });
  });
  it('average precision and PR points equal sklearn average_precision_score / precision_recall_curve', () => {
    const pr = prFromBins(b);
    expect(pr.area).toBeCloseTo(golden.averagePrecision, 12);
    golden.pr.recall.forEach((r, i) => { expect(pr.points[i].x).toBeCloseTo(r, 12); expect(pr.points[i].y).toBeCloseTo(golden.pr.precision[i], 12); });
  });
  it('binned AUC of off-grid scores stays within one bin of the exact AUC', () => {
    const p = golden.p.map((s, i) => Math.min(0.999999, s + ((i % 7) - 3) / (7 * GRID_BINS)));
    expect(Math.abs(rocFromBins(bins(golden.y, p)).area - rocAuc(golden.y, p))).toBeLessThan(0.005);
  });
});

describe('gain, lift, calibration', () => {
  const y = [1, 0, 1, 1, 0, 0, 1, 0, 0, 0];
  const p = [0.95, 0.9, 0.85, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1];
  it('gain and lift at each distinct score equal a direct count', () => {
    const { gain, lift } = gainLiftFromBins(bins(y, p));
    expect(gain[3]).toEqual({ x: 0.3, y: 2 / 4 });
    expect(lift[3].y).toBeCloseTo((3 / 4) / 0.4, 12);
    expect(gain[gain.length - 1]).toEqual({ x: 1, y: 1 });
  });
  it('calibration groups hold equal counts, their mean score and observed rate', () => {
    const c = calibrationFromBins(bins(y, p), 5);
    expect(c.map((g) => g.count)).toEqual([2, 2, 2, 2, 2]);
    expect(c[0].meanScore).toBeCloseTo(0.15, 12);
    expect(c[4].rate).toBe(0.5);
    expect(c[4].meanScore).toBeCloseTo(0.925, 12);
  });
  it('thin keeps at most max points, first and last', () => {
    const pts = Array.from({ length: 5000 }, (_, i) => i);
    const t = thin(pts, 1000);
    expect(t.length).toBe(1000);
    expect(t[0]).toBe(0);
    expect(t[999]).toBe(4999);
  });
});

describe('decile table', () => {
  it('shares, mean score, rate, lift and cumulative gain', () => {
    const count = [10, 10, 0, 0, 0, 0, 0, 0, 0, 20];
    const rows = decileTable({ count, sumScore: [9, 8, 0, 0, 0, 0, 0, 0, 0, 4], labelled: count, positives: [8, 6, 0, 0, 0, 0, 0, 0, 0, 2] });
    expect(rows[0]).toMatchObject({ decile: 1, count: 10, share: 0.25, meanScore: 0.9, rate: 0.8, lift: 0.8 / 0.4, cumulativeGain: 0.5 });
    expect(rows[9].cumulativeGain).toBe(1);
    expect(Number.isNaN(rows[2].rate)).toBe(true);
  });
});
