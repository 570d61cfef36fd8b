// The demo generator: deterministic per seed, realistic shapes, and a BG/NBD fit on its orders recovers the
// generating parameters roughly (the demo really tells the BG/NBD story).
import { describe, expect, it } from 'vitest';
import { generateDemo } from './demo';
import { buildActivityBook } from './activity-book';
import { prepareCustomerData } from './customer-data';
import { pointInTimeFeatures } from './features';
import { buildOrderBook } from './order-book';
import { fitBgNbd } from '../forecast/bgnbd';

describe('generateDemo', () => {
  it('is deterministic and well formed', () => {
    const a = generateDemo({ clients: 200, seed: 3 });
    expect(generateDemo({ clients: 200, seed: 3 })).toEqual(a);
    expect(generateDemo({ clients: 200, seed: 4 }).orders).not.toEqual(a.orders);
    expect(a.clients).toHaveLength(200);
    expect(new Set(a.clients.map((c) => c.customerId)).size).toBe(200);
    expect(a.clients[0].email).toMatch(/^[a-z]+\.[a-z]+1@example\.(com|org|net)$/);
    expect(a.orders.every((o) => o.amount >= 0 && Number.isInteger(o.items) && o.items >= 1)).toBe(true);
    expect(a.activity.length).toBeGreaterThan(1000);
  });

  it('recovers the generating BG/NBD parameters roughly (no season)', () => {
    const truth = { r: 0.35, alpha: 5, a: 0.8, b: 2.5 };
    const d = generateDemo({ clients: 6000, seed: 11, season: 0, nonBuyers: 0, bgnbd: truth });
    const data = prepareCustomerData(buildOrderBook(d.orders));
    const end = 20_453; // 2025-12-31: the generator's default end
    const g = pointInTimeFeatures(data, end);
    const fit = fitBgNbd({ x: g.x, tx: g.tx, T: g.T });
    expect(fit.params.r).toBeGreaterThan(truth.r * 0.8);
    expect(fit.params.r).toBeLessThan(truth.r * 1.25);
    expect(fit.params.alpha).toBeGreaterThan(truth.alpha * 0.75);
    expect(fit.params.alpha).toBeLessThan(truth.alpha * 1.33);
    const meanDrop = fit.params.a / (fit.params.a + fit.params.b);
    expect(Math.abs(meanDrop - truth.a / (truth.a + truth.b))).toBeLessThan(0.05);
  });

  it('makes activity track the latent purchase rate', () => {
    const d = generateDemo({ clients: 1500, seed: 5 });
    const act = buildActivityBook(d.activity);
    const idx = new Map(act.clientIds!.map((id, i) => [id, i]));
    const sums = new Float64Array(act.clientIds!.length);
    for (let i = 0; i < act.client.length; i++) sums[act.client[i]] += act.visits[i];
    const xs = d.clients.map((c, i) => [d.truth.lambda[i], sums[idx.get(c.customerId)!]]);
    const hi = xs.filter(([l]) => l > 0.3).map(([, v]) => v);
    const lo = xs.filter(([l]) => l < 0.02).map(([, v]) => v);
    const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;
    expect(mean(hi)).toBeGreaterThan(2 * mean(lo));
  });
});
