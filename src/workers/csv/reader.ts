/**
 * Stage A of the batch pipeline (runs in the parse worker; plain async code so Node tests drive it):
 * File slices → streaming SHA-256 → streaming TextDecoder → PapaParse (stream shim) → fixed-size row
 * chunks → validate + features + cluster (core) → `emit` (the scoring/store stage). Never holds the whole
 * file: at most one slice of text plus the rows of the chunks in flight.
 */
import type { ModelCard } from '../../core/card/types';
import type { ImportOptions } from '../../bridge/batch-contract';
import { Sha256Stream } from '../../core/csv/sha256-stream';
import { CsvStreamParser } from '../../core/csv/stream-parser';
import { buildChunk, type BuiltChunk } from '../../core/csv/chunk-build';

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
export interface EndMsg { type: 'end'; sha256: string; rows: number; chunks: number; timing: ReadTiming }

export interface ReadArgs {
  file: Blob;
  opts: Pick<ImportOptions, 'encoding' | 'delimiter' | 'decimalComma' | 'mapping' | 'labelColumn'>;
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
  let header: string[] | undefined;
  let pending: string[][] = [];
  let rowsParsed = 0;
  let invalid = 0;
  let chunkNo = 0;
  let verified = !args.expectPrefix || args.expectPrefix.bytes === 0;
  const parser = new CsvStreamParser({
    delimiter: opts.delimiter,
    onRows: (rows) => {
      let start = 0;
      if (!header) {
        header = rows[0];
        start = 1;
      }
      for (let i = start; i < rows.length; i++) pending.push(rows[i]);
      rowsParsed += rows.length - start;
    },
  });

  const flush = async (final: boolean): Promise<void> => {
    while (verified && (pending.length >= chunkRows || (final && pending.length > 0))) {
      const rows = pending.length > chunkRows ? pending.slice(0, chunkRows) : pending;
      pending = pending.length > chunkRows ? pending.slice(chunkRows) : [];
      const first = chunkNo * chunkRows + 1;
      if (chunkNo >= skip) {
        const t0 = now();
        const built = buildChunk({ card, mapping: opts.mapping, labelColumn: opts.labelColumn, decimalComma: opts.decimalComma }, rows, first);
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
      onProgress({ bytesRead: off, rowsParsed, invalid, timing });
    }
  }
  if (!verified) throw new Error('[file_changed] The file is shorter than the part already imported by the interrupted run.');
  if (file.size === 0) parser.end();
  if (!header) throw new Error('[empty_file] The file is empty.');
  await flush(true);
  onProgress({ bytesRead: file.size, rowsParsed, invalid, timing });
  return { type: 'end', sha256: hash.hex(), rows: rowsParsed, chunks: chunkNo, timing };
}
