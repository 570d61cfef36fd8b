// 2F1 against scipy.special.hyp2f1 and mpmath (fixture made by tests/fixtures/forecast/hyp2f1.py), the
// Lanczos log-gamma against exact values, and the failure modes: errors, never NaN.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { digamma, hyp2f1, hyp2f1Series, lbeta, lgamma, log2f1 } from './special';

interface Case { a: number; b: number; c: number; z: number; scipy: number | null; log: number; sign: number; what: string }
const fixture = JSON.parse(readFileSync(new URL('../../../tests/fixtures/forecast/hyp2f1.json', import.meta.url), 'utf8')) as { hyp2f1: Case[] };

describe('lgamma / lbeta', () => {
  it('matches exact factorials and Γ(1/2) to ~1e-14', () => {
    let f = 0;
    for (let n = 1; n <= 30; n++) {
      expect(Math.abs(lgamma(n) - f)).toBeLessThan(1e-13 * Math.max(1, f));
      f += Math.log(n);
    }
    expect(lgamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
    expect(lgamma(1.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI) / 2), 14);
  });

  it('handles large and small arguments and the reflection branch', () => {
    // Stirling with three correction terms is exact to double precision at x = 1e6.
    const x = 1e6;
    const stirling = (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x) - 1 / (360 * x ** 3);
    expect(Math.abs(lgamma(x) / stirling - 1)).toBeLessThan(1e-14);
    expect(lgamma(1e-8)).toBeCloseTo(-Math.log(1e-8) - 0.5772156649015329e-8, 12);
    expect(lgamma(-0.5)).toBeCloseTo(Math.log(2 * Math.sqrt(Math.PI)), 13);
    expect(lgamma(0)).toBe(Infinity);
    expect(lgamma(-3)).toBe(Infinity);
  });

  it('lbeta(a, b) = ln(Γ(a)Γ(b)/Γ(a+b))', () => {
    expect(lbeta(2, 3)).toBeCloseTo(Math.log(1 / 12), 14);
    expect(lbeta(0.5, 0.5)).toBeCloseTo(Math.log(Math.PI), 14);
  });
});

describe('digamma', () => {
  it('matches ψ(1) = −γ, ψ(1/2) = −γ − 2 ln 2, the recurrence and a numerical derivative of lgamma', () => {
    const euler = 0.5772156649015329;
    expect(digamma(1)).toBeCloseTo(-euler, 14);
    expect(digamma(0.5)).toBeCloseTo(-euler - 2 * Math.LN2, 14);
    expect(digamma(7.3) - digamma(6.3)).toBeCloseTo(1 / 6.3, 14);
    for (const x of [0.01, 0.3, 2.5, 40, 1e4]) {
      const h = 1e-5 * x;
      expect(digamma(x)).toBeCloseTo((lgamma(x + h) - lgamma(x - h)) / (2 * h), 6);
    }
    expect(() => digamma(0)).toThrow();
  });
});

describe('hyp2f1 against scipy / mpmath', () => {
  for (const k of fixture.hyp2f1) {
    it(`${k.what}: 2F1(${k.a}, ${k.b}; ${k.c}; ${k.z})`, () => {
      const r = log2f1(k.a, k.b, k.c, k.z);
      expect(r.sign).toBe(k.sign);
      expect(Math.abs(r.log - k.log)).toBeLessThan(1e-11 * Math.max(1, Math.abs(k.log)));
      if (k.scipy !== null) expect(Math.abs(hyp2f1(k.a, k.b, k.c, k.z) / k.scipy - 1)).toBeLessThan(1e-10);
    });
  }
});

describe('hyp2f1 failure modes', () => {
  it('throws, never returns NaN, outside its domain', () => {
    expect(() => hyp2f1(1, 1, 2, 1)).toThrow(/z ≥ 1/);
    expect(() => hyp2f1(1, 1, 2, 1.5)).toThrow(/z ≥ 1/);
    expect(() => hyp2f1(1, 1, -2, 0.5)).toThrow(/non-positive integer/);
    expect(() => hyp2f1(1, NaN, 2, 0.5)).toThrow(/non-finite/);
  });

  it('throws when the iteration cap is hit', () => {
    expect(() => hyp2f1Series(1, 1, 3, 0.999, { maxTerms: 100 })).toThrow(/did not converge in 100 terms/);
  });

  it('throws when the value overflows a double but log2f1 still answers', () => {
    expect(() => hyp2f1(800, 900, 1000, 0.9)).toThrow(/overflows/);
    expect(Number.isFinite(log2f1(800, 900, 1000, 0.9).log)).toBe(true);
  });

  it('the Euler branch equals the direct series where both converge', () => {
    const direct = hyp2f1Series(2.5, 1.5, 3, -0.3);
    expect(log2f1(2.5, 1.5, 3, -0.3).log).toBeCloseTo(direct.log, 14);
  });
});
