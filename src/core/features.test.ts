// Feature kinds on the hand-made card (the real-card parity is in parity.test.ts).
import { describe, expect, it } from 'vitest';
import { clip, featureMatrix, featureRow, midRankPercentile } from './features';
import { sampleCard } from './testing/sampleCard';

const card = sampleCard();
const lead = { CustomerID: 'a', Age: 70, Income: 50000, Gender: 'Male', WebsiteVisits: 5, TimeOnSite: 20 };

describe('features', () => {
  it('clip follows np.clip', () => {
    expect(clip(5, 0, 3)).toBe(3);
    expect(clip(-1, 0, 3)).toBe(0);
    expect(clip(NaN, 0, 3)).toBeNaN();
  });
  it('mid-rank percentile counts ties half', () => {
    const ref = [0, 1, 5, 5, 10, 20, 40];
    expect(midRankPercentile(ref, 5)).toBe((2 + 4) / 14);
    expect(midRankPercentile(ref, -1)).toBe(0);
    expect(midRankPercentile(ref, 100)).toBe(1);
    expect(midRankPercentile(ref, 7)).toBe(8 / 14);
  });
  it('builds every feature kind from clipped bases', () => {
    const row = Array.from(featureRow(card, lead));
    // Age clipped to 60, TimeOnSite clipped to 14.5; ratio = 14.5 / (5 + 1) = 2.41…; engagement = mean of two percentiles.
    expect(row.slice(0, 4)).toEqual([60, 50000, 5, 14.5]);
    expect(row.slice(4, 7)).toEqual([0, 1, 0]);
    expect(row[7]).toBe(14.5 / 6);
    expect(row[8]).toBe(((2 + 4) / 14 + (4 + 5) / 10) / 2);
  });
  it('blank and unknown categories hit the unknown indicator; ratio is clipped', () => {
    expect(Array.from(featureRow(card, { ...lead, Gender: null })).slice(4, 7)).toEqual([0, 0, 1]);
    expect(Array.from(featureRow(card, { ...lead, Gender: 'Other' })).slice(4, 7)).toEqual([0, 0, 1]);
    expect(featureRow(card, { ...lead, TimeOnSite: 1, WebsiteVisits: 40 })[7]).toBe(0.1);
  });
  it('featureMatrix is row-major float32 of featureRow', () => {
    const rows = [lead, { ...lead, Age: 33, Gender: 'Female' }];
    const m = featureMatrix(card, rows);
    expect(m).toBeInstanceOf(Float32Array);
    expect(m.length).toBe(2 * card.features.length);
    expect(Array.from(m.subarray(9, 18))).toEqual(Array.from(Float32Array.from(featureRow(card, rows[1]))));
  });
});
