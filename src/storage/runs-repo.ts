/**
 * Batch runs as the screens see them (contract: src/bridge/batch-contract.ts): history, views over a
 * run's columnar chunks, errors, CSV export, a Customer ID's scores across runs, and the run lifecycle
 * rules: 'running' runs whose tab died become 'interrupted' at start-up; a cancelled run keeps its record
 * (status, counts at cancel time) but its chunks are deleted, so it never offers partial results;
 * interrupted/failed runs keep committed chunks for resume until discarded. Views read only runs whose
 * status is 'completed' (committedChunks then covers every row).
 */
import { logAudit } from './audit-repo';
import type { RowError, RunRecord, RunView } from '../bridge/batch-contract';
import { db } from './db';
import { currentSession, requireAdmin, requireSession } from './session';
import { deleteRunData, outKey, type StoredChunk, type StoredErrors, type StoredIndex, type StoredOutputs, type StoredRun } from './runs/store';
import { SEGMENTS, splitIds } from '../core/csv/columnar';
import { openView } from './runs/run-view';
import { fnv1a32, indexSalt, openErrorDetails, openIds } from './runs/id-keys';
import { BOM, csvLine } from '../core/csv/export';
import { exportRunCsv, type RunExportOptions } from './runs/run-export';

export const RUN_LOCK_PREFIX = 'leadlens-run-';

/** The bits of `navigator` used here, typed structurally (this module is also type-checked for Node tests). */
interface NavLike {
  locks?: { query(): Promise<{ held?: { name?: string }[]; pending?: { name?: string }[] }> };
  storage?: { estimate?(): Promise<{ usage?: number; quota?: number }> };
}
const nav = (): NavLike | undefined => (globalThis as { navigator?: NavLike }).navigator;

export async function listRuns(): Promise<RunRecord[]> {
  const rows = (await db().runs.toArray()) as unknown as StoredRun[];
  return rows.sort((a, b) => b.startedAt - a.startedAt);
}

export async function getRun(id: string): Promise<RunRecord | undefined> {
  return (await db().runs.get(id)) as unknown as StoredRun | undefined;
}

/** Internal (engine): full stored record. */
export async function getStoredRun(id: string): Promise<StoredRun | undefined> {
  return (await db().runs.get(id)) as unknown as StoredRun | undefined;
}

/** Internal (engine): creates or patches a run record. */
export async function putRun(run: StoredRun): Promise<void> {
  await db().runs.put({ ...run });
}

export async function patchRun(id: string, patch: Partial<StoredRun>): Promise<void> {
  await db().runs.update(id, patch as Record<string, unknown>);
}

/** Single permission call site for deleting runs: admins only. */
function assertCanDelete(): void {
  requireAdmin(currentSession(), 'runs.delete');
}

export async function deleteRun(id: string): Promise<void> {
  assertCanDelete();
  await deleteRunData(db(), id);
  await db().runs.delete(id);
  await logAudit('delete', { what: 'run', id });
}

/** Discards an interrupted (or failed) run: its chunks and its record. */
export async function discardRun(id: string): Promise<void> {
  // Any signed-in user may discard an unfinished run (it never became a result); deleting a completed run is admin-only.
  requireSession(currentSession(), 'runs.discard');
  const run = await getStoredRun(id);
  if (run && run.status === 'completed') throw new Error('A completed run is deleted, not discarded');
  await deleteRunData(db(), id);
  await db().runs.delete(id);
}

/** Internal (engine): a cancelled run keeps its record but none of its chunks. */
export async function markCancelled(id: string): Promise<void> {
  await deleteRunData(db(), id);
  const now = Date.now();
  const run = await getStoredRun(id);
  await patchRun(id, { status: 'cancelled', endedAt: now, durationMs: run ? now - run.startedAt : undefined, committedChunks: 0 });
}

/** Runs left 'running' by a closed tab become 'interrupted' (a run another tab still holds is left alone). */
export async function markInterruptedRuns(): Promise<number> {
  const held = new Set<string>();
  const locks = nav()?.locks;
  if (locks) {
    const q = await locks.query();
    for (const l of [...(q.held ?? []), ...(q.pending ?? [])]) if (l.name) held.add(l.name);
  }
  const running = (await db().runs.where('status').equals('running').toArray()) as unknown as StoredRun[];
  let n = 0;
  for (const r of running) {
    if (held.has(RUN_LOCK_PREFIX + r.id)) continue;
    await patchRun(r.id, { status: 'interrupted' });
    n++;
  }
  return n;
}

export async function openRunView(id: string): Promise<RunView> {
  const run = await getStoredRun(id);
  if (!run) throw new Error(`Run ${id} not found`);
  return openView(db(), run);
}

/** A run's error records in chunk order; sealed details are opened only for the records `wanted` keeps (their
 *  row positions are stored in clear, so a page of errors decrypts only the chunks it shows). */
async function errorRecords(id: string, wanted: (r: StoredErrors) => boolean = () => true): Promise<StoredErrors[]> {
  const rows = (await db().runErrors.where('runId').equals(id).toArray()) as unknown as StoredErrors[];
  rows.sort((a, b) => a.chunk - b.chunk);
  const keys = currentSession()?.keys;
  const kept = rows.filter(wanted);
  return Promise.all(kept.map(async (r) => (r.detailsSealed ? { ...r, errors: await openErrorDetails(keys, r) } : r)));
}

