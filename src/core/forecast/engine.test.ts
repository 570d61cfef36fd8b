// The engine end to end on seeded demo data: complete and deterministic output, cards that validate,
// selection by backtest, no leakage of data on or after the as-of day, progress and cancel.
import { describe, expect, it } from 'vitest';
import { buildActivityBook } from '../customers/activity-book';
import { epochDay } from '../customers/days';
import { generateDemo } from '../customers/demo';
import { buildOrderBook } from '../customers/order-book';
import { thresholdReport } from './backtest';
import { validateForecastCard } from './card';
import { runForecast, toClientForecasts, type ForecastProgress } from './engine';

const demo = generateDemo({ clients: 800, seed: 21 });
const AS_OF = epochDay(2025, 10, 1);
const book = buildOrderBook(demo.orders);
const activity = buildActivityBook(demo.activity);
const opts = { asOfDay: AS_OF, trainedAt: '2025-10-01T00:00:00.000Z' };

describe('runForecast', () => {
  it('forecasts every client known before the as-of day, with validated cards and a backtest choice', async () => {
    const steps: ForecastProgress[] = [];
    const r = await runForecast(book, activity, demo.clients, { ...opts, onProgress: (p) => steps.push(p) });
    const known = demo.clients.filter((c) => c.registeredDay! < AS_OF).length;
    expect(r.forecasts.clientIds).toHaveLength(known);
    expect(steps.map((s) => s.stage)).toEqual(['features', 'backtest', 'fit', 'predict', 'done']);
    for (const k of ['spend30', 'purchases30', 'pAlive', 'pBuy14'] as const) expect(r.forecasts[k].every((v) => Number.isFinite(v) && v >= 0)).toBe(true);
    expect(r.forecasts.pBuy14.every((v) => v <= 1)).toBe(true);
    expect(r.models.map((m) => m.id).sort()).toEqual(
      ['purchase-bgnbd', 'purchase-logistic', 'sales-bgnbd-gg', 'sales-linear', 'sales-naive'].map((k) => `${k}@2025-10-01`).sort(),
    );
    for (const m of r.models) expect(validateForecastCard(JSON.parse(JSON.stringify(m)))).toEqual(m);
    for (const task of [r.selection.sales, r.selection.purchase]) {
      expect(task.rule).not.toBe('fallback');
      expect(task.candidates.every((c) => c.backtest !== undefined)).toBe(true);
    }
    const best = r.selection.sales.candidates.reduce((a, b) => (b.backtest!.r2 > a.backtest!.r2 ? b : a));
    expect(r.selection.sales.chosenId).toBe(best.modelId);
    expect(r.forecasts.spend30).toEqual(r.predictionsByModel[r.selection.sales.chosenId]);
    // The activity features were available, so no "no activity" notice.
    expect(r.notices.some((n) => n.reason === 'no_activity_data')).toBe(false);
    const tr = r.selection.purchase.thresholdReport!;
    expect(tr.threshold).toBe(0.7);
    expect(tr).toEqual(thresholdReport(r.selection.purchase.backtest!.y, r.selection.purchase.backtest!.p, 0.7));
    expect(r.flagged).toBe(r.forecasts.willBuy.reduce((s, v) => s + v, 0));
    const rows = toClientForecasts(r);
    expect(rows[0]).toMatchObject({ customerId: r.forecasts.clientIds[0], asOfDay: AS_OF, salesModelId: r.selection.sales.chosenId });
  });

  it('is deterministic and ignores everything on or after the as-of day', async () => {
    const a = await runForecast(book, activity, demo.clients, opts);
    const b = await runForecast(book, activity, demo.clients, opts);
    expect(b).toEqual(a);
    const later = demo.orders.filter((o) => o.day >= AS_OF).map((o) => ({ ...o, amount: o.amount * 10 + 1 }));
    const cut = await runForecast(buildOrderBook([...demo.orders.filter((o) => o.day < AS_OF), ...later, { customerId: 'NEW', day: AS_OF, amount: 5, items: 1 }]), activity, demo.clients, opts);
    expect(cut.forecasts).toEqual(a.forecasts);
    expect(cut.models).toEqual(a.models);
  });

  it('works without activity (features left out with notices) and stops when cancelled', async () => {
    const r = await runForecast(book, undefined, undefined, { ...opts, threshold: 0.2 });
    expect(r.notices).toContainEqual({ feature: 'visits', reason: 'no_activity_data' });
    expect(r.models.find((m) => m.kind === 'logistic')!.features.map((f) => f.name)).not.toContain('visits_7d');
    expect(r.threshold).toBe(0.2);
    const ac = new AbortController();
    const p = runForecast(book, activity, demo.clients, { ...opts, signal: ac.signal, onProgress: (s) => s.stage === 'backtest' && ac.abort() });
    await expect(p).rejects.toThrow(/abort|cancel/i);
    await expect(runForecast(book, undefined, undefined, { asOfDay: epochDay(2000, 1, 1) })).rejects.toThrow(/No orders before the as-of date 2000-01-01/);
  });
});
