/**
 * How an export's numbers and separators are written (issue #13): Excel in Russian or Polish opens a
 * ';'-separated file and reads "0,95" as a number but "0.95" as text, while English Excel wants ',' and
 * "0.95". The rule is one line: a ';' file writes decimal commas, any other separator decimal points.
 * 'machine' is the CLI's default (comma, point); a locale picks what that locale's Excel expects.
 */
import { csvCell } from '../csv/export';

export type ExportDelimiter = ',' | ';' | '\t';
export type ExportLocale = 'en' | 'ru' | 'pl';

export interface CsvFormat {
  delimiter: ExportDelimiter;
  /** Write numbers with a decimal comma ("0,95"). */
  decimalComma: boolean;
}

/** The format for a chosen separator: decimal commas exactly when the separator is ';'. */
export function formatForDelimiter(delimiter: ExportDelimiter): CsvFormat {
  return { delimiter, decimalComma: delimiter === ';' };
}

/** What Excel expects in a locale: ';' and decimal commas in Russian and Polish, ',' and points in English. */
export function formatForLocale(locale: ExportLocale): CsvFormat {
  return formatForDelimiter(locale === 'ru' || locale === 'pl' ? ';' : ',');
}

export const MACHINE_FORMAT: CsvFormat = { delimiter: ',', decimalComma: false };

/** One cell: numbers in the format's decimal mark (text is quoted and formula-neutralised by csvCell). */
export function formatCell(v: string | number | null | undefined, f: CsvFormat): string {
  if (typeof v === 'number' && f.decimalComma && Number.isFinite(v)) return String(v).replace('.', ',');
  return csvCell(v, f.delimiter);
}

export function formatLine(cells: readonly (string | number | null | undefined)[], f: CsvFormat): string {
  return cells.map((c) => formatCell(c, f)).join(f.delimiter) + '\r\n';
}
