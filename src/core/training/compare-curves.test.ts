// The comparison's curves agree with the metrics beside them: the ROC curve's area is the ROC AUC (trapezoids,
// as sklearn), PR points are (recall, precision) at each cut, and calibration points are the reliability bins.
import { describe, expect, it } from 'vitest';
import { prng } from '../demo/demo-leads';
import { calibrationTable, rocAuc } from '../metrics';
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
});
