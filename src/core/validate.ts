/**
 * Turns one raw lead (CSV cells or form inputs, keyed by canonical field) into typed LeadValues, or
 * into row errors naming row, column, value and a machine-readable reason the UI can translate.
 * Policy: blank optional → card default; unknown category → kept as-is (it becomes the "unknown"
 * one-hot, reported as a warning, not an error); IDs are always strings.
 */
import type { FieldSpec, ModelCard } from './card/types';
import type { LeadValues, RawLead } from './lead';
import { normalizeHeader } from './columns';

export type ReasonCode =
  | 'missing_required'
  | 'not_a_number'
  | 'not_an_integer'
  | 'out_of_range';

export type Reason =
  | { code: 'missing_required' }
  | { code: 'not_a_number' }
  | { code: 'not_an_integer' }
  | { code: 'out_of_range'; min?: number; max?: number };

export interface RowError {
  row: number;
  column: string;
  value: string;
  reason: Reason;
  /** English fallback text; the UI translates `reason` instead. */
  message: string;
}

export interface RowWarning {
  row: number;
  column: string;
  value: string;
  code: 'unknown_category';
}

export type RowResult =
  | { ok: true; values: LeadValues; defaultsUsed: string[]; warnings: RowWarning[] }
  | { ok: false; errors: RowError[] };

export interface ValidateOptions {
  /** Accept "3,5" as 3.5 (for semicolon-separated European CSVs). */
  decimalComma?: boolean;
}

const NUMBER_RE = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Parses a numeric cell strictly (no thousands separators, no units); NaN when not a number. */
export function parseNumber(raw: string | number, decimalComma = false): number {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : NaN;
  let s = raw.trim();
  if (decimalComma && /^[^.]*,[^,.]*$/.test(s)) s = s.replace(',', '.');
  return NUMBER_RE.test(s) ? Number(s) : NaN;
}

export function reasonMessage(r: Reason): string {
  switch (r.code) {
    case 'missing_required':
      return 'required value is missing';
    case 'not_a_number':
      return 'not a number';
    case 'not_an_integer':
      return 'must be a whole number';
    case 'out_of_range':
      return r.min !== undefined && r.max !== undefined
        ? `must be between ${r.min} and ${r.max}`
        : r.min !== undefined
          ? `must be at least ${r.min}`
          : `must be at most ${r.max}`;
  }
}

function isBlank(v: string | number | null | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** Other spellings of the training categories (en/ru/pl), matched like headers (case/space-insensitive). */
export const CATEGORY_SYNONYMS: Record<string, string[]> = {
  Male: ['m', 'man', 'мужской', 'муж', 'м', 'мужчина', 'mężczyzna', 'męski'],
  Female: ['f', 'woman', 'женский', 'жен', 'ж', 'женщина', 'kobieta', 'k', 'żeński'],
  Email: ['e-mail', 'mail', 'электронная почта', 'почта', 'емейл', 'poczta', 'poczta e-mail'],
  'Social Media': ['social', 'социальные сети', 'соцсети', 'media społecznościowe', 'social media'],
  PPC: ['pay per click', 'контекстная реклама', 'płatne kliknięcia'],
  Referral: ['реферальный', 'рекомендации', 'рекомендация', 'polecenie', 'polecenia'],
  SEO: ['поисковая оптимизация', 'органический поиск', 'pozycjonowanie'],
  Awareness: ['узнаваемость', 'осведомлённость', 'świadomość', 'rozpoznawalność'],
  Consideration: ['рассмотрение', 'rozważanie'],
  Conversion: ['конверсия', 'konwersja'],
  Retention: ['удержание', 'retencja', 'utrzymanie'],
};

/** Per-field memo of raw text → canonical category: normalising synonyms per row dominated batch validation. */
const categoryMemo = new WeakMap<FieldSpec, Map<string, { value: string; known: boolean }>>();

export function canonicalCategory(field: FieldSpec, s: string): { value: string; known: boolean } {
  let memo = categoryMemo.get(field);
  if (!memo) categoryMemo.set(field, (memo = new Map()));
  const hit = memo.get(s);
  if (hit) return hit;
  const result = resolveCategory(field, s);
  if (memo.size < 10_000) memo.set(s, result);
  return result;
}

function resolveCategory(field: FieldSpec, s: string): { value: string; known: boolean } {
  const t = s.trim();
  const key = normalizeHeader(t);
  for (const c of field.categories ?? []) {
    if (normalizeHeader(c) === key || (CATEGORY_SYNONYMS[c] ?? []).some((x) => normalizeHeader(x) === key)) return { value: c, known: true };
  }
  return { value: t, known: false };
}

/** Validates one row; `rowNumber` is what messages show (1-based data row as the caller counts it). */
export function validateRow(card: ModelCard, raw: RawLead, rowNumber: number, opts: ValidateOptions = {}): RowResult {
  const values: LeadValues = {};
  const defaultsUsed: string[] = [];
  const errors: RowError[] = [];
  const warnings: RowWarning[] = [];
  const fail = (field: FieldSpec, value: unknown, reason: Reason): void => {
    errors.push({ row: rowNumber, column: field.name, value: value === null || value === undefined ? '' : String(value), reason, message: reasonMessage(reason) });
  };

  for (const field of card.fields) {
    const cell = raw[field.name];
    if (isBlank(cell)) {
      if (field.required) fail(field, cell, { code: 'missing_required' });
      else {
        values[field.name] = field.default ?? null;
        defaultsUsed.push(field.name);
      }
      continue;
    }
    const c = cell as string | number;
    switch (field.type) {
      case 'id':
        values[field.name] = String(c).trim();
        break;
      case 'category': {
        const { value, known } = canonicalCategory(field, String(c));
        values[field.name] = value;
        if (!known) warnings.push({ row: rowNumber, column: field.name, value, code: 'unknown_category' });
        break;
      }
      case 'number':
      case 'integer': {
        const n = parseNumber(c, opts.decimalComma);
        if (Number.isNaN(n)) {
          fail(field, c, { code: 'not_a_number' });
          break;
        }
        if (field.type === 'integer' && !Number.isInteger(n)) {
          fail(field, c, { code: 'not_an_integer' });
          break;
        }
        if ((field.min !== undefined && n < field.min) || (field.max !== undefined && n > field.max)) {
          fail(field, c, { code: 'out_of_range', min: field.min, max: field.max });
          break;
        }
        values[field.name] = n;
        break;
      }
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, values, defaultsUsed, warnings };
}
