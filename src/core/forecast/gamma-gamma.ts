/**
 * Gamma-Gamma spend model (Fader, Hardie & Lee 2005, "RFM and CLV"; Fader & Hardie 2013 note): each
 * transaction's value is Gamma(p, ν) with ν ~ Gamma(q, γ) across customers, so a customer's average
 * transaction value shrinks towards the population mean by how many transactions back it up.
 *
 * Convention (the same as lifetimes' GammaGammaFitter and CLVTools' gg() with remove.first.transaction = TRUE):
 * x = number of REPEAT purchase days (the BG/NBD frequency; the first purchase is excluded) and
 * mbar = mean spend of those repeat purchase days. Only customers with x ≥ 1 and mbar > 0 are used; the first
 * purchase is left out because its value often differs systematically (a sign-up basket).
 */
import { minimize, type MinimizeOptions } from './optimize';
import { lgamma } from './special';

/** Gamma-Gamma parameters: transaction values ~ Gamma(p, ν), ν ~ Gamma(q, γ). */
export interface GammaGammaParams { p: number; q: number; gamma: number }

/** Result of fitGammaGamma. */
export interface GammaGammaFit {
  params: GammaGammaParams;
  logLik: number;
  /** Customers used (x ≥ 1 and mbar > 0). */
  n: number;
  iterations: number;
  converged: boolean;
}

/** Options for fitGammaGamma. */
export interface GammaGammaFitOptions extends MinimizeOptions { start?: GammaGammaParams }

/** Log-likelihood of one customer's (x, mbar) under the model (density of the mean of x values). */
export function ggLogLikOne(g: GammaGammaParams, x: number, mbar: number): number {
  const px = g.p * x;
  return (
    lgamma(px + g.q) - lgamma(px) - lgamma(g.q) + g.q * Math.log(g.gamma) +
    (px - 1) * Math.log(mbar) + px * Math.log(x) - (px + g.q) * Math.log(g.gamma + x * mbar)
  );
}

/** Total log-likelihood over customers with x ≥ 1 and mbar > 0 (others skipped); −∞ for invalid params. */
export function ggLogLik(g: GammaGammaParams, x: Float64Array, mbar: Float64Array): number {
  if (!(g.p > 0 && g.q > 0 && g.gamma > 0)) return -Infinity;
  let ll = 0;
  for (let i = 0; i < x.length; i++) if (x[i] >= 1 && mbar[i] > 0) ll += ggLogLikOne(g, x[i], mbar[i]);
  return ll;
}

/** Maximum-likelihood fit on customers with x ≥ 1 repeat purchase and mbar > 0 (see the file header). */
export function fitGammaGamma(x: Float64Array, mbar: Float64Array, opts: GammaGammaFitOptions = {}): GammaGammaFit {
  if (x.length !== mbar.length) throw new Error(`Gamma-Gamma: x has ${x.length} values, mbar ${mbar.length}`);
  const xs: number[] = [];
  const ms: number[] = [];
  for (let i = 0; i < x.length; i++) {
    if (!Number.isFinite(x[i]) || !Number.isFinite(mbar[i])) {
      throw new Error(`Gamma-Gamma: customer row ${i + 1}: x = ${x[i]}, mbar = ${mbar[i]} is not finite`);
    }
    if (x[i] >= 1 && mbar[i] > 0) {
      xs.push(x[i]);
      ms.push(mbar[i]);
    }
  }
  if (xs.length < 3) throw new Error(`Gamma-Gamma: needs at least 3 repeat customers with positive spend, got ${xs.length}`);
  const fx = Float64Array.from(xs);
  const fm = Float64Array.from(ms);
  const mean = ms.reduce((s, v) => s + v, 0) / ms.length;
  const s = opts.start ?? { p: 1, q: 1, gamma: mean };
  const toP = (v: number[]): GammaGammaParams => ({ p: Math.exp(v[0]), q: Math.exp(v[1]), gamma: Math.exp(v[2]) });
  const f = (v: number[]): number => -ggLogLik(toP(v), fx, fm) / xs.length;
  const res = minimize(f, [s.p, s.q, s.gamma].map(Math.log), { gradTol: 1e-9, ...opts });
  const params = toP(res.x);
  return { params, logLik: ggLogLik(params, fx, fm), n: xs.length, iterations: res.iterations, converged: res.converged };
}

/**
 * Conditional expected average transaction value: (p(γ + x·mbar)) / (p·x + q − 1), a weighted mean of the
 * population mean pγ/(q−1) and the customer's own mbar. For x = 0 it is the population mean.
 * Requires q > 1 (otherwise the population mean is infinite): throws.
 */
export function ggExpectedSpend(g: GammaGammaParams, x: number, mbar: number): number {
  if (!(g.q > 1)) throw new Error(`Gamma-Gamma: q = ${g.q} ≤ 1, the expected spend is infinite`);
  if (x <= 0 || !(mbar > 0)) return (g.p * g.gamma) / (g.q - 1);
  return (g.p * (g.gamma + x * mbar)) / (g.p * x + g.q - 1);
}
