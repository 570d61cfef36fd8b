/**
 * A completed run's stored model outputs, chunk by chunk, and its scores as one column: what the planner
 * ranks. Kept apart from plans-repo (which needs the session to open sealed IDs) so the planner worker can
 * read a million scores with Dexie opened in the worker, off the page's main thread.
 */
import { db } from '../db';
import { outKey, type StoredOutputs, type StoredRun } from '../runs/store';

export async function runOutputs(runId: string): Promise<{ run: StoredRun; outs: StoredOutputs[] }> {
  const run = (await db().runs.get(runId)) as unknown as StoredRun | undefined;
  if (!run || run.status !== 'completed') throw new Error(`Run ${runId} is not a completed run`);
  const keys = Array.from({ length: run.committedChunks }, (_, k): [string, number] => [runId, outKey(k)]);
  const outs = ((await db().runChunks.bulkGet(keys)) as unknown as (StoredOutputs | undefined)[]).filter((o): o is StoredOutputs => Boolean(o));
  return { run, outs };
}

/** Every lead's score in run order (position = index). */
export async function runScores(runId: string): Promise<Float32Array> {
  const { outs } = await runOutputs(runId);
  const score = new Float32Array(outs.reduce((s, o) => s + o.n, 0));
  for (const o of outs) score.set(o.out.score, o.firstIndex);
  return score;
}
