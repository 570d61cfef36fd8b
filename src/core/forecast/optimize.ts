/**
 * A small deterministic minimiser for the customer models' maximum-likelihood fits (BG/NBD, Gamma-Gamma).
 * Parameters are positive, so callers optimise their logarithms; Nelder–Mead finds the basin robustly,
 * then BFGS with central-difference gradients and a backtracking line search polishes to full precision
 * (published figures are given to 4–5 significant digits; Nelder–Mead alone stalls short of that).
 * The npm optimisers lack iteration caps or honour no tolerance, hence this file.
 */

/** An objective to minimise; may return +∞ (or NaN) for infeasible points, which are then avoided. */
export type Objective = (x: number[]) => number;

/** Outcome of a minimisation. */
export interface MinimizeResult {
  x: number[];
  fx: number;
  /** Nelder–Mead + BFGS iterations used. */
  iterations: number;
  evaluations: number;
  /** True when BFGS met its gradient tolerance (or Nelder–Mead its simplex tolerance when BFGS is off). */
  converged: boolean;
  /** Infinity norm of the final numerical gradient. */
  gradNorm: number;
}

/** Knobs for minimize(); the defaults suit log-parameter likelihoods of a few thousand to a million rows. */
export interface MinimizeOptions {
  nmMaxIter?: number;
  /** Nelder–Mead stops when the simplex's f spread is below this (absolute, default 1e-8). */
  nmTol?: number;
  /** Initial simplex step in each coordinate (default 0.5: a factor e^0.5 on each parameter). */
  nmStep?: number;
  bfgsMaxIter?: number;
  /** BFGS stops when ‖∇f‖∞ is below this (default 1e-6). */
  gradTol?: number;
  /** Central-difference step (default 1e-5). */
  fdStep?: number;
  /** Analytic gradient of the objective; when given, BFGS uses it instead of central differences. */
  gradient?: (x: number[]) => number[] | null;
}

const bad = (v: number): boolean => !Number.isFinite(v);

/** Nelder–Mead (standard coefficients 1, 2, 0.5, 0.5) from x0; deterministic. */
export function nelderMead(f: Objective, x0: number[], opts: MinimizeOptions = {}): MinimizeResult {
  const n = x0.length;
  const maxIter = opts.nmMaxIter ?? 2000;
  const tol = opts.nmTol ?? 1e-8;
  const step = opts.nmStep ?? 0.5;
  let evaluations = 0;
  const fv = (x: number[]): number => {
    evaluations++;
    const v = f(x);
    return bad(v) ? Infinity : v;
  };
  const pts: number[][] = [x0.slice()];
  for (let i = 0; i < n; i++) {
    const p = x0.slice();
    p[i] += step;
    pts.push(p);
  }
  let vals = pts.map(fv);
  let it = 0;
  let converged = false;
  for (; it < maxIter; it++) {
    const order = vals.map((_, i) => i).sort((i, j) => vals[i] - vals[j]);
    const sp = order.map((i) => pts[i]);
    vals = order.map((i) => vals[i]);
    pts.splice(0, pts.length, ...sp);
    if (Math.abs(vals[n] - vals[0]) <= tol && Number.isFinite(vals[0])) {
      converged = true;
      break;
    }
    const cen = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) cen[j] += pts[i][j] / n;
    const along = (t: number): number[] => cen.map((c, j) => c + t * (pts[n][j] - c));
    const xr = along(-1);
    const fr = fv(xr);
    if (fr < vals[0]) {
      const xe = along(-2);
      const fe = fv(xe);
      [pts[n], vals[n]] = fe < fr ? [xe, fe] : [xr, fr];
    } else if (fr < vals[n - 1]) {
      [pts[n], vals[n]] = [xr, fr];
    } else {
      const xc = fr < vals[n] ? along(-0.5) : along(0.5);
      const fc = fv(xc);
      if (fc < Math.min(fr, vals[n])) {
        [pts[n], vals[n]] = [xc, fc];
      } else {
        for (let i = 1; i <= n; i++) {
          pts[i] = pts[i].map((v, j) => pts[0][j] + 0.5 * (v - pts[0][j]));
          vals[i] = fv(pts[i]);
        }
      }
    }
  }
  const best = vals.indexOf(Math.min(...vals));
  return { x: pts[best], fx: vals[best], iterations: it, evaluations, converged, gradNorm: NaN };
}

