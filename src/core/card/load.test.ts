// parseCard accepts a valid card and rejects broken ones with messages naming the offending path.
import { describe, expect, it } from 'vitest';
import { parseCard } from './load';
import { sampleCard } from '../testing/sampleCard';

type Mut = Record<string, unknown>;
const bad = (edit: (c: Mut) => void): unknown => {
  const c = JSON.parse(JSON.stringify(sampleCard())) as Mut;
  edit(c);
  return c;
};

describe('parseCard', () => {
  it('accepts a valid card', () => {
    const c = sampleCard();
    expect(parseCard(JSON.parse(JSON.stringify(c)))).toEqual(c);
  });
  it('rejects a schemaVersion mismatch', () => {
    expect(() => parseCard(bad((c) => (c.schemaVersion = 2)))).toThrow(/schemaVersion 2 is not supported/);
  });
  it('rejects non-objects and missing fields', () => {
    expect(() => parseCard(null)).toThrow(/card must be an object/);
    expect(() => parseCard(bad((c) => delete c.modelId))).toThrow(/card\.modelId is missing/);
    expect(() => parseCard(bad((c) => delete c.onnx))).toThrow(/onnx must be an object/);
    expect(() => parseCard(bad((c) => ((c.fields as Mut[])[1].type = 'float')))).toThrow(/fields\[1\]\.type must be one of/);
  });
  it('rejects a feature referencing an unknown column', () => {
    expect(() => parseCard(bad((c) => ((c.features as Mut[])[0].source = 'Nope')))).toThrow(/features\[0\]\.source references unknown column "Nope"/);
    expect(() => parseCard(bad((c) => ((c.features as Mut[])[4].source = 'Age')))).toThrow(/has type integer, expected category/);
  });
  it('rejects inconsistent calibration, deciles, thresholds and clusters', () => {
    expect(() => parseCard(bad((c) => ((c.calibration as Mut).y = [1])))).toThrow(/calibration\.y must have 3 elements/);
    expect(() => parseCard(bad((c) => ((c.deciles as Mut).cutPoints = [1, 2])))).toThrow(/cutPoints must have 9/);
    expect(() => parseCard(bad((c) => ((c.thresholds as Mut).active = 'high_recall')))).toThrow(/has no scenario/);
    expect(() => parseCard(bad((c) => ((c.clusters as Mut).features = ['EngagementScore', 'Bogus'])))).toThrow(/unknown feature "Bogus"/);
    expect(() => parseCard(bad((c) => ((c.reference as Mut).TimeOnSite = [3, 1])))).toThrow(/sorted ascending/);
  });
});
