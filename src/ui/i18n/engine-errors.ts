/**
 * Turns errors from workers and the data layer ("[code] English detail") into the user's language.
 * Engine code stays language-neutral (a stable code plus an English detail for logs); the UI translates
 * by code here, falling back to the model-load texts and finally to the English detail.
 */
import { t } from './i18n';

export function engineErrorText(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err ?? '');
  const m = /^\[(\w+)\]\s*(.*)$/s.exec(msg);
  if (m) {
    for (const key of [`engine.${m[1]}`, `load.${m[1]}`]) {
      const s = t(key, { detail: m[2] });
      if (s !== key) return s;
    }
    return m[2];
  }
  return msg;
}
