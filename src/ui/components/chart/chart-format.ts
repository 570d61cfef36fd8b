/** Locale-aware value formatting shared by chart axes, tooltips and data tables (Intl via the i18n module). */
import { fmtDate, fmtNumber } from '../../i18n/i18n';
import type { ValueFormat } from './chart-spec';

export function formatValue(v: number | string | undefined, f: ValueFormat | 'text', currency = 'EUR'): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v;
  if (!Number.isFinite(v)) return '—';
  switch (f) {
    case 'percent': return fmtNumber(v, { style: 'percent', maximumFractionDigits: Math.abs(v) < 0.1 && v !== 0 ? 2 : 1 });
    case 'integer': return fmtNumber(Math.round(v));
    case 'money': return fmtNumber(v, { style: 'currency', currency, maximumFractionDigits: 0 });
    case 'date': return fmtDate(v, { dateStyle: 'medium' });
    case 'ratio': return fmtNumber(v, { maximumFractionDigits: 2 });
    case 'text': return String(v);
    default: return fmtNumber(v, { maximumFractionDigits: Math.abs(v) >= 100 ? 0 : 3 });
  }
}