/** Central-difference gradient; returns null where a neighbour is infeasible. */
export function numericGradient(f: Objective, x: number[], h = 1e-5): number[] | null {
  const g = new Array<number>(x.length);
  for (let i = 0; i < x.length; i++) {
    const xp = x.slice();
    const xm = x.slice();
    xp[i] += h;
    xm[i] -= h;
    const fp = f(xp);
    const fm = f(xm);
    if (bad(fp) || bad(fm)) return null;
    g[i] = (fp - fm) / (2 * h);
  }
  return g;
}

const dot = (a: number[], b: number[]): number => a.reduce((s, v, i) => s + v * b[i], 0);
const normInf = (a: number[]): number => a.reduce((m, v) => Math.max(m, Math.abs(v)), 0);

/** BFGS with central-difference (or given analytic) gradients and Armijo backtracking; deterministic. */
export function bfgs(f: Objective, x0: number[], opts: MinimizeOptions = {}): MinimizeResult {
  const n = x0.length;
  const maxIter = opts.bfgsMaxIter ?? 200;
  const gtol = opts.gradTol ?? 1e-6;
  const h = opts.fdStep ?? 1e-5;
  let evaluations = 0;
  const fc: Objective = (x) => {
    evaluations++;
    return f(x);
  };
  const grad = (x: number[]): number[] | null => {
    const g = opts.gradient ? opts.gradient(x) : numericGradient(fc, x, h);
    return g && g.every(Number.isFinite) ? g : null;
  };
  let x = x0.slice();
  let fx = fc(x);
  let g = grad(x);
  // Inverse Hessian approximation, starts as the identity.
  let H: number[][] = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  let it = 0;
  let converged = false;
  for (; it < maxIter && g; it++) {
    if (normInf(g) <= gtol) {
      converged = true;
      break;
    }
    let d = H.map((row) => -dot(row, g as number[]));
    if (dot(d, g) >= 0) {
      // Not a descent direction: reset to steepest descent.
      H = H.map((row, i) => row.map((_, j) => (i === j ? 1 : 0)));
      d = g.map((v) => -v);
    }
    const slope = dot(d, g);
    let t = 1;
    let xn: number[] = x;
    let fn = Infinity;
    for (let k = 0; k < 60; k++, t *= 0.5) {
      xn = x.map((v, i) => v + t * d[i]);
      fn = fc(xn);
      if (!bad(fn) && fn <= fx + 1e-4 * t * slope) break;
    }
    if (bad(fn) || fn > fx) break; // line search failed: keep the best point so far
    const gn = grad(xn);
    if (!gn) break;
    const s = xn.map((v, i) => v - x[i]);
    const y = gn.map((v, i) => v - (g as number[])[i]);
    const sy = dot(s, y);
    if (sy > 1e-12) {
      const Hy = H.map((row) => dot(row, y));
      const yHy = dot(y, Hy);
      H = H.map((row, i) => row.map((v, j) => v + ((sy + yHy) * s[i] * s[j]) / (sy * sy) - (Hy[i] * s[j] + s[i] * Hy[j]) / sy));
    }
    const stalled = Math.abs(fx - fn) <= 1e-15 * Math.max(1, Math.abs(fx));
    x = xn;
    fx = fn;
    g = gn;
    if (stalled && normInf(g) <= Math.sqrt(gtol)) {
      converged = true;
      break;
    }
  }
  return { x, fx, iterations: it, evaluations, converged, gradNorm: g ? normInf(g) : NaN };
}

/** Nelder–Mead then BFGS from its result (see the file header). */
export function minimize(f: Objective, x0: number[], opts: MinimizeOptions = {}): MinimizeResult {
  const nm = nelderMead(f, x0, opts);
  const bf = bfgs(f, nm.x, opts);
  const better = bf.fx <= nm.fx ? bf : { ...nm, gradNorm: bf.gradNorm };
  return {
    ...better,
    iterations: nm.iterations + bf.iterations,
    evaluations: nm.evaluations + bf.evaluations,
    converged: bf.converged,
  };
}
