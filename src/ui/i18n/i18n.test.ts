// Every key exists in every locale, and no translation is left empty.
import { describe, expect, it } from 'vitest';
import { catalogues } from './locales/index';

describe('i18n catalogues', () => {
  it('have the same keys in en, ru and pl', () => {
    for (const cat of catalogues) {
      const en = Object.keys(cat.en).sort();
      expect(Object.keys(cat.ru).sort()).toEqual(en);
      expect(Object.keys(cat.pl).sort()).toEqual(en);
      for (const l of ['en', 'ru', 'pl'] as const) for (const v of Object.values(cat[l])) expect(v.trim()).not.toBe('');
    }
  });
});
