/**
 * Turns mapped string rows of the three customer files into OrderLine / Client / ActivitySnapshot values.
 * Every bad cell becomes an error naming the data row (the first row after the header is 1), the column
 * (the file's own header) and the value; valid rows are kept. Policy: amounts and counts are never
 * negative; dates after "today" (injectable, so tests and replays are deterministic) are rejected; a
 * blank optional measure is undefined, never 0; a blank items cell counts as 1 item.
 */
import { parseNumber } from '../validate';
import type { ColumnMap, OrderField, ClientField, ActivityField } from './columns';
import { parseDay, type SlashOrder } from './days';
import type { ActivitySnapshot, Client, OrderLine } from './types';

export type CustomerReasonCode = 'missing_id' | 'missing_required' | 'not_a_number' | 'not_an_integer' | 'negative' | 'bad_date' | 'future_date' | 'not_a_flag'
  /** Structural problems found by the shared CSV reader (core/customers/numbered-rows.ts). */
  | 'too_many_cells' | 'too_few_cells' | 'unclosed_quote';

export interface CustomerRowError {
  /** Data row: the first row after the header is 1. */
  row: number;
  /** The file's header of the column (or "column N" for headerless files). */
  column: string;
  value: string;
  reason: { code: CustomerReasonCode };
  /** English fallback text; the UI translates `reason.code`. */
  message: string;
}

export interface ParseOptions {
  /** Epoch day of "today": later dates are errors. */
  today: number;
  /** Accept "3,5" as 3.5 (semicolon-separated European files). */
  decimalComma?: boolean;
  /** Day/month order of slash dates (see days.detectSlashOrder); default 'dmy'. */
  slashOrder?: SlashOrder;
  /** Data row number of rows[0] (for files parsed in chunks); default 1. */
  firstRow?: number;
}

export interface Parsed<T> {
  values: T[];
  errors: CustomerRowError[];
  /** Data row number of each value (parallel to values). */
  rows: number[];
}

/** English fallback text per reason (the UI translates the code). */
export const MESSAGES: Record<CustomerReasonCode, string> = {
  missing_id: 'customer id is missing',
  missing_required: 'required value is missing',
  not_a_number: 'not a number',
  not_an_integer: 'must be a whole number',
  negative: 'must not be negative',
  bad_date: 'not a date (use YYYY-MM-DD, YYYYMMDD, DD.MM.YYYY or DD/MM/YYYY)',
  future_date: 'date is in the future',
  not_a_flag: 'must be 0 or 1 (yes/no)',
  too_many_cells: 'the row has more cells than the header (an unquoted delimiter inside a value?)',
  too_few_cells: 'the row has fewer cells than the header',
  unclosed_quote: 'a quote opened in this row is never closed',
};

/** Reads the cells of one row and collects its errors (one reader is reused for every row of a file). */
class RowReader<F extends string> {
  errors: CustomerRowError[] = [];
  private cells: readonly string[] = [];
  private row = 0;
  constructor(
    private map: ColumnMap<F>,
    private headers: readonly string[],
    private opts: ParseOptions,
  ) {}

  reset(cells: readonly string[], row: number): void {
    this.cells = cells;
    this.row = row;
    if (this.errors.length > 0) this.errors = [];
  }

  raw(f: F): string | undefined {
    const j = this.map[f];
    return j === undefined ? undefined : (this.cells[j] ?? '').trim();
  }

  fail(f: F, value: string, code: CustomerReasonCode): undefined {
    const j = this.map[f] ?? -1;
    this.errors.push({ row: this.row, column: this.headers[j] ?? `column ${j + 1}`, value, reason: { code }, message: MESSAGES[code] });
    return undefined;
  }

  id(f: F): string | undefined {
    const v = this.raw(f);
    return v ? v : this.fail(f, v ?? '', 'missing_id');
  }

  day(f: F, required: boolean): number | undefined {
    const v = this.raw(f);
    if (!v) return required ? this.fail(f, v ?? '', 'missing_required') : undefined;
    const d = parseDay(v, this.opts.slashOrder);
    if (Number.isNaN(d)) return this.fail(f, v, 'bad_date');
    return d > this.opts.today ? this.fail(f, v, 'future_date') : d;
  }

