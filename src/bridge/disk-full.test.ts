// Disk full: the space needed is estimated from what committed rows took, and the message is translated with sizes.
import { describe, expect, it } from 'vitest';
import { estimateNeed } from './disk-full';
import { engineErrorText } from '../ui/i18n/engine-errors';
import { setLocale } from '../ui/i18n/i18n';

describe('disk full', () => {
  it('estimates the remaining need from the committed part', () => {
    // 150,000 rows left at 100 B/row, plus a tenth for overhead
    expect(estimateNeed({ bytesPerRow: 100, committedRows: 50_000, rowsTotal: 200_000 })).toBe(16_500_000);
  });
  it('names the cause and the sizes in the user language', () => {
    setLocale('en');
    const msg = engineErrorText(new Error('[disk_full] needBytes=17400000 committedRows=50000'));
    expect(msg).toMatch(/storage quota/);
    expect(msg).toContain('17 MB');
    expect(msg).toContain('50,000 rows');
    setLocale('pl');
    expect(engineErrorText(new Error('[disk_full] needBytes=17400000 committedRows=50000'))).toMatch(/pełna/);
    setLocale('en');
  });
});
