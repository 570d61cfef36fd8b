/**
 * Logistic regression for the 14-day purchase probability, by Newton's method (IRLS) with an L2 penalty in
 * scikit-learn's convention: minimise Σ logloss + ½‖w‖²/C, intercept unpenalised, so that a model trained here
 * equals sklearn's LogisticRegression(C) on the same standardised features (proven in logistic.test.ts).
 * Features may be log1p-transformed (heavy-tailed counts and amounts); the transform is stored in the model.
 */
import { choleskySolve } from './linalg';
import { contributionsOf, fitStandardizer, rowCount, standardize, type Contribution, type FeatureTransform, type Standardizer } from './scaler';

/** A fitted logistic model: P(y=1) = σ(intercept + Σ coef_j · (t_j(x_j) − mean_j) / scale_j). */
export interface LogisticModel extends Standardizer {
  kind: 'logistic';
  coef: number[];
  intercept: number;
  /** Inverse L2 strength (sklearn's C); Infinity = unpenalised. */
  C: number;
  iterations: number;
  converged: boolean;
}

/** Options for fitLogistic. */
export interface LogisticOptions {
  names?: string[];
  transforms?: FeatureTransform[];
  /** Default 1 (sklearn's default). */
  C?: number;
  maxIter?: number;
  /** Stop when the largest Newton step component is below this (default 1e-10). */
  tol?: number;
}

const sigmoid = (t: number): number => (t >= 0 ? 1 / (1 + Math.exp(-t)) : Math.exp(t) / (1 + Math.exp(t)));
/** log(1 + e^t) without overflow. */
const softplus = (t: number): number => (t > 0 ? t + Math.log1p(Math.exp(-t)) : Math.log1p(Math.exp(t)));

/** Fits by damped Newton steps (Cholesky on the (d+1)×(d+1) Hessian); deterministic. */
export function fitLogistic(cols: Float64Array[], y: Uint8Array | Float64Array, opts: LogisticOptions = {}): LogisticModel {
  const n = rowCount(cols, 'logistic regression');
  if (y.length !== n) throw new Error(`logistic regression: ${n} feature rows but ${y.length} labels`);
  y.forEach((v, i) => {
    if (v !== 0 && v !== 1) throw new Error(`logistic regression: row ${i + 1}, label: value ${v} is not 0 or 1`);
  });
  const C = opts.C ?? 1;
  if (!(C > 0)) throw new Error(`logistic regression: C = ${C} must be > 0`);
  const maxIter = opts.maxIter ?? 100;
  const tol = opts.tol ?? 1e-10;
  const s = fitStandardizer(cols, opts.transforms, opts.names);
  const z = standardize(s, cols);
  const d = cols.length;
  const D = d + 1; // parameter 0 is the intercept
  const pen = Number.isFinite(C) ? 1 / C : 0;
  let w = new Float64Array(D);
  const eta = new Float64Array(n);
  const linear = (wv: Float64Array): void => {
    eta.fill(wv[0]);
    for (let j = 0; j < d; j++) for (let i = 0; i < n; i++) eta[i] += wv[j + 1] * z[j][i];
  };
  const objective = (wv: Float64Array): number => {
    linear(wv);
    let f = 0;
    for (let i = 0; i < n; i++) f += softplus(eta[i]) - y[i] * eta[i];
    for (let j = 1; j < D; j++) f += 0.5 * pen * wv[j] * wv[j];
    return f;
  };
  let f = objective(w);
  let it = 0;
  let converged = false;
  // Near the optimum the Hessian barely moves: once a full Newton step was small, the last Hessian is reused
  // (only the gradient is recomputed, ~1/15 of the work). The fixed point is unchanged (exact gradient) and a
  // step that needs damping brings back a fresh Hessian.
  let H: Float64Array | null = null;
  let fresh = true;
  for (; it < maxIter; it++) {
    // eta already holds w's linear predictor: objective() last ran on the accepted w.
    const terms = newtonTerms(z, eta, y, fresh || !H);
    const g = terms.g;
    if (terms.H) {
      H = terms.H;
      for (let j = 1; j < D; j++) H[j * D + j] += pen;
      for (let j = 0; j < D; j++) H[j * D + j] += 1e-12; // keeps separable, unpenalised data factorisable
    }
    for (let j = 1; j < D; j++) g[j] += pen * w[j];
    if (!H) break;
    const step = choleskySolve(H, g);
    if (!step) break;
    // Damped Newton: halve the step until the objective does not increase beyond rounding (near the optimum
    // the decrease of a full step is below the objective's resolution, and a full step is still right).
    const slack = 1e-13 * Math.max(1, Math.abs(f));
    let t = 1;
    let wn = w;
    let fn = Infinity;
    for (let k = 0; k < 50; k++, t *= 0.5) {
      wn = w.map((v, j) => v - t * step[j]);
      fn = objective(wn);
      if (fn <= f + slack) break;
    }
    const stale = !terms.H;
    if (stale && (t !== 1 || !(fn <= f + slack))) {
      linear(w); // retry from the same w with a fresh Hessian
      fresh = true;
      continue;
    }
    if (!(fn <= f + slack)) break;
    const maxStep = step.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
    fresh = t !== 1 || maxStep > 1e-3;
    w = wn;
    f = Math.min(f, fn);
    if (t === 1 && maxStep < tol) {
      converged = true;
      it++;
      break;
    }
  }
  return { kind: 'logistic', ...s, coef: Array.from(w.subarray(1)), intercept: w[0], C, iterations: it, converged };
}

