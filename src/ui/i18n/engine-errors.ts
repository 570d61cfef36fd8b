/**
 * Turns errors from workers and the data layer ("[code] English detail") into the user's language.
 * Engine code stays language-neutral (a stable code plus an English detail for logs); the UI translates
 * by code here, falling back to the model-load texts and finally to the English detail.
 */
import { fmtNumber, t } from './i18n';
import { scaleBytes } from '../../pwa/storage';
import { columnTitles } from './column-names';

/** Codes whose detail is a list of column names: shown with people's labels, not the internal names alone. */
const COLUMN_CODES = new Set(['missing_required_columns']);

export function engineErrorText(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err ?? '');
  const m = /^\[(\w+)\]\s*(.*)$/s.exec(msg);
  if (m) {
    const params = { detail: COLUMN_CODES.has(m[1]) ? columnTitles(m[2]) : m[2], ...detailParams(m[2]) };
    for (const key of [`engine.${m[1]}`, `load.${m[1]}`]) {
      const s = t(key, params);
      if (s !== key) return s;
    }
    return m[2];
  }
  return msg;
}

/** `key=value` pairs in a detail become message parameters; `…Bytes` values are shown as sizes (e.g. "12.5 MB"). */
function detailParams(detail: string): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [, k, v] of detail.matchAll(/(\w+)=(-?\d+(?:\.\d+)?)/g)) {
    const n = Number(v);
    if (!k.endsWith('Bytes')) { out[k] = n; continue; }
    const { value, unit } = scaleBytes(n);
    out[k] = t(`pwa.unit.${unit}`, { n: fmtNumber(value, { maximumFractionDigits: value < 10 && unit !== 'B' ? 1 : 0 }) });
  }
  return out;
}
