// Monte-Carlo checks of the BG/NBD closed forms against the generative story itself (simulate.ts):
// within each frequency group, the mean predicted P(any purchase in (T, T+t]) and expected purchases must
// match the simulated outcomes to sampling error; a fit on simulated data recovers the true parameters.
import { describe, expect, it } from 'vitest';
import { prng } from '../demo/demo-leads';
import { bgnbdExpected, bgnbdPAnyPurchase, fitBgNbd, type Rfm } from './bgnbd';
import { sampleBeta, sampleGamma, simulateBgNbdCustomer } from './simulate';

const truth = { r: 0.25, alpha: 4.4, a: 0.8, b: 2.4 };
const N = 60_000;
const rnd = prng(20260101);
// Calibration lengths 26 to 39 weeks (first purchases spread over a quarter), horizon 4 weeks.
const T = Float64Array.from({ length: N }, (_, i) => 26 + (i % 14));
const H = 4;
const rfm: Rfm = { x: new Float64Array(N), tx: new Float64Array(N), T };
const anyFuture = new Uint8Array(N);
const nFuture = new Float64Array(N);
for (let i = 0; i < N; i++) {
  const c = simulateBgNbdCustomer(truth, T[i] + H, rnd);
  const cal = c.times.filter((t) => t <= T[i]);
  rfm.x[i] = cal.length;
  rfm.tx[i] = cal.length ? cal[cal.length - 1] : 0;
  nFuture[i] = c.times.length - cal.length;
  anyFuture[i] = nFuture[i] > 0 ? 1 : 0;
}

describe('samplers', () => {
  it('gamma and beta have the right means', () => {
    const r = prng(7);
    let g = 0;
    let b = 0;
    for (let i = 0; i < 40_000; i++) {
      g += sampleGamma(0.4, 2, r);
      b += sampleBeta(0.8, 2.4, r);
    }
    expect(g / 40_000).toBeCloseTo(0.2, 2);
    expect(b / 40_000).toBeCloseTo(0.25, 2);
  });
});

describe('BG/NBD closed forms vs the simulated story', () => {
  const groups: [number, number][] = [[0, 0], [1, 1], [2, 2], [3, 4], [5, 9], [10, 1e9]];
  for (const [lo, hi] of groups) {
    it(`x in [${lo}, ${hi}]: predicted P(any) and E[purchases] match simulated outcomes`, () => {
      let n = 0;
      let pred = 0;
      let obs = 0;
      let predE = 0;
      let obsE = 0;
      let obsE2 = 0;
      for (let i = 0; i < N; i++) {
        if (rfm.x[i] < lo || rfm.x[i] > hi) continue;
        n++;
        pred += bgnbdPAnyPurchase(truth, rfm.x[i], rfm.tx[i], T[i], H);
        predE += bgnbdExpected(truth, rfm.x[i], rfm.tx[i], T[i], H);
        obs += anyFuture[i];
        obsE += nFuture[i];
        obsE2 += nFuture[i] ** 2;
      }
      expect(n).toBeGreaterThan(300);
      const pm = pred / n;
      const se = Math.sqrt((pm * (1 - pm)) / n);
      expect(Math.abs(obs / n - pm)).toBeLessThan(4 * se);
      const sdE = Math.sqrt(obsE2 / n - (obsE / n) ** 2);
      expect(Math.abs(obsE / n - predE / n)).toBeLessThan(4 * (sdE / Math.sqrt(n)) + 1e-9);
    });
  }

  it('a fit on the simulated calibration data recovers the true parameters', () => {
    const f = fitBgNbd(rfm);
    expect(f.converged).toBe(true);
    expect(Math.abs(f.params.r / truth.r - 1)).toBeLessThan(0.1);
    expect(Math.abs(f.params.alpha / truth.alpha - 1)).toBeLessThan(0.15);
    expect(Math.abs(f.params.a / truth.a - 1)).toBeLessThan(0.2);
    expect(Math.abs(f.params.b / truth.b - 1)).toBeLessThan(0.25);
  });
});
