/** Translates what the registry, the model-file checks and the permission checks throw into the user's language. */
import { PermissionError } from '../../../storage/session';
import { t } from '../../i18n/i18n';

export function modelsErrorText(e: unknown): string {
  if (e instanceof PermissionError) return t(e.code === 'admin-only' ? 'models.error.adminOnly' : 'models.error.signIn');
  const msg = e instanceof Error ? e.message : String(e);
  const m = /^\[(\w+)\]\s*(.*)$/s.exec(msg);
  if (m) {
    const key = `models.error.${m[1]}`;
    const text = t(key, { detail: m[2] });
    if (text !== key) return text;
  }
  return t('models.error.generic', { detail: msg });
}
