/**
 * The BG/NBD and Gamma-Gamma generative stories as code: seeded samplers for gamma and beta variates and a
 * simulator of one customer's purchase times. The Monte-Carlo tests use it to check the closed forms
 * (P(any purchase), conditional expectations) against what the story actually produces, and the demo-data
 * generator can use it to give demo clients real structure. Takes a uniform PRNG (e.g. core/demo's prng).
 */
import type { BgNbdParams } from './bgnbd';

/** A uniform [0, 1) random source. */
export type Uniform = () => number;

/** Standard normal by Box–Muller (one value per call; deterministic given rnd). */
export function sampleNormal(rnd: Uniform): number {
  const u = 1 - rnd();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd());
}

/** Gamma(shape, rate) by Marsaglia–Tsang (shape < 1 via the U^(1/shape) boost). */
export function sampleGamma(shape: number, rate: number, rnd: Uniform): number {
  if (!(shape > 0 && rate > 0)) throw new Error(`sampleGamma: shape ${shape} and rate ${rate} must be > 0`);
  if (shape < 1) return sampleGamma(shape + 1, rate, rnd) * Math.pow(1 - rnd(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const z = sampleNormal(rnd);
    const v = (1 + c * z) ** 3;
    if (v <= 0) continue;
    const u = 1 - rnd();
    if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) return (d * v) / rate;
  }
}

/** Beta(a, b) as G_a / (G_a + G_b). */
export function sampleBeta(a: number, b: number, rnd: Uniform): number {
  const x = sampleGamma(a, 1, rnd);
  return x / (x + sampleGamma(b, 1, rnd));
}

/** One simulated customer: latent λ and p, and repeat purchase times in (0, until]. */
export interface SimulatedCustomer { lambda: number; p: number; times: number[] }

/**
 * The BG/NBD story from a first purchase at time 0: while alive, purchases follow a Poisson process with rate
 * λ ~ Gamma(r, α); after each repeat purchase the customer drops out with probability p ~ Beta(a, b).
 */
export function simulateBgNbdCustomer(params: BgNbdParams, until: number, rnd: Uniform): SimulatedCustomer {
  const lambda = sampleGamma(params.r, params.alpha, rnd);
  const p = sampleBeta(params.a, params.b, rnd);
  const times: number[] = [];
  let t = 0;
  for (;;) {
    t += -Math.log(1 - rnd()) / lambda;
    if (t > until) break;
    times.push(t);
    if (rnd() < p) break;
  }
  return { lambda, p, times };
}
