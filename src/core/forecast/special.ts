/**
 * Special functions the customer models need and no npm package gives with the right failure modes:
 * log-gamma (Lanczos), log-beta and the Gauss hypergeometric function 2F1 (BG/NBD's expected purchases).
 * 2F1 is summed in log space (terms of huge-parameter series overflow doubles long before they decay),
 * uses Euler's transformation for negative z (where the plain series alternates or diverges) and the
 * 1 − z connection formula close to z = 1, caps its iterations and throws instead of returning NaN.
 * Proven against scipy.special.hyp2f1 in special.test.ts (fixture made by tests/fixtures/forecast/hyp2f1.py).
 */

const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

/** ln Γ(x) for x > 0 (Lanczos g = 7, n = 9; relative error ~1e-15), ln|Γ(x)| for negative non-integers; +∞ at poles. */
export function lgamma(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x < 0.5) {
    if (Number.isInteger(x)) return Infinity;
    // Reflection: Γ(x)Γ(1−x) = π / sin(πx).
    return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lgamma(1 - x);
  }
  const xm = x - 1;
  let s = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i++) s += LANCZOS[i] / (xm + i);
  const t = xm + LANCZOS_G + 0.5;
  return HALF_LOG_2PI + (xm + 0.5) * Math.log(t) - t + Math.log(s);
}

/** Digamma ψ(x) = d ln Γ(x)/dx for x > 0: recurrence up to x ≥ 12, then the asymptotic series (~1e-15). */
export function digamma(x: number): number {
  if (!(x > 0)) throw new Error(`digamma: x = ${x} must be > 0`);
  let acc = 0;
  while (x < 12) {
    acc -= 1 / x;
    x += 1;
  }
  const x2 = 1 / (x * x);
  const tail = x2 * (1 / 12 - x2 * (1 / 120 - x2 * (1 / 252 - x2 * (1 / 240 - x2 * (1 / 132)))));
  return acc + Math.log(x) - 0.5 / x - tail;
}

/** Sign of Γ(x): +1 for x > 0, alternating between the negative poles. */
export function gammaSign(x: number): number {
  if (x > 0) return 1;
  return Math.floor(x) % 2 === 0 ? 1 : -1;
}

/** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b), for a, b > 0. */
export function lbeta(a: number, b: number): number {
  return lgamma(a) + lgamma(b) - lgamma(a + b);
}

/** A real number as (sign, ln|value|) so that products of huge or tiny factors never overflow. */
export interface SignedLog { sign: -1 | 0 | 1; log: number }

/** Options for the 2F1 series. */
export interface Hyp2f1Options {
  /** Maximum number of series terms before giving up with an Error (default 200 000). */
  maxTerms?: number;
  /** Stop when a term is below this fraction of the partial sum (default 1e-15). */
  tol?: number;
}

function fail(a: number, b: number, c: number, z: number, why: string): never {
  throw new Error(`hyp2f1(a=${a}, b=${b}, c=${c}, z=${z}): ${why}`);
}

/**
 * The plain Gauss series Σ (a)_n (b)_n / (c)_n z^n / n!, accumulated in log space with a running
 * maximum (log-sum-exp), so any magnitude is representable. Valid for |z| < 1 (or terminating series).
 */
export function hyp2f1Series(a: number, b: number, c: number, z: number, opts: Hyp2f1Options = {}): SignedLog {
  const maxTerms = opts.maxTerms ?? 200_000;
  const tol = opts.tol ?? 1e-15;
  if (c <= 0 && Number.isInteger(c)) fail(a, b, c, z, 'c is a non-positive integer (pole)');
  if (z === 0) return { sign: 1, log: 0 };
  const logAbsZ = Math.log(Math.abs(z));
  // Sum of sign_n·exp(logTerm_n − m) kept as `acc`, m the largest log term so far.
  let m = 0;
  let acc = 1;
  let logTerm = 0;
  let sign = 1;
  for (let n = 0; n < maxTerms; n++) {
    const num = (a + n) * (b + n);
    if (num === 0) return toSignedLog(acc, m); // terminating series (a or b a non-positive integer)
    const ratio = num / ((c + n) * (n + 1));
    logTerm += Math.log(Math.abs(ratio)) + logAbsZ;
    if (ratio < 0) sign = -sign;
    if (z < 0) sign = -sign;
    if (logTerm > m) {
      acc *= Math.exp(m - logTerm);
      m = logTerm;
    }
    const t = sign * Math.exp(logTerm - m);
    acc += t;
    // Converged once terms shrink (ratio·z < 1 from here on) and are negligible against the sum.
    if (Math.abs(t) <= tol * Math.abs(acc) && Math.abs(ratio * z) < 1) return toSignedLog(acc, m);
    if (!Number.isFinite(acc) || !Number.isFinite(logTerm)) break;
  }
  fail(a, b, c, z, `series did not converge in ${maxTerms} terms`);
}

