/**
 * BG/NBD ("beta-geometric / negative binomial distribution", Fader, Hardie & Lee 2005, "Counting your
 * customers the easy way"): how many purchases each existing customer will make and whether they are still
 * "alive". While alive a customer buys as a Poisson process with rate λ ~ Gamma(r, α); after each purchase
 * they drop out with probability p ~ Beta(a, b). Fitted by maximum likelihood on (x, t_x, T) per customer.
 *
 * Units: any consistent time unit (the published figures are in weeks); α is in that unit. x = number of
 * REPEAT purchases (purchase days after the first), t_x = time of the last purchase since the first,
 * T = end of calibration − first purchase. Identical triples are grouped and per-x gamma terms computed once,
 * so fitting CDNOW_master (23,570 customers) is fast.
 */
import { minimize, type MinimizeOptions } from './optimize';
import { lgamma, log2f1 } from './special';

/** BG/NBD parameters: λ ~ Gamma(shape r, rate α), dropout p ~ Beta(a, b). */
export interface BgNbdParams { r: number; alpha: number; a: number; b: number }

/** Recency-frequency summary per customer (same index in each array). */
export interface Rfm { x: Float64Array; tx: Float64Array; T: Float64Array }

/** Result of fitBgNbd. */
export interface BgNbdFit {
  params: BgNbdParams;
  /** Total log-likelihood at params (sum over customers). */
  logLik: number;
  iterations: number;
  /** Likelihood evaluations used. */
  evaluations: number;
  converged: boolean;
}

/** Options for fitBgNbd: starting point and optimiser knobs. */
export interface BgNbdFitOptions extends MinimizeOptions { start?: BgNbdParams }

/** Throws an Error naming the first bad customer (row = index + 1) and value. */
export function validateRfm(rfm: Rfm): void {
  const n = rfm.x.length;
  if (rfm.tx.length !== n || rfm.T.length !== n) {
    throw new Error(`BG/NBD: x has ${n} values, t_x ${rfm.tx.length}, T ${rfm.T.length}`);
  }
  for (let i = 0; i < n; i++) {
    const x = rfm.x[i];
    const tx = rfm.tx[i];
    const T = rfm.T[i];
    const row = `customer row ${i + 1}`;
    if (!(x >= 0) || !Number.isInteger(x)) throw new Error(`BG/NBD: ${row}: x = ${x} is not a non-negative integer`);
    if (!(T >= 0) || !Number.isFinite(T)) throw new Error(`BG/NBD: ${row}: T = ${T} is not a finite non-negative time`);
    if (!(tx >= 0) || tx > T) throw new Error(`BG/NBD: ${row}: t_x = ${tx} is not in [0, T = ${T}]`);
    if (x === 0 && tx !== 0) throw new Error(`BG/NBD: ${row}: t_x = ${tx} but x = 0 (no repeat purchase)`);
  }
}

/**
 * Customers prepared for fast likelihood evaluation: distinct (x, t_x, T) triples with their counts, each
 * pointing into the distinct x, t_x and T values, so one evaluation costs one lgamma per distinct x, one log
 * per distinct time and one exp + log1p per distinct triple.
 */
export interface BgNbdData {
  n: number;
  xs: Float64Array;
  txs: Float64Array;
  Ts: Float64Array;
  /** Per distinct triple: index into xs, txs, Ts, and how many customers share it. */
  xi: Int32Array;
  txi: Int32Array;
  Ti: Int32Array;
  w: Float64Array;
}

function distinct(v: Float64Array): { values: Float64Array; index: Int32Array } {
  const values = Float64Array.from(new Set(v)).sort();
  const pos = new Map<number, number>();
  values.forEach((x, k) => pos.set(x, k));
  return { values, index: Int32Array.from(v, (x) => pos.get(x) as number) };
}

