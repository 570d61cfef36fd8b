/** Maps errors from the auth/users/backup data API to translated, user-facing messages. */
import { t } from '../../i18n/i18n';

export function authErrorText(e: unknown): string {
  const err = e as { name?: string; code?: string; message?: string };
  if (err?.name === 'PermissionError') return t('auth.err.permission');
  if (err?.name === 'UserError' && err.code) {
    const key = `auth.err.${err.code}`;
    const s = t(key);
    if (s !== key) return s;
  }
  if (err?.name === 'WrongPasswordError') return t('auth.err.adminPassword');
  return t('auth.err.generic', { message: err?.message ?? String(e) });
}
