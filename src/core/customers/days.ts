/**
 * Calendar days as integer "epoch days" (days since 1970-01-01 UTC) and the date formats order files use.
 * Point-in-time logic compares integers only, so time zones and daylight saving never shift a cutoff.
 */

const MS_PER_DAY = 86_400_000;

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Epoch day of a calendar date (month 1–12); NaN when the date does not exist (e.g. 31 April). Pure integer
 * arithmetic (Hinnant's days-from-civil), since importers call it once per order line.
 */
export function epochDay(year: number, month: number, day: number): number {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12 || day < 1) return NaN;
  if (day > (month === 2 && isLeap(year) ? 29 : MONTH_DAYS[month - 1])) return NaN;
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** ISO date (YYYY-MM-DD) of an epoch day. */
export function isoDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Today's epoch day (UTC). Callers that need determinism inject their own "today" instead. */
export function todayDay(now: number = Date.now()): number {
  return Math.floor(now / MS_PER_DAY);
}

/** Order of day and month in slash dates: 'dmy' (European, the default) or 'mdy' (US). */
export type SlashOrder = 'dmy' | 'mdy';

/** The number written by text[from, from + len), or −1 when a character is not 0–9. */
function digits(text: string, from: number, len: number): number {
  let v = 0;
  for (let i = from; i < from + len; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/**
 * Parses YYYYMMDD, YYYY-MM-DD (or YYYY/MM/DD), DD.MM.YYYY and DD/MM/YYYY (MM/DD/YYYY with order 'mdy').
 * A trailing time ("2024-01-31 12:00" or "T12:00") is ignored. NaN when the text is not such a date.
 */
export function parseDay(text: string, order: SlashOrder = 'dmy'): number {
  // Fast paths for the two layouts order files use (one call per line): YYYYMMDD and YYYY-MM-DD, digits read
  // from character codes. Anything else (or a non-digit) falls through to the general patterns below.
  if (text.length === 8) {
    const v = digits(text, 0, 8);
    if (v >= 0) return epochDay(Math.floor(v / 10000), Math.floor(v / 100) % 100, v % 100);
  } else if (text.length === 10 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45) {
    const y = digits(text, 0, 4);
    const m = digits(text, 5, 2);
    const d = digits(text, 8, 2);
    if (y >= 0 && m >= 0 && d >= 0) return epochDay(y, m, d);
  }
  const s = text.trim().replace(/[T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/, '');
  let m = /^(\d{4})(\d{2})(\d{2})$/.exec(s) ?? /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(s);
  if (m) return epochDay(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  if (m) return epochDay(+m[3], +m[2], +m[1]);
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (m) return order === 'dmy' ? epochDay(+m[3], +m[2], +m[1]) : epochDay(+m[3], +m[1], +m[2]);
  return NaN;
}

/**
 * Decides the day/month order of a column's slash dates from sample values: 'dmy' or 'mdy' when some value
 * proves it (a first part above 12 can only be a day), 'ambiguous' when no value decides (then 'dmy' is used
 * and the caller should tell the user).
 */
export function detectSlashOrder(values: Iterable<string>): SlashOrder | 'ambiguous' {
  let dmy = false;
  let mdy = false;
  for (const v of values) {
    const m = /^\s*(\d{1,2})\/(\d{1,2})\/\d{4}/.exec(v);
    if (!m) continue;
    if (+m[1] > 12) dmy = true;
    if (+m[2] > 12) mdy = true;
  }
  if (dmy && !mdy) return 'dmy';
  if (mdy && !dmy) return 'mdy';
  return 'ambiguous';
}

/** Last day of the month that contains `day`. */
export function monthEndOf(day: number): number {
  const d = new Date(day * MS_PER_DAY);
  return Math.round(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0) / MS_PER_DAY);
}

/** The latest month-end day that is on or before `day`. */
export function monthEndOnOrBefore(day: number): number {
  const end = monthEndOf(day);
  return end === day ? day : monthEndOf(day - new Date(day * MS_PER_DAY).getUTCDate());
}
