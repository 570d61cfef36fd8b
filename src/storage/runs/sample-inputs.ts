/**
 * An even sample of a stored run's input values (no Customer IDs, no model outputs) for checks that need a
 * few thousand leads, not the run: the dashboard's input-drift flag. It reads only the input chunks it
 * samples from, one per task, so a million-lead run costs the page a few chunk reads instead of the whole
 * run's output columns and the decryption of sealed IDs (what opening a full run view costs). The dashboard's
 * flag calls it in the dashboard worker (Dexie opened there); the run detail's drift view calls it on the page.
 */
import type { LeadValues } from '../../core/lead';
import { db } from '../db';
import type { StoredChunk, StoredRun } from './store';

const yieldToUi = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

/** Up to `max` leads' inputs, spread evenly over up to `chunks` evenly spaced committed chunks. */
export async function sampleRunInputs(runId: string, max: number, chunks = 10): Promise<LeadValues[]> {
  const run = (await db().runs.get(runId)) as unknown as StoredRun | undefined;
  const K = run?.committedChunks ?? 0;
  const picks = Math.min(K, chunks);
  const out: LeadValues[] = [];
  for (let j = 0; j < picks; j++) {
    const k = Math.floor((j * K) / picks);
    const rec = (await db().runChunks.get([runId, k])) as unknown as StoredChunk | undefined;
    if (!rec) continue;
    const { num, cat } = rec.data;
    const want = Math.min(rec.n, Math.ceil((max - out.length) / (picks - j)));
    for (let s = 0; s < want; s++) {
      const i = Math.floor((s * rec.n) / want);
      const row: LeadValues = {};
      for (const [f, col] of Object.entries(num)) row[f] = col[i];
      for (const [f, col] of Object.entries(cat)) row[f] = col.dict[col.codes[i]];
      out.push(row);
    }
    await yieldToUi();
  }
  return out;
}
