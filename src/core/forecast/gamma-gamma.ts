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
import { digamma, lgamma } from './special';

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

/**
 * Repeat customers prepared for fast evaluation: per-customer logs once, gamma terms once per distinct x, and
 * ln(γ + x·mbar) of the last γ seen (BFGS asks the gradient at the point whose value it has just computed).
 */
interface GgData {
  x: Float64Array; lx: Float64Array; lm: Float64Array; m: Float64Array; xs: number[]; xi: Int32Array; wx: Float64Array;
  lden: Float64Array; ldenGamma: number;
}

function prepare(xs: number[], ms: number[]): GgData {
  const distinct = [...new Set(xs)].sort((u, v) => u - v);
  const pos = new Map(distinct.map((v, k) => [v, k]));
  const xi = Int32Array.from(xs, (v) => pos.get(v) as number);
  const wx = new Float64Array(distinct.length);
  xi.forEach((k) => wx[k]++);
  return {
    x: Float64Array.from(xs), lx: Float64Array.from(xs, Math.log), lm: Float64Array.from(ms, Math.log), m: Float64Array.from(ms), xs: distinct, xi, wx,
    lden: new Float64Array(xs.length), ldenGamma: NaN,
  };
}

/** ln(γ + x_i·mbar_i) of every customer at this γ (the same expression per customer as always; cached per γ). */
function logDenominators(d: GgData, gamma: number): Float64Array {
  if (d.ldenGamma !== gamma) {
    for (let i = 0; i < d.x.length; i++) d.lden[i] = Math.log(gamma + d.x[i] * d.m[i]);
    d.ldenGamma = gamma;
  }
  return d.lden;
}

/** Total log-likelihood (value only) or its gradient with respect to (ln p, ln q, ln γ) (gradient only). */
function valueAndGradient(g: GammaGammaParams, d: GgData, withGradient: boolean): { ll: number; grad: number[] } {
  const { p, q, gamma } = g;
  const n = d.x.length;
  const lden = logDenominators(d, gamma);
  if (!withGradient) {
    let ll = n * (q * Math.log(gamma) - lgamma(q));
    d.xs.forEach((x, k) => {
      ll += d.wx[k] * (lgamma(p * x + q) - lgamma(p * x));
    });
    for (let i = 0; i < n; i++) {
      const px = p * d.x[i];
      ll += (px - 1) * d.lm[i] + px * d.lx[i] - (px + q) * lden[i];
    }
    return { ll, grad: [] };
  }
  let dp = 0;
  let dq = n * (Math.log(gamma) - digamma(q));
  let dg = (n * q) / gamma;
  d.xs.forEach((x, k) => {
    const psi = digamma(p * x + q);
    dp += d.wx[k] * x * (psi - digamma(p * x));
    dq += d.wx[k] * psi;
  });
  for (let i = 0; i < n; i++) {
    const x = d.x[i];
    const px = p * x;
    dp += x * (d.lm[i] + d.lx[i] - lden[i]);
    dq -= lden[i];
    dg -= (px + q) / (gamma + x * d.m[i]);
  }
  return { ll: NaN, grad: [dp * p, dq * q, dg * gamma] };
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
  const d = prepare(xs, ms);
  const mean = ms.reduce((s, v) => s + v, 0) / ms.length;
  const s = opts.start ?? { p: 1, q: 1, gamma: mean };
  const toP = (v: number[]): GammaGammaParams => ({ p: Math.exp(v[0]), q: Math.exp(v[1]), gamma: Math.exp(v[2]) });
  const f = (v: number[]): number => -valueAndGradient(toP(v), d, false).ll / xs.length;
  const gradient = (v: number[]): number[] => valueAndGradient(toP(v), d, true).grad.map((g) => -g / xs.length);
  const res = minimize(f, [s.p, s.q, s.gamma].map(Math.log), { gradTol: 1e-9, nmTol: 1e-4, gradient, ...opts });
  const params = toP(res.x);
  return { params, logLik: ggLogLik(params, Float64Array.from(xs), Float64Array.from(ms)), n: xs.length, iterations: res.iterations, converged: res.converged };
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