/** Validates and groups customers (see BgNbdData); reuse it across fits and likelihood calls. */
export function prepareBgNbd(rfm: Rfm): BgNbdData {
  validateRfm(rfm);
  const n = rfm.x.length;
  const X = distinct(rfm.x);
  const TX = distinct(rfm.tx);
  const TT = distinct(rfm.T);
  const nT = TT.values.length;
  const nTx = TX.values.length;
  // One integer key per triple (x, t_x, T) ranks; counts by key.
  const counts = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const key = (X.index[i] * nTx + TX.index[i]) * nT + TT.index[i];
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const m = counts.size;
  const d: BgNbdData = {
    n, xs: X.values, txs: TX.values, Ts: TT.values,
    xi: new Int32Array(m), txi: new Int32Array(m), Ti: new Int32Array(m), w: new Float64Array(m),
  };
  let k = 0;
  for (const [key, c] of counts) {
    d.Ti[k] = key % nT;
    d.txi[k] = Math.floor(key / nT) % nTx;
    d.xi[k] = Math.floor(key / (nT * nTx));
    d.w[k++] = c;
  }
  return d;
}

/** Total log-likelihood of prepared customers (−∞ for non-positive parameters). */
export function bgnbdLogLikPrepared(p: BgNbdParams, g: BgNbdData): number {
  const { r, alpha, a, b } = p;
  if (!(r > 0 && alpha > 0 && a > 0 && b > 0)) return -Infinity;
  const base = r * Math.log(alpha) - lgamma(r) + lgamma(a + b) - lgamma(b);
  const nx = g.xs.length;
  const cx = new Float64Array(nx);
  const la = new Float64Array(nx);
  for (let k = 0; k < nx; k++) {
    const x = g.xs[k];
    cx[k] = lgamma(r + x) + lgamma(b + x) - lgamma(a + b + x);
    la[k] = x > 0 ? Math.log(a) - Math.log(b + x - 1) : -Infinity;
  }
  const lT = g.Ts.map((T) => Math.log(alpha + T));
  const ltx = g.txs.map((tx) => Math.log(alpha + tx));
  let ll = 0;
  for (let k = 0; k < g.w.length; k++) {
    const xi = g.xi[k];
    const rx = r + g.xs[xi];
    const a3 = -rx * lT[g.Ti[k]];
    let v = a3;
    if (g.xs[xi] > 0) {
      const a4 = la[xi] - rx * ltx[g.txi[k]];
      v = a3 > a4 ? a3 + Math.log1p(Math.exp(a4 - a3)) : a4 + Math.log1p(Math.exp(a3 - a4));
    }
    ll += g.w[k] * (cx[xi] + v);
  }
  return ll + g.n * base;
}

/** Total BG/NBD log-likelihood of the customers in rfm (−∞ for non-positive parameters). */
export function bgnbdLogLik(p: BgNbdParams, rfm: Rfm): number {
  return bgnbdLogLikPrepared(p, prepareBgNbd(rfm));
}

const toParams = (v: number[]): BgNbdParams => ({ r: Math.exp(v[0]), alpha: Math.exp(v[1]), a: Math.exp(v[2]), b: Math.exp(v[3]) });

/** Maximum-likelihood fit (Nelder–Mead then BFGS on log-parameters, mean log-likelihood per customer). */
export function fitBgNbd(rfm: Rfm, opts: BgNbdFitOptions = {}): BgNbdFit {
  if (rfm.x.length === 0) throw new Error('BG/NBD: no customers to fit');
  const g = prepareBgNbd(rfm);
  const s = opts.start ?? { r: 1, alpha: 1, a: 1, b: 1 };
  const f = (v: number[]): number => -bgnbdLogLikPrepared(toParams(v), g) / g.n;
  const res = minimize(f, [s.r, s.alpha, s.a, s.b].map(Math.log), { gradTol: 1e-8, ...opts });
  const params = toParams(res.x);
  return { params, logLik: bgnbdLogLikPrepared(params, g), iterations: res.iterations, evaluations: res.evaluations, converged: res.converged };
}

/** ln of a/(b+x−1)·((α+T)/(α+t_x))^(r+x): the odds "dropped out after t_x" vs "alive at T" (−∞ when x = 0). */
function logDeadOdds(p: BgNbdParams, x: number, tx: number, T: number): number {
  if (x === 0) return -Infinity;
  return Math.log(p.a) - Math.log(p.b + x - 1) + (p.r + x) * (Math.log(p.alpha + T) - Math.log(p.alpha + tx));
}

