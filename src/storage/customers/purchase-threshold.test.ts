// The purchase-threshold setting: default 70%, saved on the 0.1% grid, refused outside (0, 1), reset to default.
import { beforeEach, describe, expect, it } from 'vitest';
import { openDb } from '../db';
import { onSettingChange, setSetting } from '../settings-repo';
import { getPurchaseThreshold, onThresholdGrid, PURCHASE_THRESHOLD_KEY, setPurchaseThreshold } from './purchase-threshold';

let n = 0;
beforeEach(() => { openDb(`purchase-threshold-test-${++n}-${Date.now()}`); });

describe('purchase threshold setting', () => {
  it('defaults to 70%, saves, notifies and resets', async () => {
    const seen: string[] = [];
    const off = onSettingChange((k) => seen.push(k));
    expect(await getPurchaseThreshold()).toBe(0.7);
    await setPurchaseThreshold(0.125);
    expect(await getPurchaseThreshold()).toBe(0.125);
    await setPurchaseThreshold(undefined);
    expect(await getPurchaseThreshold()).toBe(0.7);
    off();
    expect(seen).toEqual([PURCHASE_THRESHOLD_KEY, PURCHASE_THRESHOLD_KEY]);
  });

  it('keeps thresholds on the 0.1% grid, rounding down', async () => {
    expect(onThresholdGrid(0.13789)).toBe(0.137);
    expect(onThresholdGrid(0.137)).toBe(0.137); // no float drift below an exact grid value
    expect(onThresholdGrid(0.29)).toBe(0.29);
    expect(onThresholdGrid(0.00001)).toBe(0.001);
    await setPurchaseThreshold(0.0456);
    expect(await getPurchaseThreshold()).toBe(0.045);
  });

  it('refuses values outside (0, 1) and ignores a bad stored value', async () => {
    for (const v of [0, 1, -0.2, 1.5, NaN]) await expect(setPurchaseThreshold(v)).rejects.toThrow(/between/);
    await setSetting(PURCHASE_THRESHOLD_KEY, 'lots');
    expect(await getPurchaseThreshold()).toBe(0.7);
  });
});
