/**
 * The stored shape of one batch chunk: columnar typed arrays instead of one record per lead (per-lead
 * IndexedDB writes measured ~8k rows/s; one record per 25k-row chunk writes at memory speed). Numbers are
 * kept exactly (Int32 for integers, Float32 when every value survives the round trip, else Float64),
 * categories dictionary-coded, Customer IDs as one joined string. Also decodes single rows for views.
 */
import type { LeadRow } from '../../bridge/batch-contract';

export const ID_SEP = '\u0000';
export const SEGMENTS = ['High', 'Medium', 'Low'] as const;
export const NO_LABEL = 255;

export type NumColumn = Uint8Array | Uint16Array | Int16Array | Int32Array | Float32Array | Float64Array;
export interface CatColumn { dict: string[]; codes: Uint8Array | Uint16Array }

/** Inputs of a chunk's valid rows (built by the parse worker). */
export interface ChunkInputs {
  n: number;
  sourceRows: Uint32Array;
  /** Customer IDs joined by ID_SEP (or sealed bytes when IDs are personal; see runs/ids.ts). */
  ids: string;
  num: Record<string, NumColumn>;
  cat: Record<string, CatColumn>;
  /** 0/1, or NO_LABEL when the file has no/invalid label for the row. */
  label?: Uint8Array;
  cluster: Uint8Array;
}

/** Model outputs of a chunk (scoring worker). */
export interface ChunkOutputs {
  score: Float32Array;
  predicted: Uint8Array;
  decile: Uint8Array;
  /** Index into SEGMENTS. */
  segment: Uint8Array;
}

export type ChunkData = ChunkInputs & ChunkOutputs;

/**
 * Smallest exact typed column for numeric values: the narrowest integer type that holds an integer
 * column, Float32 when every value survives the round trip, else Float64. (fflate deflate was measured
 * on 25k generated rows: inputs shrink to 0.45× but cost ~4 µs/row of CPU on a 2-core pipeline that is
 * CPU-bound, so chunks are stored uncompressed.)
 */
export function packNumbers(values: Float64Array, integer: boolean): NumColumn {
  let lo = Infinity;
  let hi = -Infinity;
  let ints = integer;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v < lo) lo = v;
    if (v > hi) hi = v;
    if (ints && !Number.isInteger(v)) ints = false;
  }
  if (ints && values.length > 0) {
    if (lo >= 0 && hi <= 255) return Uint8Array.from(values);
    if (lo >= 0 && hi <= 65535) return Uint16Array.from(values);
    if (lo >= -32768 && hi <= 32767) return Int16Array.from(values);
    if (lo >= -2147483648 && hi <= 2147483647) return Int32Array.from(values);
  }
  const f32 = Float32Array.from(values);
  for (let i = 0; i < values.length; i++) if (f32[i] !== values[i]) return values;
  return f32;
}

/** Dictionary-codes strings (order of first appearance). */
export class CatBuilder {
  private readonly index = new Map<string, number>();
  readonly dict: string[] = [];
  private codes: number[] = [];
  push(v: string): void {
    let c = this.index.get(v);
    if (c === undefined) {
      c = this.dict.length;
      this.dict.push(v);
      this.index.set(v, c);
    }
    this.codes.push(c);
  }
  build(): CatColumn {
    const codes = this.dict.length <= 256 ? Uint8Array.from(this.codes) : Uint16Array.from(this.codes);
    this.codes = [];
    return { dict: this.dict, codes };
  }
}

export function splitIds(ids: string, n: number): string[] {
  if (n === 0) return [];
  const out = ids.split(ID_SEP);
  if (out.length !== n) throw new Error(`chunk holds ${out.length} IDs for ${n} rows`);
  return out;
}

/** One lead of a chunk as the views show it. `ids` are the chunk's split IDs. */
export function decodeRow(c: ChunkData, i: number, ids: readonly string[], index: number): LeadRow {
  const inputs: Record<string, number | string> = {};
  for (const [k, col] of Object.entries(c.num)) inputs[k] = col[i];
  for (const [k, col] of Object.entries(c.cat)) inputs[k] = col.dict[col.codes[i]];
  const row: LeadRow = {
    index,
    sourceRow: c.sourceRows[i],
    customerId: ids[i] ?? '',
    inputs,
    score: c.score[i],
    predicted: c.predicted[i] === 1 ? 1 : 0,
    decile: c.decile[i],
    segment: SEGMENTS[c.segment[i]] ?? 'Low',
    cluster: c.cluster[i],
  };
  if (c.label && c.label[i] !== NO_LABEL) row.label = c.label[i] === 1 ? 1 : 0;
  return row;
}

/** Every ArrayBuffer of a chunk, for zero-copy transfer between workers. */
export function chunkBuffers(c: Partial<ChunkData>): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  const add = (a: ArrayBufferView | undefined): void => {
    if (a && a.buffer instanceof ArrayBuffer) out.add(a.buffer);
  };
  add(c.sourceRows); add(c.label); add(c.cluster); add(c.score); add(c.predicted); add(c.decile); add(c.segment);
  for (const col of Object.values(c.num ?? {})) add(col);
  for (const col of Object.values(c.cat ?? {})) add(col.codes);
  return [...out];
}