/** P(customer still alive at T | x, t_x, T). */
export function bgnbdPAlive(p: BgNbdParams, x: number, tx: number, T: number): number {
  const lo = logDeadOdds(p, x, tx, T);
  return lo > 0 ? Math.exp(-lo) / (1 + Math.exp(-lo)) : 1 / (1 + Math.exp(lo));
}

/**
 * Conditional expected number of purchases in (T, T + t] given (x, t_x, T) (FHL 2005, eq. 10):
 * (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) · 2F1(r+x, b+x; a+b+x−1; t/(α+T+t))] · P(alive).
 * Undefined at exactly a = 1 (0/0 in the published form): throws there.
 */
export function bgnbdExpected(p: BgNbdParams, x: number, tx: number, T: number, t: number): number {
  const { r, alpha, a, b } = p;
  if (a === 1) throw new Error('BG/NBD: conditional expectation undefined at a = 1');
  if (t <= 0) return 0;
  const z = t / (alpha + T + t);
  const f = log2f1(r + x, b + x, a + b + x - 1, z);
  const lead = (r + x) * Math.log((alpha + T) / (alpha + T + t));
  const bracket = 1 - f.sign * Math.exp(lead + f.log);
  return ((a + b + x - 1) / (a - 1)) * bracket * bgnbdPAlive(p, x, tx, T);
}

/**
 * P(at least one purchase in (T, T + t] | x, t_x, T). Dropout happens only right after a purchase, so
 * "no purchase in (T, T+t]" = dead at T, or alive at T with no Poisson event in t. Given alive, the posterior
 * of λ is Gamma(r + x, α + T), so E[e^(−λt)] = ((α+T)/(α+T+t))^(r+x), hence
 * P(any) = P(alive) · (1 − ((α+T)/(α+T+t))^(r+x)). Equivalently 1 − L(x, t_x, T+t) / L(x, t_x, T).
 */
export function bgnbdPAnyPurchase(p: BgNbdParams, x: number, tx: number, T: number, t: number): number {
  if (t <= 0) return 0;
  const noEvent = -Math.expm1(-(p.r + x) * Math.log1p(t / (p.alpha + T)));
  return bgnbdPAlive(p, x, tx, T) * noEvent;
}

/**
 * Expected purchases in (0, t] of a new customer (FHL 2005, eq. 9):
 * (a+b−1)/(a−1) · [1 − (α/(α+t))^r · 2F1(r, b; a+b−1; t/(α+t))].
 */
export function bgnbdUnconditionalExpected(p: BgNbdParams, t: number): number {
  const { r, alpha, a, b } = p;
  if (a === 1) throw new Error('BG/NBD: unconditional expectation undefined at a = 1');
  if (t <= 0) return 0;
  const f = log2f1(r, b, a + b - 1, t / (alpha + t));
  const bracket = 1 - f.sign * Math.exp(r * Math.log(alpha / (alpha + t)) + f.log);
  return ((a + b - 1) / (a - 1)) * bracket;
}

/** Per-customer predictions over an Rfm, horizon t (same unit as the fit). */
export interface BgNbdPrediction { expected: Float64Array; pAlive: Float64Array; pAny: Float64Array }

/** Vectorised bgnbdExpected / bgnbdPAlive / bgnbdPAnyPurchase for every customer in rfm. */
export function bgnbdPredict(p: BgNbdParams, rfm: Rfm, t: number): BgNbdPrediction {
  const n = rfm.x.length;
  const out = { expected: new Float64Array(n), pAlive: new Float64Array(n), pAny: new Float64Array(n) };
  for (let i = 0; i < n; i++) {
    const [x, tx, T] = [rfm.x[i], rfm.tx[i], rfm.T[i]];
    out.expected[i] = bgnbdExpected(p, x, tx, T, t);
    out.pAlive[i] = bgnbdPAlive(p, x, tx, T);
    out.pAny[i] = bgnbdPAnyPurchase(p, x, tx, T, t);
  }
  return out;
}
