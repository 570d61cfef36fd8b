/**
 * Page side of labelled-run monitoring (issue #12): finds the card of the model that scored a run and puts the
 * run's stored metrics beside that card's validation figures (core/monitoring/run-quality.ts). The metrics were
 * computed once by the batch store worker over every labelled row, so this never touches the run's leads.
 */
import type { RunRecord } from '../../../bridge/batch-contract';
import { runQuality, type RunQuality } from '../../../core/monitoring/run-quality';
import { listRuns } from '../../../storage/runs-repo';
import { cardOf } from '../model-drift/run-drift';

/** How many of each model's latest labelled runs the Models panel lists. */
export const RUNS_PER_MODEL = 3;

/** Quality of one labelled run, or null when the model that scored it is no longer available. */
export async function qualityOfRun(run: RunRecord): Promise<RunQuality | null | undefined> {
  if (!run.metrics) return undefined;
  const card = await cardOf(run.modelId).catch(() => undefined);
  return card ? runQuality(run.metrics, card, run.thresholdId) : null;
}

export interface MonitoredRun { run: RunRecord; quality: RunQuality | null }
export interface MonitoredModel { modelId: string; runs: MonitoredRun[] }

/** The latest labelled runs per model, models ordered by their newest labelled run. */
export async function latestLabelledRuns(perModel = RUNS_PER_MODEL): Promise<MonitoredModel[]> {
  const byModel = new Map<string, RunRecord[]>();
  for (const r of await listRuns()) { // newest first
    if (r.status !== 'completed' || !r.metrics) continue;
    const list = byModel.get(r.modelId) ?? [];
    if (list.length < perModel) list.push(r);
    byModel.set(r.modelId, list);
  }
  const out: MonitoredModel[] = [];
  for (const [modelId, runs] of byModel) {
    const card = await cardOf(modelId).catch(() => undefined);
    out.push({ modelId, runs: runs.map((run) => ({ run, quality: card ? runQuality(run.metrics!, card, run.thresholdId) : null })) });
  }
  return out;
}
