// The comparison's curves agree with the metrics beside them: the ROC curve's area is the ROC AUC (trapezoids,
// as sklearn), PR points are (recall, precision) at each cut, and calibration points are the reliability bins.
import { describe, expect, it } from 'vitest';
import { prng } from '../demo/demo-leads';
import { calibrationTable, liftGainByDecile, rocAuc } from '../metrics';
import { evalCurves } from './compare-curves';

describe('evalCurves', () => {
  it('ROC area equals rocAuc; PR ends at recall 1 with the base rate; calibration = reliability bins', () => {
    const r = prng(3);
    const y = Uint8Array.from({ length: 500 }, () => (r() < 0.3 ? 1 : 0));
    const s = Float64Array.from(y, (v) => Math.round(Math.min(1, Math.max(0, 0.3 * v + r() * 0.7)) * 50) / 50);
    const c = evalCurves(y, s, 10_000);
    let area = 0;
    for (let k = 1; k < c.roc.length; k++) area += ((c.roc[k].x - c.roc[k - 1].x) * (c.roc[k].y + c.roc[k - 1].y)) / 2;
    expect(area).toBeCloseTo(rocAuc(y, s), 12);
    const last = c.pr[c.pr.length - 1];
    expect(last.x).toBe(1);
    expect(last.y).toBeCloseTo(y.reduce((a, b) => a + b, 0) / y.length, 12);
    expect(c.calibration).toEqual(calibrationTable(y, s).filter((b) => b.count > 0).map((b) => ({ x: b.meanPredicted, y: b.fractionPositive })));
    expect(evalCurves(y, Float64Array.from(y, (_, i) => i / y.length), 100).roc.length).toBeLessThanOrEqual(100);
  });

  it('gain and lift at each tenth of the leads equal the decile table (metrics.liftGainByDecile, untied scores)', () => {
    const r = prng(5);
    const y = Uint8Array.from({ length: 1000 }, () => (r() < 0.4 ? 1 : 0));
    const s = Float64Array.from(y, (v) => 0.25 * v + r());
    const c = evalCurves(y, s, 10_000);
    const table = liftGainByDecile(y, s);
    for (const row of table) {
      const x = row.decile / 10;
      const g = c.gain.find((p) => Math.abs(p.x - x) < 1e-12)!;
      const l = c.lift.find((p) => Math.abs(p.x - x) < 1e-12)!;
      expect(g.y).toBeCloseTo(row.cumulativeGain, 12);
      expect(l.y).toBeCloseTo(row.cumulativeLift, 12);
    }
    expect(c.gain[0]).toEqual({ x: 0, y: 0 });
    expect(c.gain.at(-1)).toEqual({ x: 1, y: 1 });
    expect(c.lift.at(-1)!.y).toBeCloseTo(1, 12);
  });
});
