/**
 * Page side of the drift monitor: samples a run's leads evenly (at most 5,000, from a few input chunks only:
 * storage/runs/sample-inputs, so a million-lead run costs a few chunk reads on the main thread),
 * finds the card of the model that scored the run (registry model or built-in) and computes per-feature drift
 * against that model's frozen training reference (core/monitoring/drift.ts). Cheap enough to run on demand.
 */
import type { ModelCard } from '../../../core/card/types';
import { computeDrift, referenceOf, type FeatureDrift } from '../../../core/monitoring/drift';
import { getStoredModel } from '../../../storage/models/models-repo';
import { sampleRunInputs } from '../../../storage/runs/sample-inputs';
import { loadCard } from '../batch-ui/card-info';

const MAX_ROWS = 5000;

/** The card of the model that scored a run: a registry model's, or a built-in one's. */
export async function cardOf(modelId: string): Promise<ModelCard> {
  return (await getStoredModel(modelId))?.card ?? loadCard(modelId);
}

export async function runDrift(runId: string, modelId: string): Promise<FeatureDrift[]> {
  const card = await cardOf(modelId);
  const rows = await sampleRunInputs(runId, MAX_ROWS);
  return rows.length ? computeDrift(card, referenceOf(card), rows) : [];
}
