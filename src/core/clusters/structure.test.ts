/** The silhouette bands of Kaufman & Rousseeuw, at and around each published bound, and the card's own figure. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { cardSilhouette, clusterStructure, namesNeedQualifying } from './structure';

describe('clusterStructure', () => {
  it('follows the published bands at their bounds', () => {
    expect([0.05, 0.25, 0.2501, 0.5, 0.51, 0.7, 0.71, 1].map(clusterStructure))
      .toEqual(['none', 'none', 'weak', 'weak', 'reasonable', 'reasonable', 'strong', 'strong']);
    expect(clusterStructure(Number.NaN)).toBe('none');
    expect(clusterStructure(-0.2)).toBe('none');
  });
  it('qualifies names only for weak or no structure', () => {
    expect(['strong', 'reasonable', 'weak', 'none'].map((s) => namesNeedQualifying(s as never))).toEqual([false, false, true, true]);
  });
  it("reads the champion card's silhouette (0.104 at k = 3: no substantial structure)", () => {
    const card = JSON.parse(readFileSync(new URL('../../../models/artifacts/conv-xgb-1.card.json', import.meta.url), 'utf8'));
    const s = cardSilhouette(card);
    expect(s?.k).toBe(3);
    expect(s?.silhouette).toBeCloseTo(0.1037, 4);
    expect(clusterStructure(s!.silhouette)).toBe('none');
    expect(cardSilhouette(undefined)).toBeUndefined();
  });
});