  number(f: F, opt: { required?: boolean; integer?: boolean; fallback?: number } = {}): number | undefined {
    const v = this.raw(f);
    if (!v) return opt.required ? this.fail(f, v ?? '', 'missing_required') : opt.fallback;
    const x = parseNumber(v, this.opts.decimalComma);
    if (Number.isNaN(x)) return this.fail(f, v, 'not_a_number');
    if (x < 0) return this.fail(f, v, 'negative');
    return opt.integer && !Number.isInteger(x) ? this.fail(f, v, 'not_an_integer') : x;
  }

  flag(f: F): 0 | 1 | undefined {
    const v = this.raw(f);
    if (!v) return undefined;
    const s = v.toLowerCase();
    if (['1', 'yes', 'y', 'true', 'tak', 'да'].includes(s)) return 1;
    if (['0', 'no', 'n', 'false', 'nie', 'нет'].includes(s)) return 0;
    return this.fail(f, v, 'not_a_flag');
  }

  text(f: F): string | undefined {
    const v = this.raw(f);
    return v ? v : undefined;
  }
}

function parseAll<F extends string, T>(
  rows: readonly (readonly string[])[],
  map: ColumnMap<F>,
  headers: readonly string[],
  opts: ParseOptions,
  read: (r: RowReader<F>) => T | undefined,
): Parsed<T> {
  const out: Parsed<T> = { values: [], errors: [], rows: [] };
  const first = opts.firstRow ?? 1;
  const r = new RowReader(map, headers, opts);
  rows.forEach((cells, i) => {
    r.reset(cells, first + i);
    const v = read(r);
    if (r.errors.length > 0 || v === undefined) out.errors.push(...r.errors);
    else {
      out.values.push(v);
      out.rows.push(first + i);
    }
  });
  return out;
}

/** Order rows → OrderLine (customerId, date and amount required; items optional, blank = 1). */
export function parseOrderRows(rows: readonly (readonly string[])[], map: ColumnMap<OrderField>, headers: readonly string[], opts: ParseOptions): Parsed<OrderLine> {
  return parseAll(rows, map, headers, opts, (r) => {
    const customerId = r.id('customerId');
    const day = r.day('date', true);
    const amount = r.number('amount', { required: true });
    const items = r.number('items', { integer: true, fallback: 1 });
    if (customerId === undefined || day === undefined || amount === undefined || items === undefined) return undefined;
    return { customerId, day, amount, items };
  });
}

/** Client rows → Client (customerId required; everything else optional). */
export function parseClientRows(rows: readonly (readonly string[])[], map: ColumnMap<ClientField>, headers: readonly string[], opts: ParseOptions): Parsed<Client> {
  return parseAll(rows, map, headers, opts, (r) => {
    const customerId = r.id('customerId');
    const registeredDay = r.day('registered', false);
    if (customerId === undefined) return undefined;
    const c: Client = { customerId };
    const put = (k: 'firstName' | 'lastName' | 'email' | 'notes'): void => {
      const v = r.text(k);
      if (v !== undefined) c[k] = v;
    };
    put('firstName');
    put('lastName');
    put('email');
    put('notes');
    if (registeredDay !== undefined) c.registeredDay = registeredDay;
    return c;
  });
}

/** Activity rows → ActivitySnapshot (customerId and date required; blank measures stay undefined). */
export function parseActivityRows(rows: readonly (readonly string[])[], map: ColumnMap<ActivityField>, headers: readonly string[], opts: ParseOptions): Parsed<ActivitySnapshot> {
  return parseAll(rows, map, headers, opts, (r) => {
    const customerId = r.id('customerId');
    const day = r.day('date', true);
    const s: ActivitySnapshot = { customerId: customerId ?? '', day: day ?? 0 };
    const visits7d = r.number('visits7d', { integer: true });
    const visits = r.number('visits', { integer: true });
    const newsletterOpened = r.flag('newsletterOpened');
    const adClicks = r.number('adClicks', { integer: true });
    const timeOnSite = r.number('timeOnSite');
    if (customerId === undefined || day === undefined) return undefined;
    if (visits7d !== undefined) s.visits7d = visits7d;
    if (visits !== undefined) s.visits = visits;
    if (newsletterOpened !== undefined) s.newsletterOpened = newsletterOpened;
    if (adClicks !== undefined) s.adClicks = adClicks;
    if (timeOnSite !== undefined) s.timeOnSite = timeOnSite;
    return s;
  });
}
