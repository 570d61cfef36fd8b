// Dashboard figures (issue #10): monthly sales with gaps filled, the forecast total and its compound-Poisson
// interval against a hand computation, and the KPIs.
import { describe, expect, it } from 'vitest';
import { epochDay } from './days';
import { customerKpis, forecastTotal, monthlySales } from './sales-trend';

describe('sales trend', () => {
  it('sums orders per month and fills empty months', () => {
    const day = [epochDay(2024, 1, 31), epochDay(2024, 1, 1), epochDay(2024, 3, 15)];
    expect(monthlySales(day, [10, 5.5, 2])).toEqual([
      { month: '2024-01', sales: 15.5, orders: 2 }, { month: '2024-02', sales: 0, orders: 0 }, { month: '2024-03', sales: 2, orders: 1 },
    ]);
    expect(monthlySales([], [])).toEqual([]);
  });
  it('forecast total and its interval', () => {
    // Var = 100²/2 + 30²/1 = 5900; half-width 1.96·√5900 = 150.55
    const f = forecastTotal([100, 30, NaN, 0], [2, 1, NaN, 0]);
    expect(f.total).toBe(130);
    expect(f.high - f.total).toBeCloseTo(1.96 * Math.sqrt(5900), 10);
    expect(f.low).toBe(0);
  });
  it('KPIs at a threshold', () => {
    expect(customerKpis(5, [10, 20, NaN, 30], [0.9, 0.7, NaN, 0.2], 0.7)).toEqual({ clients: 5, withForecast: 3, avgSpend30: 20, flagged: 2, flaggedShare: 2 / 3, threshold: 0.7 });
  });
});
