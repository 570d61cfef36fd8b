/**
 * CSV writing for the CLI's output and errors files, with the app's export rules (core/csv/export.ts):
 * RFC 4180 quoting and text cells that a spreadsheet would run as a formula (= + - @) neutralised with a
 * leading apostrophe. Reading goes through the app's own reader (core/csv/records.ts), not this file.
 */
import { csvLine } from '../core/csv/export';

export function toCsv(headers: string[], rows: (string | number)[][], delimiter = ','): string {
  return [headers, ...rows].map((r) => csvLine(r, delimiter)).join('');
}
