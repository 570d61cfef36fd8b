// Percentage-point explanations: on the shipped models and the parity fixture's leads, the factors' points
// add up to the lead's calibrated probability minus the base probability (1e-9), do not depend on the
// order of the factors, and keep each factor's sign; the sentence context finds blank fields and positions.
import { describe, expect, it } from 'vitest';
import { probabilityPoints } from './points';
import { factorContext } from './context';
import { calibrate } from '../decide';
import { featureRow } from '../features';
import { explain, loadTrees } from '../treeshap';
import { validateRow } from '../validate';
import { ARTIFACTS, haveArtifacts, loadCard, loadFixture, readJson } from '../../../tests/unit/helpers/artifacts';

describe.skipIf(!haveArtifacts)('probability points', () => {
  const fx = haveArtifacts ? loadFixture() : (null as never);

  it('sum to probability − base probability within 1e-9, order-independent, same signs', () => {
    let checked = 0;
    for (const id of fx.modelIds) {
      const card = loadCard(id);
      if (!card.explain) continue;
      const trees = loadTrees(readJson(`${ARTIFACTS}${card.explain.file}`));
      for (const r of fx.rows) {
        const v = validateRow(card, r.raw, 1);
        if (!v.ok) continue;
        const e = explain(trees, Float64Array.from(featureRow(card, v.values)));
        const phi = Array.from(e.contributions);
        const score = calibrate(card, r.models[id].rawProbability);
        const p = probabilityPoints(card, { margin: trees.margin, base: e.base }, phi, score);
        const sum = p.points.reduce((s, x) => s + x, 0);
        expect(Math.abs(sum - (score - p.baseProbability))).toBeLessThanOrEqual(1e-9);
        const rev = probabilityPoints(card, { margin: trees.margin, base: e.base }, [...phi].reverse(), score);
        rev.points.reverse().forEach((x, j) => expect(Math.abs(x - p.points[j])).toBeLessThanOrEqual(1e-15));
        p.points.forEach((x, j) => expect(x * phi[j]).toBeGreaterThanOrEqual(0));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(200);
  });

  it('a blank field says so; a low value sits below the typical one', () => {
    const card = loadCard(fx.modelIds[0]);
    const v = validateRow(card, { ...fx.rows[0].raw, Age: '', ConversionRate: '0.012' }, 1);
    if (!v.ok) throw new Error('row invalid');
    const row = featureRow(card, v.values);
    expect(factorContext(card, 'Age', 'field', v.values, row, v.defaultsUsed).blank).toBe(true);
    const c = factorContext(card, 'ConversionRate', 'field', v.values, row, v.defaultsUsed);
    expect(c).toMatchObject({ value: 0.012, blank: false, position: 'well_below' });
    expect(c.typical).toBeGreaterThan(0.05);
  });
});
