/**
 * Page side of the re-cluster worker: samples a run's leads evenly across the file (pages fetched from a
 * run view, at most `maxRows`), packs their numeric inputs into a Float64Array (transferred, not copied)
 * and asks the worker for k-means++ clusters with k chosen by silhouette. Returns the model's cluster of
 * each sampled lead too, so the screen can cross-tabulate old vs new clusters.
 */
import type { LeadRow } from './batch-contract';
import type { ReclusterApi, ReclusterResult } from './contracts';
import { WorkerBridge, transfer } from './worker-bridge';

const bridge = new WorkerBridge<ReclusterApi>(
  () => new Worker(new URL('../workers/recluster.worker.ts', import.meta.url), { type: 'module', name: 'recluster' }),
  5_000,
);

/** The part of a run view (src/storage/runs-repo.ts) the sampler needs. */
export interface RowSource { matching: number; rows(offset: number, limit: number): Promise<LeadRow[]> }

export interface ReclusterOutcome extends ReclusterResult {
  features: string[];
  modelClusters: number[];
  sampled: number;
}

/** Evenly spaced pages of `pageSize` rows covering at most `maxRows` leads of the view. */
async function sampleRows(view: RowSource, maxRows: number, pageSize = 500): Promise<LeadRow[]> {
  const total = view.matching;
  if (total <= maxRows) return view.rows(0, total);
  const pages = Math.ceil(maxRows / pageSize);
  const step = Math.floor(total / pages);
  const out: LeadRow[] = [];
  for (let p = 0; p < pages; p++) out.push(...(await view.rows(p * step, pageSize)));
  return out;
}

export async function reclusterRun(view: RowSource, signal?: AbortSignal, maxRows = 20_000): Promise<ReclusterOutcome> {
  const rows = await sampleRows(view, maxRows);
  if (rows.length === 0) throw new Error('no rows');
  const features = Object.keys(rows[0].inputs).filter((k) => typeof rows[0].inputs[k] === 'number');
  const d = features.length;
  const data = new Float64Array(rows.length * d);
  rows.forEach((r, i) => features.forEach((f, c) => { const v = r.inputs[f]; data[i * d + c] = typeof v === 'number' ? v : 0; }));
  const result = await bridge.call((api) => api.recluster(transfer({ features, data, rows: rows.length }, [data.buffer])), signal);
  return { ...result, features, modelClusters: rows.map((r) => r.cluster), sampled: rows.length };
}
