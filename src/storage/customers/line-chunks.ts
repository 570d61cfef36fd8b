/**
 * Bulk customer data (order lines, activity snapshots) stored the way batch runs are: few large records,
 * each a columnar chunk of up to CHUNK_LINES lines, never one record per order (IndexedDB writes ~8k
 * records/s; a chunk of 50k lines is one write). The client of a line is the keyed client id (the clients
 * record id, `c_<HMAC>`), held once per chunk in a small dictionary that an Int32Array indexes; plaintext
 * Customer IDs never reach these tables. Plain functions over a Dexie instance, so the customers worker
 * and Node tests (fake-indexeddb) use the same code.
 */
import type { LeadLensDb } from '../db';

export const CHUNK_LINES = 50_000;

export type ColumnKind = 'i32' | 'f64';
export type Column = Int32Array | Float64Array;

/** Which table a kind of line lives in and its columns (besides the client). */
export interface LineSchema { table: 'orderChunks' | 'activityChunks'; columns: Record<string, ColumnKind> }

export const ORDER_SCHEMA: LineSchema = { table: 'orderChunks', columns: { day: 'i32', amount: 'f64', items: 'i32' } };
export const ACTIVITY_SCHEMA: LineSchema = {
  table: 'activityChunks',
  columns: { day: 'i32', visits7d: 'f64', visits: 'f64', newsletterOpened: 'f64', adClicks: 'f64', timeOnSite: 'f64' },
};

/** Lines in columns: `client[i]` indexes `keys` (keyed client ids). NaN marks a missing measure. */
export interface Lines { n: number; keys: string[]; client: Int32Array; cols: Record<string, Column> }

/** One stored record. */
export interface StoredLineChunk extends Lines { chunk: number; importId: string }

export function newColumn(kind: ColumnKind, n: number): Column {
  return kind === 'i32' ? new Int32Array(n) : new Float64Array(n);
}

export function emptyLines(schema: LineSchema): Lines {
  const cols: Record<string, Column> = {};
  for (const [name, kind] of Object.entries(schema.columns)) cols[name] = newColumn(kind, 0);
  return { n: 0, keys: [], client: new Int32Array(0), cols };
}

/** Lines `idx` of `src`, with a dictionary holding only the keys they use. */
export function pickLines(schema: LineSchema, src: Lines, idx: ArrayLike<number>): Lines {
  const n = idx.length;
  const remap = new Int32Array(src.keys.length).fill(-1);
  const keys: string[] = [];
  const client = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = src.client[idx[i]];
    if (remap[c] < 0) { remap[c] = keys.length; keys.push(src.keys[c]); }
    client[i] = remap[c];
  }
  const cols: Record<string, Column> = {};
  for (const [name, kind] of Object.entries(schema.columns)) {
    const from = src.cols[name];
    const to = newColumn(kind, n);
    for (let i = 0; i < n; i++) to[i] = from[idx[i]];
    cols[name] = to;
  }
  return { n, keys, client, cols };
}

/**
 * `idx` reordered so lines of one client are adjacent (stable counting sort on `src.client`). Appending
 * lines in this order makes each chunk name far fewer clients (1M lines of 100k clients: ~5k keys per
 * chunk instead of ~40k), so chunks are smaller to write and quicker to read back.
 */
export function groupByClient(src: Lines, idx: ArrayLike<number>): Int32Array {
  const start = new Int32Array(src.keys.length + 1);
  for (let i = 0; i < idx.length; i++) start[src.client[idx[i]] + 1]++;
  for (let c = 0; c < src.keys.length; c++) start[c + 1] += start[c];
  const out = new Int32Array(idx.length);
  for (let i = 0; i < idx.length; i++) out[start[src.client[idx[i]]]++] = idx[i];
  return out;
}

/** Lines from..to−1 of `src` (a contiguous chunk). */
function sliceLines(schema: LineSchema, src: Lines, from: number, to: number): Lines {
  const idx = new Int32Array(to - from);
  for (let i = 0; i < idx.length; i++) idx[i] = from + i;
  return pickLines(schema, src, idx);
}

/** All stored lines of a kind, one global key dictionary (chunks in insertion order). */
export async function readLines(database: LeadLensDb, schema: LineSchema): Promise<Lines> {
  const chunks = (await database.table(schema.table).toArray()) as StoredLineChunk[];
  const n = chunks.reduce((s, c) => s + c.n, 0);
  const keyIndex = new Map<string, number>();
  const keys: string[] = [];
  const client = new Int32Array(n);
  const cols: Record<string, Column> = {};
  for (const [name, kind] of Object.entries(schema.columns)) cols[name] = newColumn(kind, n);
  let at = 0;
  for (const c of chunks) {
    const local = c.keys.map((key) => {
      let k = keyIndex.get(key);
      if (k === undefined) { k = keys.length; keyIndex.set(key, k); keys.push(key); }
      return k;
    });
    for (let i = 0; i < c.n; i++) client[at + i] = local[c.client[i]];
    for (const name of Object.keys(cols)) cols[name].set(c.cols[name], at);
    at += c.n;
  }
  return { n, keys, client, cols };
}

/** Appends lines as new chunks (one transaction). Returns the number of chunks written. */
export async function appendLines(database: LeadLensDb, schema: LineSchema, lines: Lines, importId: string, chunkLines = CHUNK_LINES): Promise<number> {
  if (lines.n === 0) return 0;
  const table = database.table(schema.table);
  return database.transaction('rw', table, async () => {
    const last = (await table.orderBy(':id').reverse().first()) as StoredLineChunk | undefined;
    let next = last ? last.chunk + 1 : 0;
    const records: StoredLineChunk[] = [];
    for (let from = 0; from < lines.n; from += chunkLines) {
      records.push({ ...sliceLines(schema, lines, from, Math.min(lines.n, from + chunkLines)), chunk: next++, importId });
    }
    await table.bulkAdd(records);
    return records.length;
  });
}

/** Number of stored lines of a kind (sums chunk sizes; no line is decoded). */
export async function countLines(database: LeadLensDb, schema: LineSchema): Promise<number> {
  let n = 0;
  await database.table(schema.table).each((c: StoredLineChunk) => { n += c.n; });
  return n;
}