function toSignedLog(acc: number, m: number): SignedLog {
  if (acc === 0) return { sign: 0, log: -Infinity };
  return { sign: acc > 0 ? 1 : -1, log: Math.log(Math.abs(acc)) + m };
}

/** ln|Γ(x)| with its sign, for the connection formula's gamma ratios. */
function sgamma(x: number): SignedLog {
  return { sign: gammaSign(x) as 1 | -1, log: lgamma(x) };
}

function addSigned(p: SignedLog, q: SignedLog): SignedLog {
  if (p.sign === 0) return q;
  if (q.sign === 0) return p;
  const m = Math.max(p.log, q.log);
  const s = p.sign * Math.exp(p.log - m) + q.sign * Math.exp(q.log - m);
  return toSignedLog(s, m);
}

/**
 * 1 − z connection formula (Abramowitz & Stegun 15.3.6) for 0.9 ≤ z < 1, used when c − a − b is not
 * within 1e-4 of an integer (there the gamma factors have poles; the caller falls back to the series).
 */
function hyp2f1OneMinusZ(a: number, b: number, c: number, z: number, opts: Hyp2f1Options): SignedLog {
  const d = c - a - b;
  const w = 1 - z;
  const g1 = [sgamma(c), sgamma(d)];
  const g1d = [sgamma(c - a), sgamma(c - b)];
  const f1 = hyp2f1Series(a, b, 1 - d, w, opts);
  const g2 = [sgamma(c), sgamma(-d)];
  const g2d = [sgamma(a), sgamma(b)];
  const f2 = hyp2f1Series(c - a, c - b, d + 1, w, opts);
  const term = (num: SignedLog[], den: SignedLog[], f: SignedLog, extraLog: number): SignedLog => ({
    sign: (num[0].sign * num[1].sign * den[0].sign * den[1].sign * f.sign) as -1 | 0 | 1,
    log: num[0].log + num[1].log - den[0].log - den[1].log + f.log + extraLog,
  });
  return addSigned(term(g1, g1d, f1, 0), term(g2, g2d, f2, d * Math.log(w)));
}

/**
 * ln|2F1(a, b; c; z)| with its sign, for real z < 1.
 * - z < 0: Euler's (Pfaff's) transformation 2F1(a,b;c;z) = (1−z)^(−a) 2F1(a, c−b; c; z/(z−1)), which maps
 *   z ∈ (−∞, 0) into (0, 1) where the series converges (the plain series diverges for z ≤ −1).
 * - 0 ≤ z < 0.9: the series in log space.
 * - 0.9 ≤ z < 1: the 1 − z connection formula when c − a − b is not (nearly) an integer, else the series.
 * Throws an Error (never NaN) for z ≥ 1, c a non-positive integer, non-finite input or no convergence.
 */
export function log2f1(a: number, b: number, c: number, z: number, opts: Hyp2f1Options = {}): SignedLog {
  if (![a, b, c, z].every(Number.isFinite)) fail(a, b, c, z, 'non-finite argument');
  if (z >= 1) fail(a, b, c, z, 'z ≥ 1 is outside the real domain handled here');
  if (z < 0) {
    const w = z / (z - 1);
    // Either parameter can be moved; pick the transform whose series has the smaller growth factor.
    const useA = Math.abs(a * (c - b)) <= Math.abs(b * (c - a));
    const [p, q] = useA ? [a, b] : [b, a];
    const f = log2f1(p, c - q, c, w, opts);
    return { sign: f.sign, log: f.log - p * Math.log1p(-z) };
  }
  const d = c - a - b;
  if (z >= 0.9 && Math.abs(d - Math.round(d)) > 1e-4) {
    const r = hyp2f1OneMinusZ(a, b, c, z, opts);
    if (Number.isFinite(r.log)) return r;
  }
  return hyp2f1Series(a, b, c, z, opts);
}

/** 2F1(a, b; c; z) for real z < 1 (see log2f1). Throws if the value overflows a double. */
export function hyp2f1(a: number, b: number, c: number, z: number, opts: Hyp2f1Options = {}): number {
  const r = log2f1(a, b, c, z, opts);
  const v = r.sign * Math.exp(r.log);
  if (!Number.isFinite(v)) fail(a, b, c, z, `value overflows a double (ln|F| = ${r.log}); use log2f1`);
  return v;
}
