// The optimiser finds known minima deterministically, respects its caps and reports convergence honestly.
import { describe, expect, it } from 'vitest';
import { bfgs, minimize, nelderMead, numericGradient } from './optimize';

const rosenbrock = (v: number[]): number => 100 * (v[1] - v[0] ** 2) ** 2 + (1 - v[0]) ** 2;

describe('optimize', () => {
  it('Nelder–Mead then BFGS reaches the Rosenbrock minimum to 1e-6', () => {
    const r = minimize(rosenbrock, [-1.2, 1]);
    expect(r.converged).toBe(true);
    expect(r.x[0]).toBeCloseTo(1, 6);
    expect(r.x[1]).toBeCloseTo(1, 6);
    expect(r.gradNorm).toBeLessThan(1e-5);
  });

  it('is deterministic', () => {
    expect(minimize(rosenbrock, [-1.2, 1])).toEqual(minimize(rosenbrock, [-1.2, 1]));
  });

  it('uses an analytic gradient when given one', () => {
    const gradient = (v: number[]): number[] => [-400 * v[0] * (v[1] - v[0] ** 2) - 2 * (1 - v[0]), 200 * (v[1] - v[0] ** 2)];
    const a = bfgs(rosenbrock, [-1.2, 1], { gradient });
    const n = bfgs(rosenbrock, [-1.2, 1]);
    expect(a.x[0]).toBeCloseTo(1, 6);
    expect(a.evaluations).toBeLessThan(n.evaluations);
  });

  it('stops at its iteration caps and says it did not converge', () => {
    const r = nelderMead(rosenbrock, [-1.2, 1], { nmMaxIter: 5 });
    expect(r.iterations).toBe(5);
    expect(r.converged).toBe(false);
    const b = bfgs(rosenbrock, [-1.2, 1], { bfgsMaxIter: 3 });
    expect(b.iterations).toBe(3);
    expect(b.converged).toBe(false);
  });

  it('avoids infeasible (+∞ / NaN) regions', () => {
    const f = (v: number[]): number => (v[0] <= 0 ? NaN : (Math.log(v[0]) - 1) ** 2 + v[1] ** 2);
    const r = minimize(f, [1, 1]);
    expect(r.x[0]).toBeCloseTo(Math.E, 5);
    expect(numericGradient(f, [1e-9, 0], 1e-5)).toBeNull();
  });
});
