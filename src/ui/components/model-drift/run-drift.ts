/**
 * Page side of the drift monitor: samples a run's leads evenly (at most 5,000, pages read through the run view),
 * finds the card of the model that scored the run (registry model or built-in) and computes per-feature drift
 * against that model's frozen training reference (core/monitoring/drift.ts). Cheap enough to run on demand.
 */
import type { ModelCard } from '../../../core/card/types';
import { computeDrift, referenceOf, type FeatureDrift } from '../../../core/monitoring/drift';
import type { LeadValues } from '../../../core/lead';
import { getStoredModel } from '../../../storage/models/models-repo';
import { listRuns, openRunView } from '../../../storage/runs-repo';
import { loadCard } from '../batch-ui/card-info';

const MAX_ROWS = 5000;
const PAGE = 500;

async function cardOf(modelId: string): Promise<ModelCard> {
  return (await getStoredModel(modelId))?.card ?? loadCard(modelId);
}

export async function runDrift(runId: string, modelId: string): Promise<FeatureDrift[]> {
  const card = await cardOf(modelId);
  const view = await openRunView(runId);
  try {
    const total = view.total;
    const pages = Math.max(1, Math.ceil(Math.min(total, MAX_ROWS) / PAGE));
    const step = Math.max(PAGE, Math.floor(total / pages));
    const rows: LeadValues[] = [];
    for (let p = 0; p < pages && p * step < total; p++) for (const r of await view.rows(p * step, PAGE)) rows.push(r.inputs);
    return rows.length ? computeDrift(card, referenceOf(card), rows) : [];
  } finally {
    view.close();
  }
}

/** Drift of the newest completed run, for the dashboard flag. */
export async function latestRunDrift(): Promise<{ runId: string; name: string; drift: FeatureDrift[] } | undefined> {
  const run = (await listRuns()).filter((r) => r.status === 'completed').sort((a, b) => b.startedAt - a.startedAt)[0];
  if (!run) return undefined;
  return { runId: run.id, name: run.name, drift: await runDrift(run.id, run.modelId) };
}
