// The client card's "why" (issue #10): regression contributions are coefficient × standardised value, sum
// to the linear predictor minus the intercept, and are ranked by size; the BG/NBD sentence's P(still active)
// is the published FHL (2005) value for the same customer; a blend is explained by its weighted components.
import { describe, expect, it } from 'vitest';
import type { ForecastModelCard } from '../forecast/card';
import { fitLogistic, logitLogistic } from '../forecast/logistic';
import { explainForecast, type WhyPart } from './client-why';

const card = (id: string, task: 'sales' | 'purchase', kind: ForecastModelCard['kind'], params: unknown): ForecastModelCard =>
  ({ schemaVersion: 1, id, task, kind, features: [], params: params as ForecastModelCard['params'], trainedAt: '2024-01-01T00:00:00Z', trainingCutoffDay: 0, trainingRows: 0, metrics: {} });

// CDNOW sample, 39 weeks (FHL 2005 / CLVTools): r, α, a, b.
const BG = { r: 0.2425945, alpha: 4.4136019, a: 0.7929199, b: 2.4258881 };

describe('explainForecast', () => {
  it('regression: coef × standardised value, signed, ranked, summing to the logit', () => {
    const x1 = Float64Array.from([0, 1, 2, 3, 4, 5, 6, 7]);
    const x2 = Float64Array.from([5, 3, 4, 1, 2, 0, 1, 3]);
    const y = Float64Array.from([0, 0, 1, 0, 1, 1, 1, 0]);
    const m = fitLogistic([x1, x2], y, { names: ['visits', 'days_since_last'] });
    const row = { visits: 6, days_since_last: 0 };
    const [w] = explainForecast(card('p-log', 'purchase', 'logistic', m), new Map(), row) as Extract<WhyPart, { kind: 'regression' }>[];
    const logit = logitLogistic(m, [[6], [0]])[0];
    expect(w.contributions.reduce((s, c) => s + c.contribution, 0) + w.intercept).toBeCloseTo(logit, 12);
    const z = (v: number, j: number) => (v - m.means[j]) / m.scales[j];
    const byName = Object.fromEntries(w.contributions.map((c) => [c.feature, c.contribution]));
    expect(byName.visits).toBeCloseTo(m.coef[0] * z(6, 0), 12);
    expect(byName.days_since_last).toBeCloseTo(m.coef[1] * z(0, 1), 12);
    expect(Math.abs(w.contributions[0].contribution)).toBeGreaterThanOrEqual(Math.abs(w.contributions[1].contribution));
  });

  it('BG/NBD: P(still active) from the client own numbers (FHL 2005: x 2, t_x 30.43, T 38.86 → 0.7266)', () => {
    const c = card('p-bg', 'purchase', 'bgnbd', { bgnbd: BG, timeUnitDays: 7 });
    const [w] = explainForecast(c, new Map(), { frequency: 2, recency_weeks: 30.43, age_weeks: 38.86, days_since_last: 59, any_purchase: 1 });
    expect(w).toMatchObject({ kind: 'bgnbd', purchases: 3, daysSinceLast: 59 });
    expect((w as Extract<WhyPart, { kind: 'bgnbd' }>).pAlive).toBeCloseTo(0.7266, 4);
    const [none] = explainForecast(c, new Map(), { frequency: 0, recency_weeks: 0, age_weeks: 0, any_purchase: 0 });
    expect(none).toMatchObject({ purchases: 0, pAlive: 1 });
  });

  it('blend: each component with its weight; naive shows last month spend', () => {
    const bg = card('s-bg', 'sales', 'bgnbd-gg', { bgnbd: BG, gammaGamma: { p: 6.25, q: 3.74, gamma: 15.44 }, timeUnitDays: 7 });
    const nv = card('s-naive', 'sales', 'naive', {});
    const bl = card('s-blend', 'sales', 'blend', { kind: 'blend', components: ['s-bg', 's-naive'], weights: [0.5, 0.5] });
    const parts = explainForecast(bl, new Map([[bg.id, bg], [nv.id, nv]]), { frequency: 1, recency_weeks: 2, age_weeks: 10, spend_30d: 42, any_purchase: 1 });
    expect(parts.map((p) => [p.kind, p.weight])).toEqual([['bgnbd', 0.5], ['naive', 0.5]]);
    expect(parts[1]).toMatchObject({ spend30d: 42 });
  });
});
