// The planner worker's ranking and split against a plain comparator sort and the holdout itself.
import { describe, expect, it } from 'vitest';
import { rankDesc, splitTop } from './rank';
import { mulberry32, splitHoldout } from './holdout';

describe('rankDesc', () => {
  it('orders scores from highest to lowest, keys following their scores (ties in reverse input order, as before)', () => {
    const rnd = mulberry32(7);
    const score = Float32Array.from({ length: 5000 }, () => Math.round(rnd() * 200) / 200);
    const keys = Uint32Array.from({ length: 5000 }, (_, i) => 10_000 + i);
    const r = rankDesc(score, keys);
    const want = [...score.keys()].sort((a, b) => score[b] - score[a] || b - a);
    expect(Array.from(r.desc)).toEqual(want.map((i) => score[i]));
    expect(Array.from(r.keys)).toEqual(want.map((i) => keys[i]));
  });
});

describe('splitTop', () => {
  it('splits exactly the best K, as splitHoldout does, with the treated leads’ expected figures', () => {
    const r = rankDesc(Float32Array.from([0.1, 0.9, 0.5, 0.7, 0.3]), Uint32Array.from([4, 8, 15, 16, 23]));
    const s = splitTop(r, 3, 1 / 3, 42, { cost: 1, value: 10 });
    expect(s).toMatchObject(splitHoldout(Uint32Array.from([8, 16, 15]), 1 / 3, 42));
    const scores: Record<number, number> = { 8: 0.9, 16: 0.7, 15: 0.5 };
    const conv = Array.from(s.treated).reduce((a, k) => a + Math.fround(scores[k]), 0);
    expect(s.treated.length + s.control.length).toBe(3);
    expect(s.treatedExpected.contacted).toBe(2);
    expect(s.treatedExpected.conversions).toBeCloseTo(conv, 12);
    expect(s.treatedExpected.profit).toBeCloseTo(conv * 10 - 2, 12);
  });
});
