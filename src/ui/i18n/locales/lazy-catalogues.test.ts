// The lazily merged catalogues (charts, planner) have every key in en, ru and pl, none empty, and no key that
// clashes with the eagerly loaded catalogues.
import { describe, expect, it } from 'vitest';
import charts from './charts';
import planner from './planner';
import { catalogues } from './index';

describe('lazy catalogues', () => {
  const eager = new Set(catalogues.flatMap((c) => Object.keys(c.en)));
  for (const [name, cat] of Object.entries({ charts, planner })) {
    it(`${name}: same keys in en, ru and pl`, () => {
      const en = Object.keys(cat.en).sort();
      expect(Object.keys(cat.ru).sort()).toEqual(en);
      expect(Object.keys(cat.pl).sort()).toEqual(en);
      for (const l of ['en', 'ru', 'pl'] as const) for (const v of Object.values(cat[l])) expect(v.trim()).not.toBe('');
      for (const k of en) expect(eager.has(k)).toBe(false);
    });
  }
});
