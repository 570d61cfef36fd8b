/**
 * Linear regression for next-month spend (the Polish project's promise: R², MSE), on standardised
 * features, solved in closed form: normal equations ZᵀZ·w = Zᵀ(y − ȳ) by Cholesky (with an optional tiny
 * ridge λ‖w‖²). Deterministic, no iterations; the model is plain JSON for the model card.
 */
import { choleskySolve } from './linalg';
import { contributionsOf, fitStandardizer, rowCount, standardize, type Contribution, type FeatureTransform, type Standardizer } from './scaler';

/** A fitted linear model: prediction = intercept + Σ coef_j · (t_j(x_j) − mean_j) / scale_j. */
export interface LinearModel extends Standardizer {
  kind: 'linear';
  coef: number[];
  intercept: number;
  /** Ridge penalty used (0 unless asked for, or added because the features were collinear). */
  lambda: number;
}

/** Options for fitLinear. */
export interface LinearOptions {
  names?: string[];
  transforms?: FeatureTransform[];
  /** Ridge penalty λ on the summed squared error (default 0). */
  lambda?: number;
}

/**
 * Least squares on standardised columns. If ZᵀZ is singular (a constant or duplicated feature) and no λ was
 * given, retries once with λ = 1e-8·n so a model is still produced (recorded in the model's `lambda`).
 */
export function fitLinear(cols: Float64Array[], y: Float64Array, opts: LinearOptions = {}): LinearModel {
  const n = rowCount(cols, 'linear regression');
  if (y.length !== n) throw new Error(`linear regression: ${n} feature rows but ${y.length} targets`);
  y.forEach((v, i) => {
    if (!Number.isFinite(v)) throw new Error(`linear regression: row ${i + 1}, target: value ${v} is not a finite number`);
  });
  const s = fitStandardizer(cols, opts.transforms, opts.names);
  const z = standardize(s, cols);
  const d = cols.length;
  const ybar = y.reduce((a, v) => a + v, 0) / n;
  const A = new Float64Array(d * d);
  const b = new Float64Array(d);
  for (let j = 0; j < d; j++) {
    const zj = z[j];
    for (let k = 0; k <= j; k++) {
      const zk = z[k];
      let acc = 0;
      for (let i = 0; i < n; i++) acc += zj[i] * zk[i];
      A[j * d + k] = acc;
      A[k * d + j] = acc;
    }
    let acc = 0;
    for (let i = 0; i < n; i++) acc += zj[i] * (y[i] - ybar);
    b[j] = acc;
  }
  const solve = (lambda: number): Float64Array | null => {
    const Al = A.slice();
    for (let j = 0; j < d; j++) Al[j * d + j] += lambda;
    return choleskySolve(Al, b);
  };
  let lambda = opts.lambda ?? 0;
  let w = solve(lambda);
  if (!w && opts.lambda === undefined) {
    lambda = 1e-8 * n;
    w = solve(lambda);
  }
  if (!w) throw new Error('linear regression: the features are collinear; drop a duplicated feature or set lambda > 0');
  return { kind: 'linear', ...s, coef: Array.from(w), intercept: ybar, lambda };
}

/** Predictions for the rows of cols (same column order as training). */
export function predictLinear(model: LinearModel, cols: ArrayLike<number>[]): Float64Array {
  const z = standardize(model, cols);
  const n = z[0].length;
  const out = new Float64Array(n).fill(model.intercept);
  z.forEach((zj, j) => {
    const w = model.coef[j];
    for (let i = 0; i < n; i++) out[i] += w * zj[i];
  });
  return out;
}

/** Per-feature contributions of one raw row (coef × standardised value); they sum to prediction − intercept. */
export function contributions(model: LinearModel, row: ArrayLike<number>): Contribution[] {
  return contributionsOf(model, model.coef, row);
}
