// The dashboard's card summary keeps exactly what the dashboard reads from the champion card, in a few KB.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCard } from '../card/load';
import { summariseCard } from './card-summary';

const card = parseCard(JSON.parse(readFileSync(new URL('../../../models/artifacts/conv-hgb-1.card.json', import.meta.url), 'utf8')));

describe('summariseCard', () => {
  it('keeps segment ranges, clustering features and field units, and little else', () => {
    const s = summariseCard(card);
    expect(s.segments).toEqual(card.segments);
    expect(s.clusters.features).toEqual(card.clusters.features);
    expect(s.fields.map((f) => [f.name, f.unit])).toEqual(card.fields.map((f) => [f.name, f.unit]));
    expect(JSON.stringify(s).length).toBeLessThan(JSON.stringify(card).length / 50);
  });
});
