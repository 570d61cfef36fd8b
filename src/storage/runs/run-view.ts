/**
 * The browsable view of one stored run: loads only the output columns (≈12 bytes per lead) of the
 * committed chunks into flat typed arrays, filters and sorts them with linear-time argsorts, and decodes
 * inputs and Customer IDs lazily, chunk by chunk, for the rows actually shown.
 */
import type { LeadRow, RunQuery, RunView } from '../../bridge/batch-contract';
import { argsortFloat32, argsortNumbers, argsortSmallInt, reverseStable } from '../../core/csv/argsort';
import { decodeRow, SEGMENTS, splitIds, type ChunkData } from '../../core/csv/columnar';
import { HIST_BINS } from '../../core/csv/aggregates';
import type { LeadLensDb } from '../db';
import { outKey, type StoredChunk, type StoredOutputs, type StoredRun } from './store';
import { fnv1a32, indexSalt, openIds } from './id-keys';
import { requireSession } from '../session';

interface Cols { score: Float32Array; decile: Uint8Array; segment: Uint8Array; cluster: Uint8Array; predicted: Uint8Array }

export async function openView(db: LeadLensDb, run: StoredRun): Promise<RunView> {
  const K = run.status === 'completed' ? run.committedChunks : 0;
  const keys = Array.from({ length: K }, (_, k): [string, number] => [run.id, outKey(k)]);
  const outs = (await db.runChunks.bulkGet(keys)) as unknown as (StoredOutputs | undefined)[];
  const N = outs.reduce((s, o) => s + (o?.n ?? 0), 0);
  const cols: Cols = { score: new Float32Array(N), decile: new Uint8Array(N), segment: new Uint8Array(N), cluster: new Uint8Array(N), predicted: new Uint8Array(N) };
  const starts = new Uint32Array(K + 1);
  let o = 0;
  outs.forEach((r, k) => {
    starts[k] = o;
    if (!r) return;
    cols.score.set(r.out.score, o); cols.decile.set(r.out.decile, o); cols.segment.set(r.out.segment, o);
    cols.cluster.set(r.out.cluster, o); cols.predicted.set(r.out.predicted, o);
    o += r.n;
  });
  starts[K] = o;
  return new View(db, run, cols, outs, starts, N);
}

class View implements RunView {
  matching: number;
  private order: Uint32Array;
  private hist: number[] = [];
  private cache = new Map<number, { data: ChunkData; ids: string[] }>();
  private numCache = new Map<string, Float64Array>();

  constructor(
    private readonly db: LeadLensDb,
    private readonly run: StoredRun,
    private readonly cols: Cols,
    private readonly outs: (StoredOutputs | undefined)[],
    private readonly starts: Uint32Array,
    readonly total: number,
  ) {
    this.order = new Uint32Array(total);
    for (let i = 0; i < total; i++) this.order[i] = i;
    this.matching = total;
    this.hist = [...run.histogram];
  }

  async query(q: RunQuery): Promise<number> {
    const c = this.cols;
    const segs = q.segments?.length ? new Set(q.segments.map((s) => SEGMENTS.indexOf(s))) : undefined;
    const clusters = q.clusters?.length ? new Set(q.clusters) : undefined;
    const deciles = q.deciles?.length ? new Set(q.deciles) : undefined;
    const lo = q.scoreMin ?? -Infinity;
    const hi = q.scoreMax ?? Infinity;
    let only: Set<number> | undefined;
    if (q.customerIdSearch?.trim()) only = await this.findId(q.customerIdSearch.trim());
    let idx: Uint32Array = new Uint32Array(this.total);
    let m = 0;
    for (let i = 0; i < this.total; i++) {
      if (segs && !segs.has(c.segment[i])) continue;
      if (clusters && !clusters.has(c.cluster[i])) continue;
      if (deciles && !deciles.has(c.decile[i])) continue;
      const s = c.score[i];
      if (s < lo || s > hi) continue;
      if (q.predicted !== undefined && c.predicted[i] !== q.predicted) continue;
      if (only && !only.has(i)) continue;
      idx[m++] = i;
    }
    idx = idx.slice(0, m);
    const by = q.sortBy ?? 'index';
    let key: ArrayLike<number> | undefined;
    if (by === 'score') idx = argsortFloat32(c.score, idx);
    else if (by === 'decile' || by === 'cluster' || by === 'segment' || by === 'predicted') idx = argsortSmallInt((key = c[by]), idx);
    else if (by !== 'index' && this.run.headers && by in this.run.mapping) idx = argsortNumbers((key = await this.numberColumn(by)), idx);
    if (q.sortDir === 'desc') {
      const k: ArrayLike<number> = by === 'score' ? c.score : key ?? { length: 0 };
      idx = by === 'index' ? idx.reverse() : reverseStable(idx, (i) => k[i]);
    }
    this.order = idx;
    this.matching = m;
    const h = new Array<number>(HIST_BINS).fill(0);
    for (let k = 0; k < m; k++) h[Math.min(HIST_BINS - 1, Math.floor(c.score[idx[k]] * HIST_BINS))]++;
    this.hist = h;
    return m;
  }

