/**
 * The pre-pass that "keep the last row of each Customer ID" needs (#14): a streaming read of the whole file
 * that records each valid row's ID → its row number, so the main pass knows, row by row, whether a later row
 * repeats the ID. Only this policy pays for it (one extra parse + validation, no model, no writes); it is
 * repeated on resume, so the answer depends only on the file.
 */
import type { ModelCard } from '../../core/card/types';
import type { ImportOptions } from '../../bridge/batch-contract';
import { RecordReader } from '../../core/csv/records';
import { validId } from '../../core/csv/duplicate-ids';

export async function lastValidRows(
  file: Blob,
  opts: Pick<ImportOptions, 'encoding' | 'delimiter' | 'decimalComma' | 'mapping'>,
  card: ModelCard,
  sliceBytes: number,
): Promise<Map<string, number>> {
  const last = new Map<string, number>();
  const ctx = { card, mapping: opts.mapping, decimalComma: opts.decimalComma, delimiter: opts.delimiter, headerLine: 1 };
  const reader = new RecordReader(opts.delimiter, (cells, row, line, issue) => {
    const id = validId(ctx, cells, row, line, issue);
    if (id) last.set(id, row);
  });
  const decoder = new TextDecoder(opts.encoding);
  for (let off = 0; off < file.size; off += sliceBytes) {
    reader.push(decoder.decode(new Uint8Array(await file.slice(off, off + sliceBytes).arrayBuffer()), { stream: true }));
  }
  reader.push(decoder.decode());
  reader.end();
  return last;
}
