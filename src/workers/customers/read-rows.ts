/**
 * Reads a customer file in the worker: File slices → streaming SHA-256 (content identity for duplicate
 * imports) → streaming TextDecoder → PapaParse (delimited) or the whitespace tokenizer (CDNOW layout) →
 * batches of string rows handed to `onRows` with their data-row number. The header row, when the file
 * has one, is dropped here; data row 1 is the first row after it.
 */
import { Sha256Stream } from '../../core/csv/sha256-stream';
import { CsvStreamParser } from '../../core/csv/stream-parser';
import { WhitespaceTokenizer } from '../../core/csv/whitespace';
import type { CustomerImportOptions } from '../../bridge/customers-contract';

export const SLICE_BYTES = 4 * 1024 * 1024;

export interface ReadResult { sha256: string; rows: number }

export async function readRows(
  file: Blob,
  opts: Pick<CustomerImportOptions, 'encoding' | 'format' | 'delimiter' | 'hasHeader'>,
  onRows: (rows: string[][], firstRow: number) => void,
  onBytes: (bytesRead: number, rows: number) => void = () => {},
): Promise<ReadResult> {
  const hash = new Sha256Stream();
  const decoder = new TextDecoder(opts.encoding);
  let skipHeader = opts.hasHeader;
  let rows = 0;
  const deliver = (batch: string[][]): void => {
    let b = batch;
    if (skipHeader && b.length > 0) { b = b.slice(1); skipHeader = false; }
    if (b.length === 0) return;
    onRows(b, rows + 1);
    rows += b.length;
  };
  const ws = opts.format === 'whitespace' ? new WhitespaceTokenizer() : undefined;
  const csv = ws ? undefined : new CsvStreamParser({ delimiter: opts.delimiter, onRows: deliver });
  const push = (text: string): void => { if (ws) deliver(ws.push(text)); else csv?.push(text); };
  for (let off = 0; off < file.size;) {
    const end = Math.min(file.size, off + SLICE_BYTES);
    const bytes = new Uint8Array(await file.slice(off, end).arrayBuffer());
    hash.update(bytes);
    push(decoder.decode(bytes, { stream: end < file.size }));
    off = end;
    onBytes(off, rows);
  }
  if (ws) deliver(ws.end());
  else csv?.end();
  return { sha256: hash.hex(), rows };
}
