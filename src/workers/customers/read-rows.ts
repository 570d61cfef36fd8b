/**
 * Reads a customer file in the worker: File slices → streaming SHA-256 (content identity for duplicate
 * imports) → streaming TextDecoder → the app's shared CSV reader (core/csv/records.ts: per-record line
 * endings, `sep=` lines, blank and repeated-header lines skipped, rows with more or fewer cells than the
 * header or a stray quote flagged) or the whitespace tokenizer (CDNOW layout) → batches of numbered rows
 * handed to `onRows`. Data row 1 is the first row after the header, as in every message of the app.
 */
import { Sha256Stream } from '../../core/csv/sha256-stream';
import { RecordReader } from '../../core/csv/records';
import { CsvTokenizer } from '../../core/csv/tokenizer';
import { WhitespaceTokenizer } from '../../core/csv/whitespace';
import type { NumberedRow } from '../../core/customers/numbered-rows';
import type { CustomerImportOptions } from '../../bridge/customers-contract';

export const SLICE_BYTES = 4 * 1024 * 1024;

export interface ReadResult { sha256: string; rows: number }

interface RowSource { push(text: string): void; end(): void }

/** Delimited text: with a header the shared RecordReader numbers and checks rows; without one, every record is data. */
function delimitedSource(delimiter: string, hasHeader: boolean, out: NumberedRow[]): RowSource {
  if (hasHeader) {
    const r = new RecordReader(delimiter, (cells, row, _line, issue) => { out.push(issue ? { cells, row, issue } : { cells, row }); });
    return { push: (t) => r.push(t), end: () => { r.end(); } };
  }
  let row = 0;
  const t = new CsvTokenizer(delimiter, (cells, _line, _span, issue) => {
    if (cells.every((c) => c.trim() === '')) return;
    row++;
    out.push(issue ? { cells, row, issue } : { cells, row });
  });
  return { push: (x) => t.push(x), end: () => t.end() };
}

/** Whitespace-aligned text (CDNOW): the tokenizer returns rows; the header, when present, is dropped here. */
function whitespaceSource(hasHeader: boolean, out: NumberedRow[]): RowSource {
  const ws = new WhitespaceTokenizer();
  let skip = hasHeader;
  let row = 0;
  const take = (rows: string[][]): void => {
    for (const cells of rows) {
      if (skip) { skip = false; continue; }
      out.push({ cells, row: ++row });
    }
  };
  return { push: (t) => take(ws.push(t)), end: () => take(ws.end()) };
}

export async function readRows(
  file: Blob,
  opts: Pick<CustomerImportOptions, 'encoding' | 'format' | 'delimiter' | 'hasHeader'>,
  onRows: (rows: NumberedRow[]) => void,
  onBytes: (bytesRead: number, rows: number) => void = () => {},
  /** Filled with milliseconds per stage when given: read (file slices), hash, decode, split (tokenizer), rows (onRows). */
  timing?: Record<string, number>,
): Promise<ReadResult> {
  let t = performance.now();
  const lap = (stage: string): void => {
    const now = performance.now();
    if (timing) timing[stage] = (timing[stage] ?? 0) + now - t;
    t = now;
  };
  const hash = new Sha256Stream();
  const decoder = new TextDecoder(opts.encoding);
  const batch: NumberedRow[] = [];
  let rows = 0;
  const src = opts.format === 'whitespace' ? whitespaceSource(opts.hasHeader, batch) : delimitedSource(opts.delimiter, opts.hasHeader, batch);
  const flush = (): void => {
    if (batch.length === 0) return;
    rows += batch.length;
    onRows(batch.splice(0));
    lap('rows');
  };
  let first = true;
  for (let off = 0; off < file.size;) {
    const end = Math.min(file.size, off + SLICE_BYTES);
    lap('other');
    const bytes = new Uint8Array(await file.slice(off, end).arrayBuffer());
    lap('read');
    hash.update(bytes);
    lap('hash');
    let text = decoder.decode(bytes, { stream: end < file.size });
    if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    first = false;
    lap('decode');
    src.push(text);
    lap('split');
    flush();
    off = end;
    onBytes(off, rows);
  }
  src.end();
  lap('split');
  flush();
  return { sha256: hash.hex(), rows };
}
