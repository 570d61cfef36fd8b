/**
 * Record shapes and the per-chunk commit of batch runs, shared by the page (runs-repo) and the batch
 * store worker (which writes from inside the worker so a million rows never cross the main thread).
 * One chunk = one runChunks record (columnar), one runErrors record, one leadIndex record (sorted
 * Customer ID hashes), and the run record's resume point + aggregates — all in ONE transaction, so a
 * run's committedChunks never points at a half-written chunk.
 */
import type { RowError, RunRecord } from '../../bridge/batch-contract';
import type { ChunkData, ChunkInputs, ChunkOutputs } from '../../core/csv/columnar';
import type { RunAggregates } from '../../core/csv/aggregates';
import { fnv1a32 } from './id-keys';
import type { LeadLensDb } from '../db';

/** Milliseconds spent per pipeline stage (summed over chunks, per worker). */
export interface StageStats {
  readMs: number; parseMs: number; validateMs: number; clusterMs: number;
  inferenceMs: number; decideMs: number; storeMs: number; totalMs: number;
  /** Chunks whose inference the parse worker did (work stealing). */
  stolenChunks?: number;
  /** Busy time of each batch worker (bench: both cores should stay busy) and which evaluator scored. */
  parseBusyMs?: number; storeBusyMs?: number; inferenceBy?: 'compiled' | 'onnx' | 'stored';
}

/** What runs-repo stores: the contract's RunRecord plus engine internals. */
export interface StoredRun extends RunRecord {
  agg: RunAggregates;
  /** Data rows per chunk: chunk k holds data rows [k·chunkRows, (k+1)·chunkRows) (resume is deterministic). */
  chunkRows: number;
  /** sha256 of the file's first `bytes` bytes when the last chunk was committed (resume check). */
  prefix?: { bytes: number; sha256: string };
  defaultsByField: Record<string, number>;
  errorCount: number;
  stats?: StageStats;
  /** Customer IDs in chunks are sealed with the workspace key (personal data). */
  idsSealed?: boolean;
  /** Card field names (export column order) and cluster names, so views need no card. */
  fieldNames: string[];
  idField: string;
  clusterNames: { en: string; ru: string; pl: string }[];
}

/**
 * A chunk is two runChunks records: key chunk = k holds the inputs (IDs, numbers, categories); key
 * chunk = outKey(k) = −(k+1) holds the small output columns (score, decile, segment, cluster, predicted,
 * label, source row), so opening and sorting a run reads ~12 bytes per lead instead of every input.
 */
export interface StoredChunk { runId: string; chunk: number; firstIndex: number; n: number; data: ChunkInputs }
export type OutputColumns = ChunkOutputs & Pick<ChunkInputs, 'cluster' | 'label' | 'sourceRows' | 'n'>;
export interface StoredOutputs { runId: string; chunk: number; firstIndex: number; n: number; out: OutputColumns }

export function outKey(k: number): number {
  return -(k + 1);
}

/** Splits a chunk's columns into the two stored records. */
export function splitChunk(runId: string, k: number, firstIndex: number, d: ChunkData): [StoredChunk, StoredOutputs] {
  const { score, predicted, decile, segment, ...inputs } = d;
  const out: OutputColumns = { n: d.n, score, predicted, decile, segment, cluster: d.cluster, label: d.label, sourceRows: d.sourceRows };
  return [
    { runId, chunk: k, firstIndex, n: d.n, data: inputs },
    { runId, chunk: outKey(k), firstIndex, n: d.n, out },
  ];
}
/**
 * A chunk's row errors. In a run whose Customer IDs are personal, each error's `value` and `reason` (the raw
 * cell, or a whole raw row for a cell-count error, can hold the ID) are blanked and kept sealed in
 * `detailsSealed` (one AES-GCM op per chunk, like the ID column); row, column and code stay readable.
 */
export interface StoredErrors { runId: string; chunk: number; firstError: number; errors: RowError[]; detailsSealed?: string }
/** leadIndex row per chunk; customerKey is '#'+chunk so the table's [customerKey+runId] key stays unique. */
export interface StoredIndex { customerKey: string; runId: string; chunk: number; hashes: Uint32Array; pos: Uint32Array }

export function indexKeyOf(chunk: number): string {
  return `#${String(chunk).padStart(6, '0')}`;
}

/** Sorted (hash, position) pairs of a chunk's IDs. */
export function buildIndex(ids: readonly string[], salt = ''): { hashes: Uint32Array; pos: Uint32Array } {
  const h = new Uint32Array(ids.length);
  for (let i = 0; i < ids.length; i++) h[i] = fnv1a32(ids[i], salt);
  const order = new Uint32Array(ids.length).map((_, i) => i).sort((a, b) => h[a] - h[b]);
  return { hashes: order.map((i) => h[i]), pos: order };
}

