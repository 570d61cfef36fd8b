/**
 * Training data from labelled runs (issue #12): runs whose file had a Conversion column keep every valid lead's
 * inputs and known outcome in their chunks. This turns one into the same CSV text a labelled file gives the
 * training worker (card field names + Conversion), so it goes through the one importer and feature pipeline.
 * Runs hold no dates, so the worker's split is stratified (stated on screen). Customer IDs are left out.
 */
import { csvLine } from '../../core/csv/export';
import type { RunRecord } from '../../bridge/batch-contract';
import { getStoredRun, listRuns, openRunView } from '../runs-repo';

/** Completed runs that recorded known outcomes, newest first. */
export async function labelledRuns(): Promise<RunRecord[]> {
  return (await listRuns()).filter((r) => r.hasLabels && r.status === 'completed' && r.counts.scored > 0);
}

export async function labelledRunCsv(id: string, target = 'Conversion'): Promise<{ text: string; fileName: string; rows: number }> {
  const run = await getStoredRun(id);
  if (!run?.hasLabels) throw new Error(`[not_labelled] Run ${id} has no known outcomes`);
  const inputs = run.fieldNames.filter((f) => f !== run.idField);
  const parts = [csvLine([...inputs, target], ',')];
  const view = await openRunView(id);
  try {
    await view.query({ sortBy: 'index' });
    const PAGE = 5000;
    for (let off = 0; off < view.matching; off += PAGE) {
      let s = '';
      for (const r of await view.rows(off, PAGE)) s += csvLine([...inputs.map((f) => r.inputs[f] ?? ''), r.label ?? ''], ',');
      parts.push(s);
    }
    return { text: parts.join(''), fileName: run.name, rows: view.matching };
  } finally {
    view.close();
  }
}
