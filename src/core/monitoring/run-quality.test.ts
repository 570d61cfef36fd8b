// A labelled run against its model's validation figures: the run's metrics equal scikit-learn's and its DeLong
// standard error equals an independent Python implementation (golden numbers from
// tests/golden/run_quality_golden.py on the same deterministic rows), and the flag rule behaves as stated.
import { describe, expect, it } from 'vitest';
import { runMetrics } from '../csv/aggregates';
import { aucFlag, aucSeDeLong, aucSeHanleyMcNeil, runQuality } from './run-quality';

const GOLDEN = {
  rocAuc: 0.8348392857142857, prAuc: 0.9231238148963113, brier: 0.16519767500000002, logLoss: 0.48922902734212004,
  precision: 0.8533447684391081, recall: 0.7107142857142857, f1: 0.7755261106780982, aucSe: 0.009239933629480388,
};

function rows(): { y: Uint8Array; s: Float64Array } {
  const n = 2000;
  const y = Uint8Array.from({ length: n }, (_, i) => ((i * 37) % 100 < 70 ? 1 : 0));
  const s = Float64Array.from({ length: n }, (_, i) => (Math.floor((((i * 7919) % 1009) / 1009 * 0.7 + 0.3 * y[i]) * 198) + 1) / 200);
  return { y, s };
}

const card = (rocAuc: number) => ({ metrics: { validation: { calibrated: { rocAuc, prAuc: 0.9, brier: 0.15, logLoss: 0.45 } }, thresholds: { best_f1: { precision: 0.86, recall: 0.7, f1: 0.77 } } } });

describe('labelled run vs validation', () => {
  it('run metrics equal scikit-learn and the DeLong SE equals the Python implementation (golden)', () => {
    const { y, s } = rows();
    const m = runMetrics(y, s, 0.5)!;
    for (const k of ['rocAuc', 'prAuc', 'brier', 'logLoss', 'precision', 'recall', 'f1'] as const) expect(m[k]).toBeCloseTo(GOLDEN[k], 12);
    expect(m.aucSe).toBeCloseTo(GOLDEN.aucSe, 12);
    // Hanley & McNeil's approximation is near DeLong's here (the fallback for runs stored before aucSe).
    expect(aucSeHanleyMcNeil(m.rocAuc, 1400, 600)).toBeCloseTo(GOLDEN.aucSe, 2);
    expect(aucSeDeLong([1, 0, 1], [0.2, 0.1, 0.3])).toBeNaN();
  });

  it('flags a drop larger than max(0.02, 2 × SE), and only that', () => {
    expect(aucFlag(0.80, 0.83, 0.005)).toEqual({ margin: 0.02, flagged: true });
    expect(aucFlag(0.815, 0.83, 0.005).flagged).toBe(false);
    expect(aucFlag(0.80, 0.83, 0.02)).toEqual({ margin: 0.04, flagged: false });
    expect(aucFlag(0.78, 0.83, 0.02).flagged).toBe(true);
    expect(aucFlag(0.90, 0.83, 0.001).flagged).toBe(false);
  });

  it('puts the run beside the card that scored it, with differences and the flag', () => {
    const { y, s } = rows();
    const m = runMetrics(y, s, 0.5)!;
    const ok = runQuality(m, card(0.84), 'best_f1');
    expect(ok.validation).toEqual({ rocAuc: 0.84, prAuc: 0.9, brier: 0.15, logLoss: 0.45, precision: 0.86, recall: 0.7, f1: 0.77 });
    expect(ok.diff.rocAuc).toBeCloseTo(GOLDEN.rocAuc - 0.84, 12);
    expect(ok).toMatchObject({ positives: 1400, negatives: 600, seMethod: 'delong', margin: 0.02, flagged: false });
    expect(runQuality(m, card(0.87), 'best_f1').flagged).toBe(true);
    // Custom threshold: no validation rates at it; an older run without aucSe uses Hanley & McNeil.
    const old = runQuality({ ...m, aucSe: undefined }, card(0.87), 'custom');
    expect(old.validation.f1).toBeUndefined();
    expect(old.diff.f1).toBeUndefined();
    expect(old.seMethod).toBe('hanley-mcneil');
  });
});
