// #13: every admin-only action of the role matrix has words in every language, so a refused call never shows
// its internal name (`models.customers.retrain`) in the audit log.
import { describe, expect, it } from 'vitest';
import { ADMIN_ACTIONS } from '../../../storage/admin-actions';
import { catalogues } from './index';

describe('admin action names', () => {
  it('are translated in en, ru and pl', () => {
    for (const l of ['en', 'ru', 'pl'] as const) {
      const keys = new Set(catalogues.flatMap((c) => Object.keys(c[l])));
      expect(ADMIN_ACTIONS.filter((a) => !keys.has(`audit.action.${a}`)), l).toEqual([]);
    }
  });
});
