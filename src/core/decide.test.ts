// Calibration (numpy.interp semantics), thresholds, deciles, segments and clusters.
import { describe, expect, it } from 'vitest';
import { assignCluster, calibrate, decile, decision, interp, segment } from './decide';
import { sampleCard } from './testing/sampleCard';
import type { ModelCard } from './card/types';

const card = sampleCard();

describe('decide', () => {
  it('interp behaves like numpy.interp', () => {
    const xp = [0.1, 0.5, 0.5, 0.9];
    const fp = [0.2, 0.4, 0.6, 0.95];
    expect(interp(0, xp, fp)).toBe(0.2);
    expect(interp(1, xp, fp)).toBe(0.95);
    expect(interp(0.3, xp, fp)).toBeCloseTo(0.3, 15);
    expect(interp(0.5, xp, fp)).toBe(0.6); // duplicate knot: numpy takes the last
    expect(interp(0.9, xp, fp)).toBe(0.95);
  });
  it('calibrate: none, isotonic, platt', () => {
    expect(calibrate(card, 0.3)).toBeCloseTo(0.3, 15);
    expect(calibrate({ ...card, calibration: { method: 'none' } } as ModelCard, 0.37)).toBe(0.37);
    expect(calibrate({ ...card, calibration: { method: 'platt', a: -2, b: 1 } } as ModelCard, 0.5)).toBe(1 / (1 + Math.exp(0)));
  });
  it('decision at the active or a named scenario (>= is positive)', () => {
    expect(decision(card, 0.5)).toBe(1);
    expect(decision(card, 0.4999)).toBe(0);
    expect(decision(card, 0.7, 'high_precision')).toBe(0);
    expect(() => decision(card, 0.7, 'high_recall')).toThrow(/Unknown threshold scenario/);
  });
  it('decile = 1 + count(cut > score); segments by decile range', () => {
    expect(decile(card, 0.95)).toBe(1);
    expect(decile(card, 0.9)).toBe(1);
    expect(decile(card, 0.85)).toBe(2);
    expect(decile(card, 0.05)).toBe(10);
    expect([1, 3, 4, 7, 8, 10].map((d) => segment(card, d))).toEqual(['High', 'High', 'Medium', 'Medium', 'Low', 'Low']);
  });
  it('assignCluster: nearest standardised centroid, localized name, ties to lowest index', () => {
    const lead = { CustomerID: 'a', Age: 40, Income: 1, Gender: 'Male', WebsiteVisits: 40, TimeOnSite: 14.5 };
    expect(assignCluster(card, lead, { locale: 'ru' })).toEqual({ index: 0, name: 'Вовлечённые' });
    expect(assignCluster(card, { ...lead, WebsiteVisits: 0, TimeOnSite: 1 }).index).toBe(1);
    // EngagementScore 0.5 → z = 0, equidistant from both centroids.
    expect(assignCluster(card, lead, { row: [0, 0, 0, 0, 0, 0, 0, 0, 0.5] }).index).toBe(0);
  });
});
