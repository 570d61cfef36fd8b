/**
 * Seeded random draws for the customer demo (gamma, beta, Poisson, exponential) on top of the app's
 * Mulberry32 PRNG, so a demo data set is reproducible from its seed on every device.
 */
import { prng } from '../demo/demo-leads';

export interface Rng {
  uniform(): number;
  /** Gamma(shape, rate): mean shape / rate (Marsaglia–Tsang; boosted for shape < 1). */
  gamma(shape: number, rate: number): number;
  beta(a: number, b: number): number;
  exponential(rate: number): number;
  poisson(mean: number): number;
  normal(): number;
  pick<T>(xs: readonly T[]): T;
}

export function makeRng(seed: number): Rng {
  const u = prng(seed);
  const uniform = (): number => {
    let v = u();
    while (v === 0) v = u();
    return v;
  };
  const normal = (): number => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * u());
  const gamma = (shape: number, rate: number): number => {
    if (shape < 1) return gamma(shape + 1, rate) * uniform() ** (1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const w = uniform();
      if (w < 1 - 0.0331 * x ** 4 || Math.log(w) < 0.5 * x * x + d * (1 - v + Math.log(v))) return (d * v) / rate;
    }
  };
  return {
    uniform,
    gamma,
    beta: (a, b) => {
      const x = gamma(a, 1);
      return x / (x + gamma(b, 1));
    },
    exponential: (rate) => -Math.log(uniform()) / rate,
    poisson: (mean) => {
      if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal()));
      const l = Math.exp(-mean);
      let k = 0;
      let p = u();
      while (p > l) {
        k++;
        p *= u();
      }
      return k;
    },
    normal,
    pick: (xs) => xs[Math.floor(u() * xs.length)],
  };
}
