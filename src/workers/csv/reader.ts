/**
 * Stage A of the batch pipeline (runs in the parse worker; plain async code so Node tests drive it):
 * File slices → streaming SHA-256 → streaming TextDecoder → the shared record reader (core/csv/records:
 * the same tokenizer and row accounting as the preview and the CLI) → fixed-size row chunks → validate +
 * features + cluster (core) → `emit` (the scoring/store stage). Non-CSV and empty files are refused on the
 * first slice. Never holds the whole file: at most one slice of text plus the rows of the chunks in flight.
 */
import type { ModelCard } from '../../core/card/types';
import type { ImportOptions } from '../../bridge/batch-contract';
import { Sha256Stream } from '../../core/csv/sha256-stream';
import { RecordReader, type ReadCounts, type RowIssue } from '../../core/csv/records';
import { buildChunk, type BuiltChunk } from '../../core/csv/chunk-build';
import { refuseBytes } from '../../core/csv/file-kind';
import { refusalError } from '../../core/csv/messages';
import { DuplicateIds, validId, type DuplicateReport } from '../../core/csv/duplicate-ids';
import { lastValidRows } from './last-rows';

export const SLICE_BYTES = 4 * 1024 * 1024;

export interface ReadTiming { readMs: number; parseMs: number; validateMs: number; clusterMs: number; /** Inference done here (work stealing). */ inferenceMs: number; stolenChunks: number }

export interface ChunkMsg {
  type: 'chunk';
  chunk: number;
  built: BuiltChunk;
  /** Hash of the bytes read so far; every row of this chunk lies within them. */
  prefix: { bytes: number; sha256: string };
  /** Model output, when the parse worker already ran inference (it does when the store worker is behind). */
  raw?: Float32Array;
}
export interface EndMsg { type: 'end'; sha256: string; rows: number; chunks: number; timing: ReadTiming; reader?: ReadCounts; duplicates?: DuplicateReport }

export interface ReadArgs {
  file: Blob;
  opts: Pick<ImportOptions, 'encoding' | 'delimiter' | 'decimalComma' | 'mapping' | 'labelColumn' | 'duplicates'>;
  card: ModelCard;
  chunkRows: number;
  /** Resume: chunks below this are already stored (their rows are counted by the caller, not re-sent). */
  skipChunks?: number;
  /** Resume: the stored run's prefix hash, checked before any new chunk is sent. */
  expectPrefix?: { bytes: number; sha256: string };
}

export interface ReadProgress { bytesRead: number; rowsParsed: number; invalid: number; timing: ReadTiming }

export async function readFile(
  args: ReadArgs,
  emit: (m: ChunkMsg, timing: ReadTiming) => Promise<void>,
  onProgress: (p: ReadProgress) => void = () => {},
): Promise<EndMsg> {
  const { file, opts, card, chunkRows } = args;
  const skip = args.skipChunks ?? 0;
  const timing: ReadTiming = { readMs: 0, parseMs: 0, validateMs: 0, clusterMs: 0, inferenceMs: 0, stolenChunks: 0 };
  const now = (): number => globalThis.performance.now();
  const hash = new Sha256Stream();
  const decoder = new TextDecoder(opts.encoding);
  let pending: string[][] = [];
  let lines: number[] = [];
  let issues = new Map<number, RowIssue>();
  let invalid = 0;
  let chunkNo = 0;
  let verified = !args.expectPrefix || args.expectPrefix.bytes === 0;
  const policy = opts.duplicates ?? 'all';
  const duplicates = new DuplicateIds(policy, policy === 'last' ? await lastValidRows(file, opts, card, SLICE_BYTES) : undefined);
  const parser = new RecordReader(opts.delimiter, (cells, _row, line, issue) => {
    if (issue) issues.set(pending.length, issue);
    pending.push(cells);
    lines.push(line);
  });

  const flush = async (final: boolean): Promise<void> => {
    while (verified && (pending.length >= chunkRows || (final && pending.length > 0))) {
      const take = Math.min(chunkRows, pending.length);
      const rows = pending.slice(0, take);
      const meta = { lines: lines.slice(0, take), issues: new Map([...issues].filter(([i]) => i < take)) };
      pending = pending.slice(take);
      lines = lines.slice(take);
      issues = issues.size ? new Map([...issues].filter(([i]) => i >= take).map(([i, v]) => [i - take, v])) : issues;
      const first = chunkNo * chunkRows + 1;
      const ctx = { card, mapping: opts.mapping, labelColumn: opts.labelColumn, decimalComma: opts.decimalComma, delimiter: parser.delimiter, headerLine: parser.headerLine, duplicates };
      if (chunkNo < skip) {
        // Resume: a stored chunk's rows pass through the duplicate check again, so its state equals an uninterrupted run's.
        rows.forEach((cells, r) => {
          const id = validId(ctx, cells, first + r, meta.lines[r], meta.issues.get(r));
          if (id !== undefined) duplicates.check(id, first + r, card.idField);
        });
      } else {
        const t0 = now();
        const built = buildChunk(ctx, rows, first, meta);
        timing.validateMs += now() - t0 - built.clusterMs;
        timing.clusterMs += built.clusterMs;
        invalid += built.invalidRows;
        await emit({ type: 'chunk', chunk: chunkNo, built, prefix: { bytes: hash.length, sha256: hash.prefixHex() } }, timing);
      }
      chunkNo++;
    }
  };

  let last = 0;
  for (let off = 0; off < file.size; ) {
    let end = Math.min(file.size, off + SLICE_BYTES);
    const x = args.expectPrefix;
    if (!verified && x && off < x.bytes && end > x.bytes) end = x.bytes;
    const t0 = now();
    const bytes = new Uint8Array(await file.slice(off, end).arrayBuffer());
    if (off === 0) {
      const refusal = refuseBytes(bytes.subarray(0, 64 * 1024), opts.encoding.startsWith('utf-16'));
      if (refusal) throw refusalError(refusal);
    }
    hash.update(bytes);
    const t1 = now();
    timing.readMs += t1 - t0;
    off = end;
    if (!verified && x && hash.length === x.bytes) {
      if (hash.prefixHex() !== x.sha256) throw new Error('[file_changed] This is not the file the interrupted run was reading (its first bytes differ). Choose the same file or discard the run.');
      verified = true;
    }
    parser.push(decoder.decode(bytes, { stream: true }));
    if (off >= file.size) {
      parser.push(decoder.decode());
      parser.end();
    }
    timing.parseMs += now() - t1;
    await flush(off >= file.size);
    if (now() - last > 200) {
      last = now();
      onProgress({ bytesRead: off, rowsParsed: parser.counts.rows, invalid, timing });
    }
  }
  if (!verified) throw new Error('[file_changed] The file is shorter than the part already imported by the interrupted run.');
  if (file.size === 0) throw refusalError('empty');
  if (!parser.header) throw refusalError('empty');
  if (parser.counts.rows === 0) throw refusalError('header_only');
  await flush(true);
  const rowsParsed = parser.counts.rows;
  onProgress({ bytesRead: file.size, rowsParsed, invalid, timing });
  return { type: 'end', sha256: hash.hex(), rows: rowsParsed, chunks: chunkNo, timing, reader: { ...parser.counts }, duplicates: duplicates.report() };
}
