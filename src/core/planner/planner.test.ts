// Hand-computed campaign economics, a reproducible holdout and outcome matching.
import { describe, expect, it } from 'vitest';
import { planProfit } from './profit';
import { splitHoldout } from './holdout';
import { parseOutcomes, summariseOutcomes } from './outcomes';

describe('planProfit', () => {
  // cost 2, value 10: break-even 0.2. Leads above 0.2: 0.9, 0.6, 0.5, 0.3 → 4 contacted, 2.3 conversions, cost 8, profit 15.
  const desc = [0.9, 0.6, 0.5, 0.3, 0.2, 0.1, 0.05];
  it('recommends contacting every lead above the break-even probability', () => {
    const p = planProfit(desc, { cost: 2, value: 10 });
    expect(p.breakEven).toBe(0.2);
    expect(p.best.contacted).toBe(4);
    expect(p.best.conversions).toBeCloseTo(2.3, 12);
    expect(p.best.cost).toBe(8);
    expect(p.best.profit).toBeCloseTo(15, 12);
    expect(p.best.roi).toBeCloseTo(15 / 8, 12);
    expect(p.curve.length).toBe(8);
  });
  it('a budget caps the number contacted', () => {
    expect(planProfit(desc, { cost: 2, value: 10, budget: 5 }).best.contacted).toBe(2);
  });
  it('nobody is contacted when no lead beats break-even', () => {
    expect(planProfit(desc, { cost: 10, value: 10 }).best.contacted).toBe(0);
  });
});

describe('splitHoldout', () => {
  it('is reproducible from the seed and partitions the chosen leads', () => {
    const chosen = Uint32Array.from({ length: 1000 }, (_, i) => i * 3);
    const a = splitHoldout(chosen, 0.1, 42);
    const b = splitHoldout(chosen, 0.1, 42);
    expect([...a.control]).toEqual([...b.control]);
    expect(a.control.length).toBe(100);
    expect(new Set([...a.control, ...a.treated]).size).toBe(1000);
    expect([...splitHoldout(chosen, 0.1, 43).control]).not.toEqual([...a.control]);
  });
});

describe('outcomes', () => {
  it('reports bad rows by row, column and value and measures uplift', () => {
    const { rows, errors } = parseOutcomes(['CustomerID', 'Converted'], [['a', '1'], ['b', 'maybe'], ['c', '0'], ['x', '1'], ['d', '1']]);
    expect(errors).toEqual([{ row: 2, column: 'Converted', value: 'maybe' }]);
    const arms: Record<string, { arm: 'treated' | 'control'; score: number }> = { a: { arm: 'treated', score: 0.9 }, c: { arm: 'treated', score: 0.2 }, d: { arm: 'control', score: 0.5 } };
    const s = summariseOutcomes(rows, (id) => arms[id]);
    expect(s.treated).toEqual({ n: 2, converted: 1 });
    expect(s.control).toEqual({ n: 1, converted: 1 });
    expect(s.unmatched).toBe(1);
    expect(s.uplift.difference).toBeCloseTo(-0.5, 12);
  });
});
