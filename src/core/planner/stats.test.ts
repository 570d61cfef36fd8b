// Golden numbers from the issue (5% baseline, +10% relative uplift, 95% two-sided, 80% power) and scipy checks.
import { describe, expect, it } from 'vitest';
import { measuredUplift, minDetectableUplift, normalQuantile, sampleSize } from './stats';

describe('sample size of a two-proportion test', () => {
  it('50/50 split needs 31,234 per group', () => {
    expect(sampleSize({ baseline: 0.05, relativeUplift: 0.1, controlShare: 0.5 })).toEqual({ treated: 31234, control: 31234 });
  });
  it('a 10% holdout needs 158,360 treated and 17,596 control', () => {
    expect(sampleSize({ baseline: 0.05, relativeUplift: 0.1, controlShare: 0.1 })).toEqual({ treated: 158360, control: 17596 });
  });
  it('the minimum detectable uplift of the golden design is +10%', () => {
    expect(minDetectableUplift(31234, 31234, 0.05)).toBeCloseTo(0.1, 3);
    expect(minDetectableUplift(158360, 17596, 0.05)).toBeCloseTo(0.1, 3);
    expect(minDetectableUplift(1000, 100, 0.05)).toBeGreaterThan(1);
  });
});

describe('normal quantile and measured uplift', () => {
  it('matches scipy.stats.norm.ppf', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 14);
    expect(normalQuantile(0.8)).toBeCloseTo(0.8416212335729143, 14);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 10);
  });
  it('uplift interval of 120/1000 vs 80/1000 (Wald, statsmodels-style)', () => {
    const u = measuredUplift(120, 1000, 80, 1000);
    expect(u.difference).toBeCloseTo(0.04, 12);
    const se = Math.sqrt((0.12 * 0.88) / 1000 + (0.08 * 0.92) / 1000);
    expect(u.low).toBeCloseTo(0.04 - 1.959963984540054 * se, 12);
    expect(u.high).toBeCloseTo(0.04 + 1.959963984540054 * se, 12);
    expect(u.relative).toBeCloseTo(0.5, 12);
  });
});
