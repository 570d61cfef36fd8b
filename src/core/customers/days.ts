/**
 * Calendar days as integer "epoch days" (days since 1970-01-01 UTC) and the date formats order files use.
 * Point-in-time logic compares integers only, so time zones and daylight saving never shift a cutoff.
 */

const MS_PER_DAY = 86_400_000;

/** Epoch day of a calendar date (month 1–12); NaN when the date does not exist (e.g. 31 April). */
export function epochDay(year: number, month: number, day: number): number {
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return NaN;
  return Math.round(ms / MS_PER_DAY);
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

/**
 * Parses YYYYMMDD, YYYY-MM-DD (or YYYY/MM/DD), DD.MM.YYYY and DD/MM/YYYY (MM/DD/YYYY with order 'mdy').
 * A trailing time ("2024-01-31 12:00" or "T12:00") is ignored. NaN when the text is not such a date.
 */
export function parseDay(text: string, order: SlashOrder = 'dmy'): number {
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
