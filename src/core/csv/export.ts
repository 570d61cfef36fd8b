/**
 * CSV writing for run and error exports: RFC 4180 quoting and neutralisation of text cells that a
 * spreadsheet would run as a formula (= + - @, tab, CR at the start get a leading apostrophe).
 * Numbers we computed are written as numbers; only text is neutralised.
 */

export const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralise(s: string): string {
  return FORMULA_START.test(s) ? `'${s}` : s;
}

export function csvCell(v: string | number | null | undefined, delimiter: string): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const s = neutralise(v);
  return s.includes(delimiter) || s.includes('"') || s.includes('\n') || s.includes('\r') ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(cells: readonly (string | number | null | undefined)[], delimiter: string): string {
  return cells.map((c) => csvCell(c, delimiter)).join(delimiter) + '\r\n';
}