export async function runErrors(id: string, offset: number, limit: number): Promise<RowError[]> {
  const out: RowError[] = [];
  const inRange = (r: StoredErrors): boolean => r.firstError + r.errors.length > offset && r.firstError < offset + limit;
  for (const r of await errorRecords(id, inRange)) {
    for (const e of r.errors.slice(Math.max(0, offset - r.firstError))) {
      if (out.length >= limit) break;
      out.push(e);
    }
  }
  return out;
}

/** CSV of the run (or of a filtered/sorted view): see runs/run-export.ts. */
export function exportRun(id: string, opts: RunExportOptions): Promise<Blob> {
  return exportRunCsv(id, opts);
}

export async function exportErrors(id: string, delimiter: ',' | ';' | '\t'): Promise<Blob> {
  const parts = [BOM + csvLine(['row', 'column', 'value', 'reason', 'code'], delimiter)];
  for (const r of await errorRecords(id)) {
    parts.push(r.errors.map((e) => csvLine([e.row, e.column, e.value, e.reason, e.code], delimiter)).join(''));
  }
  await logAudit('export', { what: 'run-errors', id });
  return new Blob(parts, { type: 'text/csv;charset=utf-8' });
}

/** The same Customer ID's results across completed runs (newest first), via the per-chunk hash index. */
export async function leadHistory(customerId: string): Promise<{ runId: string; runName: string; at: number; score: number; decile: number; segment: string }[]> {
  const want = customerId.trim().toLowerCase();
  const plainHash = fnv1a32(want);
  const session = currentSession();
  const saltedHash = session ? fnv1a32(want, await indexSalt(session.keys)) : undefined;
  const runs = new Map(((await listRuns()) as StoredRun[]).filter((r) => r.status === 'completed').map((r) => [r.id, r]));
  const out: { runId: string; runName: string; at: number; score: number; decile: number; segment: string }[] = [];
  const index = (await db().leadIndex.toArray()) as unknown as StoredIndex[];
  for (const rec of index) {
    const run = runs.get(rec.runId);
    if (!run || rec.chunk >= run.committedChunks) continue;
    const h = run.idsSealed ? saltedHash : plainHash;
    if (h === undefined) continue;
    let lo = 0;
    let hi = rec.hashes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (rec.hashes[mid] < h) lo = mid + 1;
      else hi = mid;
    }
    if (lo >= rec.hashes.length || rec.hashes[lo] !== h) continue;
    const [inp, res] = (await db().runChunks.bulkGet([[run.id, rec.chunk], [run.id, outKey(rec.chunk)]])) as unknown as [StoredChunk, StoredOutputs];
    const ids = splitIds(run.idsSealed ? await openIds(requireSession(session).keys, inp.data.ids) : inp.data.ids, inp.n);
    for (let j = lo; j < rec.hashes.length && rec.hashes[j] === h; j++) {
      const i = rec.pos[j];
      if (ids[i].trim().toLowerCase() !== want) continue;
      out.push({ runId: run.id, runName: run.name, at: run.startedAt, score: res.out.score[i], decile: res.out.decile[i], segment: SEGMENTS[res.out.segment[i]] });
    }
  }
  return out.sort((a, b) => b.at - a.at);
}

export async function storageEstimate(): Promise<{ usage: number; quota: number }> {
  const est = await nav()?.storage?.estimate?.();
  return { usage: est?.usage ?? 0, quota: est?.quota ?? 0 };
}

/** Bytes of a value as stored: typed arrays by length, strings one byte per character (a lower bound). */
function storedSize(v: unknown): number {
  if (typeof v === 'string') return v.length;
  if (typeof v === 'number' || typeof v === 'boolean') return 8;
  if (ArrayBuffer.isView(v)) return v.byteLength;
  if (v instanceof ArrayBuffer) return v.byteLength;
  if (Array.isArray(v)) return v.reduce((n: number, x) => n + storedSize(x), 0);
  if (v && typeof v === 'object') return Object.entries(v).reduce((n, [k, x]) => n + k.length + storedSize(x), 0);
  return 0;
}

/** How much committed chunk `k` of a run takes (inputs + outputs + errors + index), and its rows (disk-full estimate). */
export async function committedChunkBytes(runId: string, k: number): Promise<{ bytes: number; rows: number }> {
  const d = db();
  const [inp, out] = await d.runChunks.bulkGet([[runId, k], [runId, outKey(k)]]);
  const [err, idx] = await Promise.all([d.runErrors.get([runId, k]), d.leadIndex.where('runId').equals(runId).and((r) => r.chunk === k).first()]);
  return { bytes: storedSize(inp) + storedSize(out) + storedSize(err) + storedSize(idx), rows: (inp as { n?: number } | undefined)?.n ?? 0 };
}

/**
 * Completed runs that imported exactly this file (#14 defect 4): same size, then the same streaming SHA-256
 * the engine stored at the end of the run. `sha256` is computed by the caller only when a size matches.
 */
export async function completedRunsOfSize(size: number): Promise<RunRecord[]> {
  return (await listRuns()).filter((r) => r.status === 'completed' && r.fileSize === size && r.fileSha256 !== '');
}
