/**
 * The reader's English wording, one place for the CLI and the engine's error details (the UI translates
 * the same codes through its i18n catalogue): why a file is refused, and why a row was not scored.
 * Row numbers mean the same everywhere: the data row (first row after the header is 1), with the file line
 * in brackets where it differs (blank lines, a `sep=` line or quoted line breaks before it).
 */
import type { Refusal } from './types';
import type { RowIssue } from './records';

export const REFUSALS: Record<Refusal, string> = {
  empty: 'The file is empty: there is nothing to import.',
  header_only: 'The file has a header but no data rows.',
  xlsx: 'This is an Excel workbook (.xlsx), not a CSV file: open it in Excel and use File > Save As > CSV.',
  xls: 'This is an old-style Excel workbook (.xls), not a CSV file: open it in Excel and use File > Save As > CSV.',
  zip: 'This is a ZIP archive, not a CSV file: unpack it and choose the CSV file inside.',
  pdf: 'This is a PDF document, not a CSV file: export the data from its source as CSV.',
  html: 'This is a web page (HTML), not a CSV file: export the data as CSV instead of saving the page.',
  image: 'This is an image, not a CSV file.',
  binary: 'This is not a text file (it contains binary data): choose a CSV file.',
};

/** "[code] detail" error for a refused file (the engine's error convention; the UI translates by code). */
export function refusalError(r: Refusal): Error {
  return new Error(`[file_${r}] ${REFUSALS[r]}`);
}

export const ISSUE_TEXT: Record<RowIssue | 'ambiguous_number', string> = {
  too_many_cells: 'the row has more values than the header has columns (a value with an unquoted delimiter?); not scored so that no value is shifted',
  too_few_cells: 'the row has fewer values than the header has columns; not scored so that no value is shifted',
  unclosed_quote: 'a quote opened in this row is never closed properly; the row is skipped and reading resumes on the next line',
  ambiguous_number: 'the number could be read two ways (is the separator a thousands separator or the decimal point?)',
};

/** "row 5" or "row 5 (line 8)" when the file line is not simply the row after the header. */
export function rowLabel(row: number, line: number | undefined, headerLine = 1): string {
  return line !== undefined && line !== row + headerLine ? `row ${row} (line ${line})` : `row ${row}`;
}

/** A short, safe rendering of a reported row's raw cells for messages and error exports. */
export function rawPreview(cells: readonly string[], delimiter: string, max = 120): string {
  const s = cells.join(delimiter);
  return s.length > max ? `${s.slice(0, max)}…` : s;
}
