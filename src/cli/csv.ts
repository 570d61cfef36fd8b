/**
 * CSV reading and writing for the CLI (PapaParse, the same parser the browser uses): UTF-8 BOM
 * stripped, delimiter auto-detected unless given, blank lines skipped.
 */
import Papa from 'papaparse';

export interface ParsedCsv {
  headers: string[];
  rows: string[][];
  delimiter: string;
}

export function parseCsv(text: string, delimiter?: string): ParsedCsv {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const res = Papa.parse<string[]>(clean, { header: false, skipEmptyLines: 'greedy', delimiter: delimiter ?? '' });
  const fatal = res.errors.find((e) => e.type === 'Quotes');
  if (fatal) throw new Error(`CSV parse error at row ${(fatal.row ?? 0) + 1}: ${fatal.message}`);
  const [headers, ...rows] = res.data;
  if (!headers) throw new Error('The CSV file is empty');
  return { headers: headers.map((h) => h.trim()), rows, delimiter: res.meta.delimiter };
}

export function toCsv(headers: string[], rows: (string | number)[][], delimiter = ','): string {
  return Papa.unparse({ fields: headers, data: rows }, { delimiter, newline: '\n' }) + '\n';
}