const BLOCK = 2048;

/**
 * Gradient g = Zᵀ(p − y) and, when asked, Hessian H = Zᵀ diag(p(1 − p)) Z (lower and upper halves) with a column
 * of ones as parameter 0: plain dot products over the column-major z in cache-sized row blocks, four columns per
 * pass (four independent sums), all-zero columns skipped.
 */
function newtonTerms(z: Float64Array[], eta: Float64Array, y: ArrayLike<number>, wantH: boolean): { g: Float64Array; H: Float64Array | null } {
  const n = eta.length;
  const d = z.length;
  const D = d + 1;
  const g = new Float64Array(D);
  const H = wantH ? new Float64Array(D * D) : null;
  const r = new Float64Array(n);
  const h = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const p = sigmoid(eta[i]);
    r[i] = p - y[i];
    h[i] = p * (1 - p);
    g[0] += r[i];
  }
  for (let j = 0; j < d; j++) g[j + 1] = dotRange(r, z[j], 0, n);
  if (!H) return { g, H };
  const live = z.map((c) => c.some((v) => v !== 0));
  const hz = new Float64Array(BLOCK);
  for (let i = 0; i < n; i++) H[0] += h[i];
  for (let i0 = 0; i0 < n; i0 += BLOCK) {
    const m = Math.min(BLOCK, n - i0);
    for (let j = 0; j < d; j++) {
      if (!live[j]) continue;
      const zj = z[j];
      let h0 = 0;
      for (let q = 0; q < m; q++) {
        const v = h[i0 + q] * zj[i0 + q];
        hz[q] = v;
        h0 += v;
      }
      const row = (j + 1) * D;
      H[row] += h0;
      let k = 0;
      for (; k + 3 <= j; k += 4) {
        const z0 = z[k], z1 = z[k + 1], z2 = z[k + 2], z3 = z[k + 3];
        let a0 = 0, a1 = 0, a2 = 0, a3 = 0;
        for (let q = 0, i = i0; q < m; q++, i++) {
          const v = hz[q];
          a0 += v * z0[i];
          a1 += v * z1[i];
          a2 += v * z2[i];
          a3 += v * z3[i];
        }
        H[row + k + 1] += a0;
        H[row + k + 2] += a1;
        H[row + k + 3] += a2;
        H[row + k + 4] += a3;
      }
      for (; k <= j; k++) if (live[k]) H[row + k + 1] += dotBlock(hz, z[k], i0, m);
    }
  }
  for (let j = 0; j < D; j++) for (let k = 0; k < j; k++) H[k * D + j] = H[j * D + k];
  return { g, H };
}

function dotRange(a: Float64Array, b: Float64Array, from: number, to: number): number {
  let acc = 0;
  for (let i = from; i < to; i++) acc += a[i] * b[i];
  return acc;
}

/** Σ hz[q] · b[i0 + q] for q < m. */
function dotBlock(hz: Float64Array, b: Float64Array, i0: number, m: number): number {
  let acc = 0;
  for (let q = 0; q < m; q++) acc += hz[q] * b[i0 + q];
  return acc;
}

/** Linear predictor (log-odds) for the rows of cols. */
export function logitLogistic(model: LogisticModel, cols: ArrayLike<number>[]): Float64Array {
  const z = standardize(model, cols);
  const out = new Float64Array(z[0].length).fill(model.intercept);
  z.forEach((zj, j) => {
    for (let i = 0; i < out.length; i++) out[i] += model.coef[j] * zj[i];
  });
  return out;
}

/** P(y = 1) for the rows of cols (same column order as training). */
export function predictLogistic(model: LogisticModel, cols: ArrayLike<number>[]): Float64Array {
  return logitLogistic(model, cols).map(sigmoid);
}

/** Per-feature contributions to the log-odds of one raw row; they sum to logit − intercept. */
export function contributions(model: LogisticModel, row: ArrayLike<number>): Contribution[] {
  return contributionsOf(model, model.coef, row);
}
