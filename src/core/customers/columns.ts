/**
 * The columns of the three customer files (orders, clients, activity), their header spellings (en/ru/pl,
 * matched like the lead importer's headers) and a content-based guess for headerless files such as
 * CDNOW_sample.txt. Importers show the guess for the user to confirm; parse-rows.ts takes the final map.
 */
import { normalizeHeader } from '../columns';
import { parseDay } from './days';

export const ORDER_FIELDS = ['customerId', 'date', 'amount', 'items'] as const;
export const CLIENT_FIELDS = ['customerId', 'firstName', 'lastName', 'email', 'registered', 'notes'] as const;
export const ACTIVITY_FIELDS = ['customerId', 'date', 'visits7d', 'visits', 'newsletterOpened', 'adClicks', 'timeOnSite'] as const;
export type OrderField = (typeof ORDER_FIELDS)[number];
export type ClientField = (typeof CLIENT_FIELDS)[number];
export type ActivityField = (typeof ACTIVITY_FIELDS)[number];

/** Field → column index in the file's rows. Unmapped optional fields are absent. */
export type ColumnMap<F extends string> = Partial<Record<F, number>>;

const SPELLINGS: Record<string, string[]> = {
  customerId: ['customer id', 'customer', 'client id', 'client', 'id', 'cust id', 'user id', 'ID клиента', 'клиент', 'покупатель', 'ID klienta', 'klient', 'identyfikator'],
  date: ['date', 'order date', 'day', 'purchase date', 'snapshot date', 'дата', 'дата заказа', 'data', 'data zamówienia', 'dzień'],
  amount: ['amount', 'dollar value', 'value', 'total', 'spend', 'revenue', 'sum', 'price', 'сумма', 'стоимость', 'kwota', 'wartość', 'suma'],
  items: ['items', 'number of cds', 'quantity', 'qty', 'units', 'count', 'количество', 'штук', 'ilość', 'liczba sztuk'],
  firstName: ['first name', 'given name', 'name', 'имя', 'imię'],
  lastName: ['last name', 'surname', 'family name', 'фамилия', 'nazwisko'],
  email: ['email', 'e-mail', 'mail', 'почта', 'электронная почта', 'poczta', 'adres e-mail'],
  registered: ['registered', 'registration date', 'signup date', 'created', 'дата регистрации', 'регистрация', 'data rejestracji', 'rejestracja'],
  notes: ['notes', 'note', 'comment', 'заметки', 'комментарий', 'notatki', 'uwagi'],
  visits7d: ['visits 7d', 'visits last 7 days', 'visits7d', 'визиты за 7 дней', 'wizyty 7 dni'],
  visits: ['visits', 'website visits', 'визиты', 'посещения', 'wizyty', 'odwiedziny'],
  newsletterOpened: ['newsletter opened', 'newsletter', 'opened newsletter', 'открыл рассылку', 'рассылка', 'newsletter otwarty', 'otwarcie newslettera'],
  adClicks: ['ad clicks', 'clicks', 'клики по рекламе', 'клики', 'kliknięcia reklam', 'kliknięcia'],
  timeOnSite: ['time on site', 'minutes on site', 'время на сайте', 'czas na stronie'],
};

/** Maps headers to fields by name (first matching column wins; each column used once). */
export function matchCustomerColumns<F extends string>(headers: readonly string[], fields: readonly F[]): ColumnMap<F> {
  const norm = headers.map(normalizeHeader);
  const used = new Set<number>();
  const out: ColumnMap<F> = {};
  for (const f of fields) {
    const names = [f, ...(SPELLINGS[f] ?? [])].map(normalizeHeader);
    const j = norm.findIndex((h, k) => !used.has(k) && names.includes(h));
    if (j >= 0) {
      out[f] = j;
      used.add(j);
    }
  }
  return out;
}

/**
 * Guesses the order columns of a headerless file from its first rows: the id is the first column, the
 * date the first column whose values all parse as dates, the amount the last column with decimals (else
 * the last numeric one), and items an integer column between date and amount (the CDNOW sample's extra
 * sample-id column sits before the date and is left unmapped).
 */
export function guessOrderColumns(rows: readonly (readonly string[])[]): ColumnMap<OrderField> {
  const sample = rows.slice(0, 50);
  const width = Math.max(0, ...sample.map((r) => r.length));
  const all = (j: number, ok: (s: string) => boolean): boolean => sample.length > 0 && sample.every((r) => r[j] !== undefined && ok(r[j]));
  const out: ColumnMap<OrderField> = { customerId: 0 };
  let date = -1;
  for (let j = 1; j < width && date < 0; j++) if (all(j, (s) => !Number.isNaN(parseDay(s)))) date = j;
  if (date < 0) return out;
  out.date = date;
  const isNum = (s: string): boolean => /^-?\d+(\.\d+)?$/.test(s);
  let amount = -1;
  for (let j = width - 1; j > date && amount < 0; j--) if (all(j, isNum) && sample.some((r) => r[j].includes('.'))) amount = j;
  for (let j = width - 1; j > date && amount < 0; j--) if (all(j, isNum)) amount = j;
  if (amount < 0) return out;
  out.amount = amount;
  for (let j = date + 1; j < amount; j++) {
    if (all(j, (s) => /^\d+$/.test(s))) {
      out.items = j;
      break;
    }
  }
  return out;
}
