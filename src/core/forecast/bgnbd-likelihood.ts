/**
 * The BG/NBD log-likelihood and its analytic gradient, on customers grouped for speed: per customer
 * L = Γ(r+x)α^r/Γ(r) · B(a, b+x)/B(a, b) · [(α+T)^−(r+x) + δ(x>0) a/(b+x−1) (α+t_x)^−(r+x)] (FHL 2005, eq. 6).
 * Split from bgnbd.ts so that the model file stays readable; bgnbd.ts re-exports everything here.
 */
import type { BgNbdParams, Rfm } from './bgnbd';
import { digamma, lgamma } from './special';

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
  /** Customers per distinct x. */
  wx: Float64Array;
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
    wx: new Float64Array(X.values.length),
  };
  let k = 0;
  for (const [key, c] of counts) {
    d.Ti[k] = key % nT;
    d.txi[k] = Math.floor(key / nT) % nTx;
    d.xi[k] = Math.floor(key / (nT * nTx));
    d.wx[d.xi[k]] += c;
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

/**
 * Gradient of the total log-likelihood with respect to (ln r, ln α, ln a, ln b). With π₄ the posterior weight
 * of "dropped out after t_x" (the A4 term) and π₃ = 1 − π₄, each customer contributes
 * ∂/∂r = ψ(r+x) − π₃ ln(α+T) − π₄ ln(α+t_x), ∂/∂α = −(r+x)(π₃/(α+T) + π₄/(α+t_x)),
 * ∂/∂a = −ψ(a+b+x) + π₄/a, ∂/∂b = ψ(b+x) − ψ(a+b+x) − π₄/(b+x−1), plus the per-customer constant's
 * ln α − ψ(r), r/α, ψ(a+b), ψ(a+b) − ψ(b).
 */
export function bgnbdLogLikGradient(p: BgNbdParams, g: BgNbdData): number[] {
  const { r, alpha, a, b } = p;
  const dr0 = Math.log(alpha) - digamma(r);
  const dab = digamma(a + b);
  let dr = g.n * dr0;
  let dAl = (g.n * r) / alpha;
  let da = g.n * dab;
  let db = g.n * (dab - digamma(b));
  for (let k = 0; k < g.xs.length; k++) {
    const x = g.xs[k];
    const psiABX = digamma(a + b + x);
    dr += g.wx[k] * digamma(r + x);
    da -= g.wx[k] * psiABX;
    db += g.wx[k] * (digamma(b + x) - psiABX);
  }
  const lT = g.Ts.map((T) => Math.log(alpha + T));
  const ltx = g.txs.map((tx) => Math.log(alpha + tx));
  const la = g.xs.map((x) => (x > 0 ? Math.log(a) - Math.log(b + x - 1) : -Infinity));
  for (let k = 0; k < g.w.length; k++) {
    const xi = g.xi[k];
    const x = g.xs[xi];
    const rx = r + x;
    const lt = lT[g.Ti[k]];
    const w = g.w[k];
    if (x === 0) {
      dr -= w * lt;
      dAl -= (w * rx) / (alpha + g.Ts[g.Ti[k]]);
      continue;
    }
    const ltxk = ltx[g.txi[k]];
    const pi4 = 1 / (1 + Math.exp(-rx * lt - (la[xi] - rx * ltxk)));
    const pi3 = 1 - pi4;
    dr -= w * (pi3 * lt + pi4 * ltxk);
    dAl -= w * rx * (pi3 / (alpha + g.Ts[g.Ti[k]]) + pi4 / (alpha + g.txs[g.txi[k]]));
    da += (w * pi4) / a;
    db -= (w * pi4) / (b + x - 1);
  }
  return [dr * r, dAl * alpha, da * a, db * b];
}

