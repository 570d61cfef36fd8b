/**
 * Sorts the tokenizer's records into what an import needs, the same way for the batch worker, the
 * preview and the CLI: an Excel `sep=` first line (sets the delimiter), the header, data rows, and the
 * non-data lines (blank lines, repeated header lines). Data rows are numbered as every message shows them
 * (the first row after the header is 1); a row whose cell count differs from the header's (beyond empty
 * trailing cells) or that holds a stray quote carries an issue and is reported, never scored with shifted
 * fields. Invariant: rows = scored + reported; lines = header + rows' lines + non-data lines.
 */
import { CsvTokenizer, type RecordIssue } from './tokenizer';

export type RowIssue = RecordIssue | 'too_many_cells' | 'too_few_cells';

/** Receives each data row with its data-row number and the physical line it starts on. */
export type RowSink = (cells: string[], row: number, line: number, issue?: RowIssue) => void;

export interface ReadCounts {
  /** Physical lines in the file (a record with quoted line breaks spans several). */
  lines: number;
  /** Data rows (scored + reported). */
  rows: number;
  blank: number;
  repeatedHeader: number;
  sepLine: number;
  /** Rows carrying a structural issue (they are reported, not scored). */
  structural: number;
}

const SEP_LINE = /^sep=(.)$/i;

export const nonDataLines = (c: ReadCounts): number => c.blank + c.repeatedHeader + c.sepLine;

function isBlank(cells: readonly string[]): boolean {
  for (const c of cells) if (c.trim() !== '') return false;
  return true;
}

export class RecordReader {
  readonly tokenizer: CsvTokenizer;
  header: string[] | undefined;
  headerLine = 0;
  readonly counts: ReadCounts = { lines: 0, rows: 0, blank: 0, repeatedHeader: 0, sepLine: 0, structural: 0 };
  private width = 0;
  private first = true;

  constructor(delimiter: string, private readonly sink: RowSink) {
    this.tokenizer = new CsvTokenizer(delimiter, (cells, line, _span, issue) => this.record(cells, line, issue));
  }

  get delimiter(): string {
    return this.tokenizer.delimiter;
  }

  push(text: string): void {
    this.tokenizer.push(text);
  }

  end(): ReadCounts {
    this.tokenizer.end();
    this.counts.lines = this.tokenizer.lines;
    return this.counts;
  }

  private record(cells: string[], line: number, issue?: RecordIssue): void {
    const h = this.header;
    if (h && !issue) {
      const n = cells.length;
      // Fast path: a well-formed row that can't be a blank line or a copy of the header.
      if (n === this.width && cells[0] !== '' && (n > 1 ? cells[1].length !== h[1].length : cells[0] !== h[0])) {
        this.sink(cells, ++this.counts.rows, line);
        return;
      }
    }
    if (this.first) {
      this.first = false;
      const m = SEP_LINE.exec(cells.join(this.delimiter).trim());
      if (m && !issue) {
        this.counts.sepLine++;
        this.tokenizer.setDelimiter(m[1]);
        return;
      }
    }
    if (!issue && isBlank(cells)) {
      this.counts.blank++;
      return;
    }
    if (!h) {
      let w = cells.length;
      while (w > 1 && cells[w - 1].trim() === '') w--;
      this.header = cells.slice(0, w).map((c) => c.trim());
      this.width = w;
      this.headerLine = line;
      return;
    }
    if (!issue && this.isHeader(cells)) {
      this.counts.repeatedHeader++;
      return;
    }
    const row = ++this.counts.rows;
    let why: RowIssue | undefined = issue;
    if (!why && cells.length > this.width && !isBlank(cells.slice(this.width))) why = 'too_many_cells';
    else if (!why && cells.length < this.width) why = 'too_few_cells';
    if (why) this.counts.structural++;
    this.sink(cells, row, line, why);
  }

  private isHeader(cells: readonly string[]): boolean {
    const h = this.header ?? [];
    if (cells.length < h.length) return false;
    for (let i = 0; i < h.length; i++) if (cells[i].trim().toLowerCase() !== h[i].toLowerCase()) return false;
    return isBlank(cells.slice(h.length));
  }
}

/** Reads a whole decoded text at once (CLI, preview): header, rows with numbers/lines/issues, counts. */
export interface ReadAll {
  header: string[];
  rows: { cells: string[]; row: number; line: number; issue?: RowIssue }[];
  counts: ReadCounts;
  delimiter: string;
}

export function readAll(text: string, delimiter: string, maxRows = Infinity): ReadAll {
  const rows: ReadAll['rows'] = [];
  const r = new RecordReader(delimiter, (cells, row, line, issue) => {
    if (rows.length < maxRows) rows.push(issue ? { cells, row, line, issue } : { cells, row, line });
  });
  r.push(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const counts = r.end();
  return { header: r.header ?? [], rows, counts, delimiter: r.delimiter };
}
