// Golden numbers computed once with scikit-learn 1.2.1 (/usr/bin/python3) on these arrays.
import { describe, expect, it } from 'vitest';
import { binaryCurve, brier, calibrationTable, confusion, liftGainByDecile, logLoss, prAuc, rocAuc } from './metrics';

const y1 = [0, 0, 1, 1, 0, 1, 1, 0, 1, 1];
const p1 = [0.1, 0.4, 0.35, 0.8, 0.2, 0.9, 0.65, 0.7, 0.55, 0.3];
// Many ties.
const y2 = [1, 0, 1, 0, 1, 1, 0, 0, 1, 0, 1, 1];
const p2 = [0.5, 0.5, 0.5, 0.2, 0.8, 0.8, 0.2, 0.5, 0.9, 0.1, 0.3, 0.5];

describe('metrics match sklearn 1.2', () => {
  it('rocAuc', () => {
    expect(rocAuc(y1, p1)).toBeCloseTo(0.75, 12);
    expect(rocAuc(y2, p2)).toBeCloseTo(0.8571428571428571, 12);
    expect(rocAuc([1, 1], [0.2, 0.3])).toBeNaN();
  });
  it('prAuc (average precision)', () => {
    expect(prAuc(y1, p1)).toBeCloseTo(0.8357142857142856, 12);
    expect(prAuc(y2, p2)).toBeCloseTo(0.8611111111111112, 12);
  });
  it('brier and logLoss', () => {
    expect(brier(y1, p1)).toBeCloseTo(0.19874999999999998, 14);
    expect(brier(y2, p2)).toBeCloseTo(0.16, 14);
    expect(logLoss(y1, p1)).toBeCloseTo(0.5654221407708687, 12);
    expect(logLoss(y2, p2)).toBeCloseTo(0.4810836619748462, 12);
    expect(logLoss([1, 0], [1, 0])).toBeCloseTo(9.992007221626415e-16, 25);
    expect(logLoss([1, 0], [0, 1])).toBeCloseTo(34.53917619362578, 10);
  });
  it('confusion at 0.5 (>= is positive)', () => {
    const c1 = confusion(y1, p1, 0.5);
    expect(c1.accuracy).toBeCloseTo(0.7, 12);
    expect(c1.precision).toBeCloseTo(0.8, 12);
    expect(c1.recall).toBeCloseTo(0.6666666666666666, 12);
    expect(c1.f1).toBeCloseTo(0.7272727272727272, 12);
    const c2 = confusion(y2, p2, 0.5);
    expect([c2.tp, c2.fp, c2.tn, c2.fn]).toEqual([6, 2, 3, 1]);
    expect(c2.accuracy).toBeCloseTo(0.75, 12);
    expect(c2.precision).toBeCloseTo(0.75, 12);
    expect(c2.recall).toBeCloseTo(0.8571428571428571, 12);
    expect(c2.f1).toBeCloseTo(0.7999999999999999, 12);
    expect(confusion([0, 0], [0.1, 0.2], 0.5).precision).toBe(0);
  });
  it('calibrationTable (sklearn calibration_curve, uniform bins)', () => {
    const t1 = calibrationTable(y1, p1, 4).filter((b) => b.count > 0);
    expect(t1.map((b) => b.fractionPositive)).toEqual([0, 2 / 3, 2 / 3, 1].map((v) => expect.closeTo(v, 8)));
    expect(t1.map((b) => b.meanPredicted)).toEqual([0.15, 0.35, 0.63333333, 0.85].map((v) => expect.closeTo(v, 8)));
    const t2 = calibrationTable(y2, p2, 4);
    expect(t2.map((b) => b.count)).toEqual([3, 6, 0, 3]);
    const ne = t2.filter((b) => b.count > 0);
    expect(ne.map((b) => b.fractionPositive)).toEqual([0, 2 / 3, 1].map((v) => expect.closeTo(v, 8)));
    expect(ne.map((b) => b.meanPredicted)).toEqual([0.16666667, 0.46666667, 0.83333333].map((v) => expect.closeTo(v, 8)));
  });
  it('liftGainByDecile', () => {
    const rows = liftGainByDecile(y1, p1);
    expect(rows).toHaveLength(10);
    expect(rows.map((r) => r.positives)).toEqual([1, 1, 0, 1, 1, 0, 1, 1, 0, 0]);
    expect(rows[9].cumulativeGain).toBeCloseTo(1, 12);
    expect(rows[0].lift).toBeCloseTo(1 / 0.6, 12);
    expect(rows.reduce((s, r) => s + r.count, 0)).toBe(10);
  });
});

describe('binaryCurve', () => {
  it('equals the index-sorted curve on scores with many ties and a NaN fallback', () => {
    let s = 9;
    const rnd = (): number => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296);
    const n = 5000;
    const y = Float64Array.from({ length: n }, () => (rnd() < 0.2 ? 1 : 0));
    const p = Float64Array.from({ length: n }, () => Math.round(rnd() * 300) / 300);
    const idx = Array.from({ length: n }, (_, i) => i).sort((a, b) => p[b] - p[a]);
    const want = { fps: [] as number[], tps: [] as number[], thr: [] as number[] };
    let tp = 0;
    for (let k = 0; k < n; k++) {
      tp += y[idx[k]];
      if (k === n - 1 || p[idx[k + 1]] !== p[idx[k]]) {
        want.tps.push(tp);
        want.fps.push(k + 1 - tp);
        want.thr.push(p[idx[k]]);
      }
    }
    expect(binaryCurve(y, p)).toEqual(want);
    const withNaN = Float64Array.from(p);
    withNaN[3] = NaN;
    expect(binaryCurve(y, withNaN).tps.at(-1)).toBe(tp);
  });
});
