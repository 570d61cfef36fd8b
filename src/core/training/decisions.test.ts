// Validation-derived card parts against the Python pipeline's own functions (tests/golden/training_golden.py):
// tilted isotonic calibration (calibration_tilt.fit_tilted), threshold scenarios and decile cuts (evaluation.py).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ModelCard } from '../card/types';
import { calibrate } from '../decide';
import { fitTiltedIsotonic } from './calibration';
import { decileCuts, snap, thresholdScenarios } from './decisions';

interface Case { raw: number[]; y: number[]; calibration: { x: number[]; y: number[] }; thresholds: ModelCard['thresholds']; cuts: number[] }
const golden = JSON.parse(readFileSync(new URL('../../../tests/golden/training_golden.json', import.meta.url), 'utf8')) as { decisions: Case[] };

describe('calibration, thresholds and deciles match npm run train', () => {
  golden.decisions.forEach((c, k) => {
    it(`case ${k + 1} (${c.raw.length} scores)`, () => {
      const cal = fitTiltedIsotonic(c.raw, c.y);
      if (cal.method !== 'isotonic') throw new Error('expected isotonic');
      expect(cal.x.length).toBe(c.calibration.x.length);
      cal.x.forEach((v, i) => expect(v).toBeCloseTo(c.calibration.x[i], 12));
      cal.y.forEach((v, i) => expect(v).toBeCloseTo(c.calibration.y[i], 12));
      const score = c.raw.map((p) => calibrate({ calibration: c.calibration } as ModelCard, p));
      const th = thresholdScenarios(c.y, score);
      th.scenarios.forEach((s, i) => {
        expect(s.id).toBe(c.thresholds.scenarios[i].id);
        expect(s.threshold).toBeCloseTo(c.thresholds.scenarios[i].threshold, 12);
        expect(s.rule).toBe(c.thresholds.scenarios[i].rule);
      });
      decileCuts(score).forEach((v, i) => expect(v).toBeCloseTo(c.cuts[i], 12));
    });
  });

  it('snap leaves cuts at or below the minimum alone', () => {
    expect(snap(0.1, [0.2, 0.5])).toBe(0.1);
    expect(snap(0.2, [0.2, 0.5])).toBe(0.2);
    expect(snap(0.4, [0.2, 0.5])).toBeCloseTo(0.35, 15);
  });
});
