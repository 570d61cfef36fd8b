// Per-tier outcomes on a labelled file: counted by hand on a small example, rows of other tiers ignored.
import { describe, expect, it } from 'vitest';
import { outcomesOrdered, tierOutcomes } from './outcomes';

describe('tierOutcomes', () => {
  it('counts leads and converters per tier', () => {
    const labels = [1, 1, 0, 1, 0, 0, 0, 1];
    const segs = [0, 0, 0, 1, 1, 2, 2, 2];
    const o = tierOutcomes(labels, segs);
    expect(o.High).toEqual({ count: 3, positives: 2, rate: 2 / 3 });
    expect(o.Medium).toEqual({ count: 2, positives: 1, rate: 0.5 });
    expect(o.Low).toEqual({ count: 3, positives: 1, rate: 1 / 3 });
    expect(outcomesOrdered(o)).toBe(true);
  });

  it('leaves empty tiers out of the order check', () => {
    const o = tierOutcomes([0, 1, 1], [0, 2, 2]);
    expect(o.Medium.count).toBe(0);
    expect(Number.isNaN(o.Medium.rate)).toBe(true);
    expect(outcomesOrdered(o)).toBe(false);
  });
});
