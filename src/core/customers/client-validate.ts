/**
 * Validation of the add/edit client form and the card's add-order form (issue #10). Returns one error code
 * per invalid field (the UI shows it translated beside the field); an empty object means valid. Pure, so the
 * same rules hold on the page and in tests. Dates are YYYY-MM-DD (an <input type="date"> value).
 */
import { dayOf } from './client-query';

export type FieldError = 'required' | 'email' | 'date' | 'future' | 'negative' | 'number' | 'integer' | 'tooLong';

export interface ClientFormValues { customerId: string; firstName: string; lastName: string; email: string; registered: string; notes: string }
export interface OrderFormValues { date: string; amount: string; items: string }

/** A pragmatic email check: one @, something before it, a dot in the domain, no spaces. */
export const EMAIL_RE = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const MAX_TEXT = 200;
const MAX_NOTES = 2000;

function dateError(s: string, today: number, required: boolean): FieldError | undefined {
  if (s.trim() === '') return required ? 'required' : undefined;
  const d = dayOf(s.trim());
  if (d === undefined) return 'date';
  return d > today ? 'future' : undefined;
}

/** Errors of a client form; `today` is an epoch day (injected for tests). */
export function validateClient(v: ClientFormValues, today: number): Partial<Record<keyof ClientFormValues, FieldError>> {
  const e: Partial<Record<keyof ClientFormValues, FieldError>> = {};
  if (v.customerId.trim() === '') e.customerId = 'required';
  else if (v.customerId.length > MAX_TEXT) e.customerId = 'tooLong';
  if (v.firstName.trim() === '' && v.lastName.trim() === '') e.firstName = 'required';
  for (const k of ['firstName', 'lastName'] as const) if (v[k].length > MAX_TEXT) e[k] = 'tooLong';
  if (v.email.trim() === '') e.email = 'required';
  else if (!EMAIL_RE.test(v.email.trim())) e.email = 'email';
  const r = dateError(v.registered, today, false);
  if (r) e.registered = r;
  if (v.notes.length > MAX_NOTES) e.notes = 'tooLong';
  return e;
}

/** Errors of an order form: date required and not in the future, amount ≥ 0, items a whole number ≥ 1 (default 1). */
export function validateOrder(v: OrderFormValues, today: number): Partial<Record<keyof OrderFormValues, FieldError>> {
  const e: Partial<Record<keyof OrderFormValues, FieldError>> = {};
  const d = dateError(v.date, today, true);
  if (d) e.date = d;
  const a = v.amount.trim().replace(',', '.');
  if (a === '') e.amount = 'required';
  else if (!Number.isFinite(Number(a))) e.amount = 'number';
  else if (Number(a) < 0) e.amount = 'negative';
  const it = v.items.trim();
  if (it !== '' && (!/^\d+$/.test(it) || Number(it) < 1)) e.items = Number(it) < 0 ? 'negative' : 'integer';
  return e;
}

/** A valid order form as numbers (call after validateOrder returned no errors). */
export function parseOrder(v: OrderFormValues): { day: number; amount: number; items: number } {
  return { day: dayOf(v.date.trim()) ?? NaN, amount: Number(v.amount.trim().replace(',', '.')), items: v.items.trim() === '' ? 1 : Number(v.items) };
}