export class QuotaError extends Error {
  constructor() {
    super('[quota_exceeded] The browser refused to store more data (storage quota reached). The run stopped; chunks already stored are intact. Free space (delete old runs) and resume.');
    this.name = 'QuotaError';
  }
}

function isQuota(e: unknown): boolean {
  const err = e as { name?: string; inner?: { name?: string } } | undefined;
  return err?.name === 'QuotaExceededError' || err?.inner?.name === 'QuotaExceededError';
}

/** Writes chunk + errors + index + run update atomically. Throws QuotaError on a full disk. */
export async function commitChunk(db: LeadLensDb, run: StoredRun, chunk: [StoredChunk, StoredOutputs], errors: StoredErrors | undefined, index: StoredIndex): Promise<void> {
  try {
    await db.transaction('rw', [db.runs, db.runChunks, db.runErrors, db.leadIndex], async () => {
      await db.runChunks.bulkPut([{ ...chunk[0] }, { ...chunk[1] }]);
      if (errors && errors.errors.length > 0) await db.runErrors.put({ ...errors });
      await db.leadIndex.put({ ...index });
      await db.runs.put({ ...run });
    });
  } catch (e) {
    if (isQuota(e)) throw new QuotaError();
    throw e;
  }
}

/** Removes every chunk, error and index record of a run (the run record itself is kept). */
export async function deleteRunData(db: LeadLensDb, runId: string): Promise<void> {
  await db.transaction('rw', [db.runChunks, db.runErrors, db.leadIndex], async () => {
    await db.runChunks.where('runId').equals(runId).delete();
    await db.runErrors.where('runId').equals(runId).delete();
    await db.leadIndex.where('runId').equals(runId).delete();
  });
}

/** Removes chunks at or after `fromChunk` (stale leftovers beyond the resume point). */
export async function deleteChunksFrom(db: LeadLensDb, runId: string, fromChunk: number): Promise<void> {
  await db.transaction('rw', [db.runChunks, db.runErrors, db.leadIndex], async () => {
    await db.runChunks.where('runId').equals(runId).and((r) => (r.chunk as number) >= fromChunk || (r.chunk as number) <= outKey(fromChunk)).delete();
    await db.runErrors.where('runId').equals(runId).and((r) => (r.chunk as number) >= fromChunk).delete();
    await db.leadIndex.where('runId').equals(runId).and((r) => (r.chunk as number) >= fromChunk).delete();
  });
}

export interface NewRunInit {
  id: string; name: string; fileName: string; fileSize: number;
  mapping: Record<string, number>; headers: string[];
  encoding: RunRecord['encoding']; delimiter: RunRecord['delimiter']; decimalComma: boolean;
  modelId: string; cardVersion: string; thresholdId: string; threshold: number; tierRule?: StoredRun['tierRule'];
  clusters: number; hasLabels: boolean; chunkRows: number;
  fieldNames: string[]; idField: string; clusterNames: StoredRun['clusterNames'];
  duplicatePolicy?: RunRecord['duplicatePolicy'];
}

/** A fresh 'running' record (nothing committed yet). */
export function newRun(i: NewRunInit, agg: RunAggregates): StoredRun {
  return {
    id: i.id, name: i.name, fileName: i.fileName, fileSize: i.fileSize, fileSha256: '',
    mapping: i.mapping, headers: i.headers, encoding: i.encoding, delimiter: i.delimiter, decimalComma: i.decimalComma,
    modelId: i.modelId, cardVersion: i.cardVersion, thresholdId: i.thresholdId, threshold: i.threshold, tierRule: i.tierRule,
    startedAt: Date.now(), status: 'running', committedChunks: 0, committedRows: 0,
    counts: { rows: 0, scored: 0, invalid: 0, defaultsUsed: 0 },
    meanScore: 0, predictedShare: 0, bySegment: { High: 0, Medium: 0, Low: 0 },
    byDecile: [...agg.byDecile], byCluster: [...agg.byCluster], histogram: [...agg.histogram],
    hasLabels: i.hasLabels, agg, chunkRows: i.chunkRows, defaultsByField: {}, errorCount: 0,
    fieldNames: i.fieldNames, idField: i.idField, clusterNames: i.clusterNames,
    ...(i.duplicatePolicy ? { duplicatePolicy: i.duplicatePolicy } : {}),
  };
}
