/**
 * Pure helpers of the score screen (no DOM): form values ⇄ raw lead, validation errors → per-field
 * messages, model-load errors → translated text, and a tiny debouncer for the live what-if.
 */
import type { ModelInfo } from '../../../bridge/contracts';
import type { LeadValues, RawLead } from '../../../core/lead';
import type { RowError } from '../../../core/validate';
import { getLocale, t } from '../../i18n/i18n';
import { errorText } from '../../components/lead-form/labels';
import type { FormValues } from '../../components/lead-form/types';

/** The form's starting values: the card defaults (training medians; categories unset unless defaulted). */
export function initialValues(info: ModelInfo): FormValues {
  const out: FormValues = {};
  for (const f of info.fields) {
    const d = info.defaults[f.name];
    out[f.name] = d === null || d === undefined ? '' : String(d);
  }
  return out;
}

/**
 * Form strings as a raw lead for the core's validateRow (blank stays blank: the core applies defaults).
 * In locales whose decimal separator is a comma (ru, pl), "1,5" means 1.5: such a value is passed with a
 * point. A comma is never reinterpreted in English, where "1,000" is a thousands separator.
 */
export function toRaw(values: FormValues, locale: string = getLocale()): RawLead {
  const out: RawLead = { ...values };
  if (new Intl.NumberFormat(locale).format(1.5).includes(',')) {
    for (const [k, v] of Object.entries(values)) {
      if (typeof v === 'string' && /^\s*[-+]?\d+,\d+\s*$/.test(v)) out[k] = v.replace(',', '.');
    }
  }
  return out;
}

/** Form values of a stored lead (for "load into form" and tests). */
export function fromValues(values: LeadValues): FormValues {
  const out: FormValues = {};
  for (const [k, v] of Object.entries(values)) out[k] = v === null || v === undefined ? '' : String(v);
  return out;
}

export function errorsByField(errors: RowError[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of errors) out[e.column] ??= errorText(e);
  return out;
}

/** Translated text for a model-load failure ("[checksum_mismatch] …" from the worker). */
export function loadErrorText(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  const m = /^\[(\w+)\]\s*(.*)$/s.exec(msg);
  if (m) {
    const s = t(`load.${m[1]}`, { detail: m[2] });
    if (s !== `load.${m[1]}`) return s;
  }
  return t('common.error', { message: msg });
}

/** Calls `fn` once `ms` after the last `schedule()`; `cancel()` drops a pending call. */
export function debouncer(ms: number, fn: () => void): { schedule(): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    schedule() { clearTimeout(timer); timer = setTimeout(fn, ms); },
    cancel() { clearTimeout(timer); timer = undefined; },
  };
}
