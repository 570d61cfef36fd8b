// Drift: a file shifted on two features flags exactly those two (PSI bands 0.1 / 0.25), a file from the same
// distribution flags none, unknown categories are counted, and PSI matches its textbook value.
import { describe, expect, it } from 'vitest';
import { loadCard } from '../../../tests/unit/helpers/artifacts';
import { demoLead, prng } from '../demo/demo-leads';
import { featureRow } from '../features';
import type { LeadValues } from '../lead';
import { validateRow } from '../validate';
import { computeDrift, drifting, psi, referenceFromFeatures, referenceOf } from './drift';

const card = loadCard('conv-xgb-1');

function leads(n: number, seed: number, shift: (r: Record<string, string>) => void = () => undefined): LeadValues[] {
  const rnd = prng(seed);
  return Array.from({ length: n }, (_, i) => {
    const raw = demoLead(card, i, rnd);
    shift(raw);
    const v = validateRow(card, raw, i + 1);
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    return v.values;
  });
}

function reference() {
  const train = leads(4000, 1);
  const F = card.features.length;
  const x = new Float64Array(train.length * F);
  train.forEach((v, i) => x.set(featureRow(card, v), i * F));
  return referenceFromFeatures(card, x, train.length);
}

describe('input drift', () => {
  it('PSI has its textbook value', () => {
    expect(psi([0.5, 0.5], [0.6, 0.4])).toBeCloseTo(0.1 * Math.log(1.2) + 0.1 * Math.log(0.5 / 0.4), 12);
    expect(psi([0.25, 0.75], [0.25, 0.75])).toBe(0);
  });

  it('a file shifted on two features flags exactly those two', () => {
    const ref = reference();
    const same = computeDrift(card, ref, leads(3000, 2));
    expect(drifting(same)).toEqual([]);
    const shifted = computeDrift(card, ref, leads(3000, 3, (r) => {
      r.WebsiteVisits = String(Math.min(49, Number(r.WebsiteVisits) + 15));
      r.CampaignChannel = 'Email';
    }));
    const flagged = drifting(shifted).map((d) => d.name).sort();
    expect(flagged).toEqual(['CampaignChannel', 'WebsiteVisits']);
    expect(shifted.find((d) => d.name === 'WebsiteVisits')!.level).toBe('major');
  });

  it('built-in cards: numeric bins from card.reference, unknown categories counted', () => {
    const ref = referenceOf(card);
    expect(ref.numeric.map((r) => r.feature)).toContain('WebsiteVisits');
    const d = computeDrift(card, ref, leads(1000, 4, (r) => { r.Gender = 'Robot'; }));
    expect(d.find((x) => x.name === 'Gender')?.unknownShare).toBe(1);
    expect(drifting(d).map((x) => x.name)).toEqual(['Gender']);
  });
});