  async rows(offset: number, limit: number): Promise<LeadRow[]> {
    const out: LeadRow[] = [];
    for (let p = offset; p < Math.min(this.matching, offset + limit); p++) {
      const i = this.order[p];
      const k = this.chunkOf(i);
      const c = await this.chunk(k);
      out.push(decodeRow(c.data, i - this.starts[k], c.ids, i));
    }
    return out;
  }

  histogram(): number[] { return this.hist; }

  close(): void {
    this.cache.clear();
    this.numCache.clear();
  }

  private chunkOf(i: number): number {
    let lo = 0;
    let hi = this.starts.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.starts[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private async chunk(k: number): Promise<{ data: ChunkData; ids: string[] }> {
    let c = this.cache.get(k);
    if (!c) {
      const rec = (await this.db.runChunks.get([this.run.id, k])) as unknown as StoredChunk;
      const out = this.outs[k];
      if (!rec || !out) throw new Error(`chunk ${k} of run ${this.run.id} is missing`);
      const joined = this.run.idsSealed ? await openIds(requireSession().keys, rec.data.ids) : rec.data.ids;
      c = { data: { ...rec.data, ...out.out }, ids: splitIds(joined, rec.n) };
      if (this.cache.size >= 8) this.cache.delete(this.cache.keys().next().value as number);
      this.cache.set(k, c);
    }
    return c;
  }

  /** One numeric/category input column over the whole run (loaded once, for sorting by it). */
  private async numberColumn(field: string): Promise<Float64Array> {
    let col = this.numCache.get(field);
    if (col) return col;
    col = new Float64Array(this.total);
    const recs: StoredChunk[] = [];
    for (let k = 0; k < this.outs.length; k++) recs.push((await this.db.runChunks.get([this.run.id, k])) as unknown as StoredChunk);
    // Categories sort by their text: rank every dictionary value across chunks.
    const values = new Set<string>();
    for (const r of recs) for (const v of r.data.cat[field]?.dict ?? []) values.add(v);
    const rank = new Map([...values].sort((a, b) => a.localeCompare(b)).map((v, i) => [v, i]));
    recs.forEach((rec, k) => {
      const num = rec.data.num[field];
      const cat = rec.data.cat[field];
      for (let i = 0; i < rec.n; i++) col[this.starts[k] + i] = num ? num[i] : cat ? (rank.get(cat.dict[cat.codes[i]]) ?? NaN) : NaN;
    });
    this.numCache.set(field, col);
    return col;
  }

  /** Positions of leads whose Customer ID equals `id` (case-insensitive), via the per-chunk hash index. */
  private async findId(id: string): Promise<Set<number>> {
    const h = fnv1a32(id, this.run.idsSealed ? await indexSalt(requireSession().keys) : '');
    const hits = new Set<number>();
    const idx = await this.db.leadIndex.where('runId').equals(this.run.id).toArray();
    for (const r of idx as unknown as { chunk: number; hashes: Uint32Array; pos: Uint32Array }[]) {
      if (r.chunk >= this.outs.length) continue;
      let lo = 0;
      let hi = r.hashes.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (r.hashes[mid] < h) lo = mid + 1;
        else hi = mid;
      }
      for (let j = lo; j < r.hashes.length && r.hashes[j] === h; j++) {
        const c = await this.chunk(r.chunk);
        if (c.ids[r.pos[j]].trim().toLowerCase() === id.toLowerCase()) hits.add(this.starts[r.chunk] + r.pos[j]);
      }
    }
    return hits;
  }
}
