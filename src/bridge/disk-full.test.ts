// Disk full: the space needed is estimated from what committed rows took, and the message is translated with sizes.
import { describe, expect, it } from 'vitest';
import { estimateNeed } from './disk-full';
import { engineErrorText } from '../ui/i18n/engine-errors';
import { setLocale } from '../ui/i18n/i18n';

describe('disk full', () => {
  it('estimates the remaining need from the committed part', () => {
    const r = estimateNeed({ usageAtStart: 1_000_000, usageNow: 6_000_000, quota: 6_100_000, committedRows: 50_000, chunkRows: 25_000, rowsTotal: 200_000 });
    // 100 B/row; 150,000 rows left + one chunk = 175,000 rows = 17.5 MB, minus 100 KB free
    expect(r).toEqual({ needBytes: 17_400_000, freeBytes: 100_000 });
  });
  it('names the cause and the sizes in the user language', () => {
    setLocale('en');
    const msg = engineErrorText(new Error('[disk_full] needBytes=17400000 freeBytes=100000 committedRows=50000'));
    expect(msg).toMatch(/storage quota/);
    expect(msg).toContain('17 MB');
    expect(msg).toContain('50,000 rows');
    setLocale('pl');
    expect(engineErrorText(new Error('[disk_full] needBytes=17400000 freeBytes=100000 committedRows=50000'))).toMatch(/pełna/);
    setLocale('en');
  });
});
