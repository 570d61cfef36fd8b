/**
 * UI localisation: every user-facing string goes through t(). Catalogues live per feature in ./locales
 * (each exports { en, ru, pl }) and are merged here; a unit test checks all three locales have every key.
 * The chosen locale is persisted in localStorage so it survives reloads before storage is unlocked.
 */
import { catalogues } from './locales/index';

export type Locale = 'en' | 'ru' | 'pl';
export const LOCALES: readonly Locale[] = ['en', 'ru', 'pl'];
const STORAGE_KEY = 'leadlens.locale';

type Params = Record<string, string | number>;
const merged: Record<Locale, Record<string, string>> = { en: {}, ru: {}, pl: {} };
for (const cat of catalogues) for (const l of LOCALES) Object.assign(merged[l], cat[l]);

function initialLocale(): Locale {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (saved && (LOCALES as readonly string[]).includes(saved)) return saved as Locale;
  } catch { /* storage unavailable: fall through */ }
  const nav = (globalThis.navigator?.language ?? 'en').slice(0, 2);
  return (LOCALES as readonly string[]).includes(nav) ? (nav as Locale) : 'en';
}

let current: Locale = initialLocale();
const listeners = new Set<() => void>();

export function getLocale(): Locale { return current; }

export function setLocale(l: Locale): void {
  if (l === current) return;
  current = l;
  try { globalThis.localStorage?.setItem(STORAGE_KEY, l); } catch { /* ignore */ }
  if (globalThis.document) document.documentElement.lang = l;
  for (const fn of listeners) fn();
}

export function onLocaleChange(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** Translate `key`, replacing {name} placeholders. Falls back to English, then to the key itself. */
export function t(key: string, params?: Params): string {
  const s = merged[current][key] ?? merged.en[key] ?? key;
  return params ? s.replace(/\{(\w+)\}/g, (_, k: string) => (k in params ? formatParam(params[k]) : `{${k}}`)) : s;
}

function formatParam(v: string | number): string {
  return typeof v === 'number' ? fmtNumber(v) : v;
}

/** Formatters by locale and options: building an Intl.NumberFormat costs far more than formatting (long tables). */
const numberFormats = new Map<string, Intl.NumberFormat>();
export function fmtNumber(v: number, opts?: Intl.NumberFormatOptions): string {
  const key = `${current}|${opts ? JSON.stringify(opts) : ''}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(current, opts)));
  return f.format(v);
}
export function fmtPercent(v: number, digits = 1): string {
  return fmtNumber(v, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits });
}
export function fmtDate(v: number | Date, opts: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' }): string {
  return new Intl.DateTimeFormat(current, opts).format(v);
}

/** Plural category for the active locale (ru/pl need few/many). Use keys like `x.one`, `x.few`, `x.many`, `x.other`. */
export function tn(key: string, n: number, params?: Params): string {
  const cat = new Intl.PluralRules(current).select(n);
  const k = merged[current][`${key}.${cat}`] !== undefined ? `${key}.${cat}` : `${key}.other`;
  return t(k, { n, ...params });
}

export const _catalogueForTests = merged;

/** Merges a catalogue loaded with a lazy screen (keeps its strings out of the first screen's JS). */
export function addCatalogue(cat: { en: Record<string, string>; ru: Record<string, string>; pl: Record<string, string> }): void {
  for (const l of LOCALES) Object.assign(merged[l], cat[l]);
  for (const fn of listeners) fn();
}
