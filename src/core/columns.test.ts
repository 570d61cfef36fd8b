// Header matching: normalisation and en/ru/pl synonyms → canonical fields.
import { describe, expect, it } from 'vitest';
import { matchColumns, normalizeHeader } from './columns';
import { sampleCard } from './testing/sampleCard';

describe('columns', () => {
  it('normalises case, spaces, underscores, dashes and diacritics', () => {
    expect(normalizeHeader(' Time_On-Site ')).toBe('timeonsite');
    expect(normalizeHeader('\uFEFFPłeć')).toBe('plec');
    expect(normalizeHeader('ID клиента')).toBe(normalizeHeader('id  КЛИЕНТА'));
  });
  it('maps English variants, Russian and Polish headers', () => {
    const card = sampleCard();
    const m = matchColumns(['customer_id', 'AGE', 'Доход', 'Płeć', 'website-visits', 'Time On Site', 'Notes', 'Conversion'], card);
    expect(m.mapping).toEqual({ CustomerID: 0, Age: 1, Income: 2, Gender: 3, WebsiteVisits: 4, TimeOnSite: 5, Conversion: 7 });
    expect(m.unmapped).toEqual(['Notes']);
    expect(m.missingRequired).toEqual([]);
    expect(m.missingOptional).toEqual([]);
    const ru = matchColumns(['ID клиента', 'Возраст', 'Пол'], card);
    expect(ru.mapping).toEqual({ CustomerID: 0, Age: 1, Gender: 2 });
    expect(ru.missingRequired).toEqual(['WebsiteVisits', 'TimeOnSite']);
    expect(ru.missingOptional).toEqual(['Income']);
    const pl = matchColumns(['id', 'Wiek', 'Dochód', 'Plec'], card);
    expect(pl.mapping).toEqual({ CustomerID: 0, Age: 1, Income: 2, Gender: 3 });
  });
  it('first duplicate wins; later ones are unmapped', () => {
    const m = matchColumns(['Age', 'age', 'Wiek'], sampleCard());
    expect(m.mapping.Age).toBe(0);
    expect(m.unmapped).toEqual(['age', 'Wiek']);
  });
});
