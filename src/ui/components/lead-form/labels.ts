/**
 * Translated labels for things the model card names in English (fields, units, categories, threshold
 * scenarios, validation reasons), shared by the lead form, result views, settings and dashboard. Unknown
 * names (a newer card with a new field) fall back to the card's own text instead of a raw key.
 */
import type { ModelCard } from '../../../core/card/types';
import type { RowError } from '../../../core/validate';
import { fmtNumber, t } from '../../i18n/i18n';

function tOr(key: string, fallback: string, params?: Record<string, string | number>): string {
  const s = t(key, params);
  return s === key ? fallback : s;
}

export function fieldLabel(name: string): string {
  return tOr(`field.${name}`, name);
}

export function unitLabel(unit: string | undefined): string {
  if (!unit) return '';
  return tOr(`unit.${unit.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '')}`, unit);
}

export function categoryLabel(field: string, value: string | null): string {
  if (value === null || value === '') return t('cat.unknown');
  return tOr(`cat.${field}.${value}`, value);
}

export function scenarioLabel(id: string): string {
  return tOr(`scenario.${id}`, id);
}

export function segmentLabel(s: string): string {
  return tOr(`segment.${s}`, s);
}

/** "Top 30% of leads — contact first." from the card's decile ranges. */
export function segmentMeaning(segments: ModelCard['segments'], s: 'High' | 'Medium' | 'Low'): string {
  const [lo, hi] = segments[s];
  const pct = fmtNumber((hi - lo + 1) / 10, { style: 'percent' });
  return t(`segment.meaning.${s}`, { pct });
}

/** One validation error as a sentence naming the field and the rule. */
export function errorText(e: RowError): string {
  const field = fieldLabel(e.column);
  const r = e.reason;
  if (r.code === 'out_of_range') {
    if (r.min !== undefined && r.max !== undefined) return t('err.out_of_range_both', { field, min: r.min, max: r.max });
    if (r.min !== undefined) return t('err.out_of_range_min', { field, min: r.min });
    return t('err.out_of_range_max', { field, max: r.max ?? '' });
  }
  return t(`err.${r.code}`, { field });
}

/** "Ad spend (USD)": a field's label with its unit from the card, wherever a field name would be shown (issue #13). */
export function fieldWithUnit(fields: readonly { name: string; unit?: string }[] | undefined, name: string): string {
  const unit = unitLabel(fields?.find((f) => f.name === name)?.unit);
  return unit ? `${fieldLabel(name)} (${unit})` : fieldLabel(name);
}
