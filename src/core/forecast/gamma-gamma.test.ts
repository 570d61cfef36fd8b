// Gamma-Gamma beyond the golden figures: which customers are used, bad input, parameter recovery and the
// conditional expected spend as an unbiased predictor of each customer's latent mean (Monte Carlo).
import { describe, expect, it } from 'vitest';
import { prng } from '../demo/demo-leads';
import { fitGammaGamma, ggExpectedSpend, ggLogLik } from './gamma-gamma';
import { sampleGamma } from './simulate';

const truth = { p: 6, q: 3.8, gamma: 15 };
const N = 20_000;
const rnd = prng(99);
const x = new Float64Array(N);
const mbar = new Float64Array(N);
const latent = new Float64Array(N);
for (let i = 0; i < N; i++) {
  const nu = sampleGamma(truth.q, truth.gamma, rnd);
  latent[i] = truth.p / nu;
  x[i] = 1 + Math.floor(rnd() * 6);
  let s = 0;
  for (let k = 0; k < x[i]; k++) s += sampleGamma(truth.p, nu, rnd);
  mbar[i] = s / x[i];
}

describe('Gamma-Gamma', () => {
  it('recovers simulated parameters', () => {
    const f = fitGammaGamma(x, mbar);
    expect(f.n).toBe(N);
    expect(Math.abs(f.params.p / truth.p - 1)).toBeLessThan(0.05);
    expect(Math.abs(f.params.q / truth.q - 1)).toBeLessThan(0.1);
    expect(Math.abs(f.params.gamma / truth.gamma - 1)).toBeLessThan(0.15);
  });

  it('E[spend | x, mbar] is unbiased for the latent mean p/ν', () => {
    let bias = 0;
    let naiveErr = 0;
    let modelErr = 0;
    for (let i = 0; i < N; i++) {
      const e = ggExpectedSpend(truth, x[i], mbar[i]);
      bias += e - latent[i];
      modelErr += (e - latent[i]) ** 2;
      naiveErr += (mbar[i] - latent[i]) ** 2;
    }
    expect(Math.abs(bias / N)).toBeLessThan(0.3);
    expect(modelErr).toBeLessThan(naiveErr); // shrinkage beats the raw average
  });

  it('ignores customers without a repeat purchase or with no spend', () => {
    const xs = Float64Array.from([0, 2, 1, 3, 0]);
    const ms = Float64Array.from([50, 10, 0, 20, 0]);
    expect(ggLogLik(truth, xs, ms)).toBeCloseTo(ggLogLik(truth, Float64Array.from([2, 3]), Float64Array.from([10, 20])), 12);
    expect(() => fitGammaGamma(xs, ms)).toThrow(/at least 3 repeat customers .* got 2/);
  });

  it('rejects bad input with the row', () => {
    expect(() => fitGammaGamma(Float64Array.from([1, 2]), Float64Array.from([1]))).toThrow(/x has 2 values, mbar 1/);
    expect(() => fitGammaGamma(Float64Array.from([1, NaN]), Float64Array.from([1, 2]))).toThrow(/customer row 2/);
    expect(() => ggExpectedSpend({ p: 1, q: 0.9, gamma: 1 }, 1, 1)).toThrow(/q = 0.9/);
  });
});

describe('Gamma-Gamma fit internals', () => {
  it('the fast likelihood equals the plain per-customer sum at the optimum', () => {
    const f = fitGammaGamma(x, mbar);
    expect(f.logLik).toBeCloseTo(ggLogLik(f.params, x, mbar), 8);
    // The optimum: nudging any parameter lowers the likelihood.
    for (const k of ['p', 'q', 'gamma'] as const) {
      for (const e of [0.999, 1.001]) expect(ggLogLik({ ...f.params, [k]: f.params[k] * e }, x, mbar)).toBeLessThan(f.logLik);
    }
  });
});
