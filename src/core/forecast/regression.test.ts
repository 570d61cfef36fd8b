// Linear and logistic regression equal scikit-learn's fits on the same data (fixture made by
// tests/fixtures/forecast/regression.py): same log1p + standardisation, LogisticRegression(C) by lbfgs at
// tol 1e-12, LinearRegression and Ridge(alpha). Also contributions, serialisation and bad-input messages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contributions as linContributions, fitLinear, predictLinear } from './linear';
import { contributions as logContributions, fitLogistic, logitLogistic, predictLogistic } from './logistic';
import type { FeatureTransform } from './scaler';

interface Fixture {
  names: string[];
  transforms: FeatureTransform[];
  columns: number[][];
  label: number[];
  target: number[];
  logistic: { solver: string; C: number; coef: number[]; intercept: number; proba: number[] }[];
  linear: { lambda: number; coef: number[]; intercept: number; pred: number[] }[];
}
const fx = JSON.parse(readFileSync(new URL('../../../tests/fixtures/forecast/regression.json', import.meta.url), 'utf8')) as Fixture;
const cols = fx.columns.map((c) => Float64Array.from(c));
const y = Uint8Array.from(fx.label);
const first10 = cols.map((c) => c.subarray(0, 10));
const maxDiff = (a: ArrayLike<number>, b: ArrayLike<number>): number => Math.max(...Array.from(a, (v, i) => Math.abs(v - b[i])));

describe('logistic regression = sklearn LogisticRegression', () => {
  // newton-cholesky reaches the exact optimum; sklearn 1.2's lbfgs stops on its own ftol (see regression.py).
  const tol: Record<string, number> = { 'newton-cholesky': 1e-9, lbfgs: 1e-5 };
  for (const ref of fx.logistic) {
    it(`C = ${ref.C}, ${ref.solver}: coefficients, intercept and probabilities to ${tol[ref.solver]}`, () => {
      const m = fitLogistic(cols, y, { C: ref.C, names: fx.names, transforms: fx.transforms });
      expect(m.converged).toBe(true);
      expect(maxDiff(m.coef, ref.coef)).toBeLessThan(tol[ref.solver]);
      expect(Math.abs(m.intercept - ref.intercept)).toBeLessThan(tol[ref.solver]);
      expect(maxDiff(predictLogistic(m, first10), ref.proba)).toBeLessThan(tol[ref.solver]);
    });
  }

  it('contributions sum to logit − intercept and the model survives JSON', () => {
    const m = fitLogistic(cols, y, { names: fx.names, transforms: fx.transforms });
    const back = JSON.parse(JSON.stringify(m)) as typeof m;
    const row = cols.map((c) => c[3]);
    const parts = logContributions(back, row);
    expect(parts.map((p) => p.feature)).toEqual(fx.names);
    const sum = parts.reduce((s, p) => s + p.contribution, 0);
    expect(sum).toBeCloseTo(logitLogistic(m, cols.map((c) => c.subarray(3, 4)))[0] - m.intercept, 12);
    expect(predictLogistic(back, first10)).toEqual(predictLogistic(m, first10));
  });

  it('is deterministic and rejects bad labels and values with row and column', () => {
    const a = fitLogistic(cols, y);
    expect(fitLogistic(cols, y)).toEqual(a);
    const bad = Float64Array.from(fx.label);
    bad[4] = 2;
    expect(() => fitLogistic(cols, bad)).toThrow(/row 5, label: value 2/);
    const neg = cols.map((c) => c.slice());
    neg[1][7] = -3;
    expect(() => fitLogistic(neg, y, { names: fx.names, transforms: fx.transforms })).toThrow(/row 8, spend: value -3/);
  });
});

describe('linear regression = sklearn LinearRegression / Ridge', () => {
  const t = Float64Array.from(fx.target);
  for (const ref of fx.linear) {
    it(`λ = ${ref.lambda}: coefficients and predictions to 1e-9`, () => {
      const m = fitLinear(cols, t, { lambda: ref.lambda, names: fx.names, transforms: fx.transforms });
      expect(maxDiff(m.coef, ref.coef)).toBeLessThan(1e-9);
      expect(Math.abs(m.intercept - ref.intercept)).toBeLessThan(1e-9);
      expect(maxDiff(predictLinear(m, first10), ref.pred)).toBeLessThan(1e-9);
    });
  }

  it('contributions sum to prediction − intercept', () => {
    const m = fitLinear(cols, t, { names: fx.names, transforms: fx.transforms });
    const row = cols.map((c) => c[0]);
    const sum = linContributions(m, row).reduce((s, p) => s + p.contribution, 0);
    expect(sum).toBeCloseTo(predictLinear(m, first10)[0] - m.intercept, 10);
  });

  it('a constant or duplicated feature still gives a model (tiny ridge, recorded)', () => {
    const dup = [...cols, cols[0].slice(), new Float64Array(cols[0].length).fill(3)];
    const m = fitLinear(dup, t);
    expect(m.lambda).toBeGreaterThan(0);
    expect(m.coef[6]).toBe(0);
    expect(m.coef[0]).toBeCloseTo(m.coef[5], 6);
  });
});
