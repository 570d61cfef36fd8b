// Golden tests: BG/NBD and Gamma-Gamma on the first 39 weeks of CDNOW_sample.txt reproduce the published
// figures (Fader, Hardie & Lee 2005; Fader & Hardie's Gamma-Gamma note; CLVTools' tests). The data file is
// read from ../shared/data (or $LEADLENS_SHARED_DATA); if it is missing these tests fail, they never skip.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCdnow } from '../../../tests/fixtures/forecast/cdnow';
import {
  bgnbdExpected, bgnbdLogLik, bgnbdPAlive, bgnbdPAnyPurchase, bgnbdPredict, bgnbdLogLikGradient, bgnbdLogLikPrepared, bgnbdUnconditionalExpected, fitBgNbd, prepareBgNbd, type BgNbdParams,
} from './bgnbd';
import { fitGammaGamma, ggExpectedSpend } from './gamma-gamma';

interface Ref {
  params: BgNbdParams;
  conditional: { x: number; tx: number; T: number; t: number; expected: number; pAlive: number }[];
  unconditional: { t: number; expected: number }[];
}
const fixture = JSON.parse(readFileSync(new URL('../../../tests/fixtures/forecast/hyp2f1.json', import.meta.url), 'utf8')) as { bgnbd: Ref };
const sample = readCdnow('CDNOW_sample.txt');
const fit = fitBgNbd(sample.rfm);
const p = fit.params;

describe('BG/NBD on CDNOW_sample, 39 weeks (FHL 2005)', () => {
  it('summarises 2,357 customers, 946 of them repeat buyers', () => {
    expect(sample.ids.length).toBe(2357);
    expect(sample.rfm.x.filter((x) => x > 0).length).toBe(946);
  });

  it('fits r = 0.2426, α = 4.4136, a = 0.7929, b = 2.4259, LL = −9582.43', () => {
    expect(fit.converged).toBe(true);
    expect(p.r).toBeCloseTo(0.2426, 4);
    expect(p.alpha).toBeCloseTo(4.4136, 4);
    expect(p.a).toBeCloseTo(0.7929, 4);
    expect(p.b).toBeCloseTo(2.4259, 4);
    expect(fit.logLik).toBeCloseTo(-9582.43, 2);
  });

  it('agrees with CLVTools’ 7-digit estimates to 1e-5 relative', () => {
    const clv = { r: 0.2425945, alpha: 4.4136019, a: 0.7929199, b: 2.4258881 };
    for (const k of ['r', 'alpha', 'a', 'b'] as const) expect(Math.abs(p[k] / clv[k] - 1)).toBeLessThan(1e-5);
    expect(bgnbdLogLik(clv, sample.rfm)).toBeCloseTo(-9582.429, 3);
  });

  it('gives the paper’s customer-level figures', () => {
    expect(bgnbdExpected(p, 26, 30.86, 31, 1)).toBeCloseTo(0.7106, 4);
    expect(bgnbdPAlive(p, 26, 30.86, 31)).toBeCloseTo(0.9689, 4);
    expect(bgnbdPAlive(p, 2, 30.43, 38.86)).toBeCloseTo(0.7266, 4);
  });

  it('P(alive) is 1 for a customer with no repeat purchase', () => {
    expect(bgnbdPAlive(p, 0, 0, 30)).toBe(1);
  });

  it('conditional = unconditional expectation for a customer seen for T = 0', () => {
    expect(bgnbdExpected(p, 0, 0, 0, 39)).toBeCloseTo(bgnbdUnconditionalExpected(p, 39), 12);
  });

  it('equals eqs. 9–10 written independently with scipy’s hyp2f1 (fixture)', () => {
    const ref = fixture.bgnbd;
    for (const k of ref.conditional) {
      expect(Math.abs(bgnbdExpected(ref.params, k.x, k.tx, k.T, k.t) / k.expected - 1)).toBeLessThan(1e-10);
      expect(Math.abs(bgnbdPAlive(ref.params, k.x, k.tx, k.T) / k.pAlive - 1)).toBeLessThan(1e-12);
    }
    for (const k of ref.unconditional) {
      expect(Math.abs(bgnbdUnconditionalExpected(ref.params, k.t) / k.expected - 1)).toBeLessThan(1e-10);
    }
  });

  it('is continuous through the removable singularity at a = 1', () => {
    const at = (a: number): number => bgnbdExpected({ ...p, a }, 3, 20, 38, 4);
    expect(Math.abs(at(1) / at(1.0001) - 1)).toBeLessThan(1e-3);
    expect(Math.abs(at(1) - (at(1.00001) + at(0.99999)) / 2)).toBeLessThan(1e-8);
    const u = (a: number): number => bgnbdUnconditionalExpected({ ...p, a }, 10);
    expect(Math.abs(u(1) - (u(1.00001) + u(0.99999)) / 2)).toBeLessThan(1e-8);
  });

  it('vectorised predictions equal the scalar functions', () => {
    const pred = bgnbdPredict(p, sample.rfm, 2);
    for (const i of [0, 17, 999, 2356]) {
      const [x, tx, T] = [sample.rfm.x[i], sample.rfm.tx[i], sample.rfm.T[i]];
      expect(pred.expected[i]).toBe(bgnbdExpected(p, x, tx, T, 2));
      expect(pred.pAlive[i]).toBe(bgnbdPAlive(p, x, tx, T));
      expect(pred.pAny[i]).toBe(bgnbdPAnyPurchase(p, x, tx, T, 2));
    }
  });
});

describe('Gamma-Gamma on the 946 repeat customers (Fader & Hardie)', () => {
  const gg = fitGammaGamma(sample.rfm.x, sample.mbar);

  it('fits p = 6.25, q = 3.74, γ = 15.44', () => {
    expect(gg.n).toBe(946);
    expect(gg.converged).toBe(true);
    expect(gg.params.p).toBeCloseTo(6.25, 2);
    expect(gg.params.q).toBeCloseTo(3.74, 2);
    expect(gg.params.gamma).toBeCloseTo(15.44, 2);
  });

  it('shrinks a customer’s mean towards the population mean', () => {
    const pop = (gg.params.p * gg.params.gamma) / (gg.params.q - 1);
    expect(ggExpectedSpend(gg.params, 0, 0)).toBeCloseTo(pop, 12);
    const e = ggExpectedSpend(gg.params, 2, 100);
    expect(e).toBeGreaterThan(pop);
    expect(e).toBeLessThan(100);
  });
});

describe('BG/NBD gradient', () => {
  it('the analytic gradient equals central differences of the log-likelihood', () => {
    const g = prepareBgNbd(sample.rfm);
    const q = { r: 0.4, alpha: 3, a: 1.3, b: 2 };
    const an = bgnbdLogLikGradient(q, g);
    const keys = ['r', 'alpha', 'a', 'b'] as const;
    keys.forEach((k, i) => {
      const h = 1e-6;
      const up = { ...q, [k]: q[k] * Math.exp(h) };
      const dn = { ...q, [k]: q[k] * Math.exp(-h) };
      const num = (bgnbdLogLikPrepared(up, g) - bgnbdLogLikPrepared(dn, g)) / (2 * h);
      expect(Math.abs(an[i] - num)).toBeLessThan(1e-5 * Math.max(1, Math.abs(num)));
    });
  });
});
