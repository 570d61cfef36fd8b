// Row validation: typing, defaults, categories, ranges and machine-readable reasons.
import { describe, expect, it } from 'vitest';
import { parseNumber, validateRow } from './validate';
import { sampleCard } from './testing/sampleCard';

const card = sampleCard();
const good = { CustomerID: ' TST-001 ', Age: '30', Income: '62000.5', Gender: ' female ', WebsiteVisits: '12', TimeOnSite: '7.5' };

describe('validateRow', () => {
  it('types a good row, canonicalises categories, keeps IDs as strings', () => {
    const r = validateRow(card, good, 1);
    expect(r).toEqual({ ok: true, values: { CustomerID: 'TST-001', Age: 30, Income: 62000.5, Gender: 'Female', WebsiteVisits: 12, TimeOnSite: 7.5 }, defaultsUsed: [], warnings: [] });
    const numericId = validateRow(card, { ...good, CustomerID: 8000 }, 1);
    expect(numericId.ok && numericId.values.CustomerID).toBe('8000');
  });
  it('fills blank optional fields with defaults', () => {
    const r = validateRow(card, { ...good, Income: '  ', Gender: undefined }, 2);
    expect(r.ok && r.values.Income).toBe(50000);
    expect(r.ok && r.values.Gender).toBeNull();
    expect(r.ok && r.defaultsUsed).toEqual(['Income', 'Gender']);
  });
  it('maps Russian/Polish category spellings to the canonical category', () => {
    for (const [g, want] of [['Мужской', 'Male'], ['kobieta', 'Female'], [' MALE ', 'Male']]) {
      const r = validateRow(card, { ...good, Gender: g }, 1);
      expect(r.ok && r.values.Gender).toBe(want);
    }
  });
  it('unknown category is a warning, not an error', () => {
    const r = validateRow(card, { ...good, Gender: 'Other' }, 3);
    expect(r.ok).toBe(true);
    expect(r.ok && r.values.Gender).toBe('Other');
    expect(r.ok && r.warnings).toEqual([{ row: 3, column: 'Gender', value: 'Other', code: 'unknown_category' }]);
  });
  it('reports every bad cell with row, column, value and reason code', () => {
    const r = validateRow(card, { CustomerID: '', Age: '17', Income: 'abc', WebsiteVisits: '3.5', TimeOnSite: '2000' }, 7);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.row, e.column, e.value, e.reason])).toEqual([
      [7, 'CustomerID', '', { code: 'missing_required' }],
      [7, 'Age', '17', { code: 'out_of_range', min: 18, max: 100 }],
      [7, 'Income', 'abc', { code: 'not_a_number' }],
      [7, 'WebsiteVisits', '3.5', { code: 'not_an_integer' }],
      [7, 'TimeOnSite', '2000', { code: 'out_of_range', min: 0, max: 1000 }],
    ]);
    expect(r.errors[1].message).toBe('must be between 18 and 100');
  });
  it('accepts a decimal comma only when asked', () => {
    expect(validateRow(card, { ...good, TimeOnSite: '3,5' }, 1).ok).toBe(false);
    const r = validateRow(card, { ...good, TimeOnSite: '3,5' }, 1, { decimalComma: true });
    expect(r.ok && r.values.TimeOnSite).toBe(3.5);
  });
  it('parseNumber is strict', () => {
    expect(parseNumber(' 1e3 ')).toBe(1000);
    expect(parseNumber('30.0')).toBe(30);
    expect(parseNumber('1,000')).toBeNaN();
    expect(parseNumber('12abc')).toBeNaN();
    expect(parseNumber('0x10')).toBeNaN();
    expect(parseNumber(Infinity)).toBeNaN();
  });
});
