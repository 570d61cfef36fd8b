/**
 * Which model a stored lead names, and its card (issue #13): a built-in model (models/artifacts, listed in
 * index.json), a browser-trained or imported model in the registry, or neither because it was deleted since.
 * The lead card recomputes an explanation only with that exact model and says so plainly when it is gone,
 * rather than explaining the lead with whichever model is active now.
 */
import type { ModelCard } from '../../../core/card/types';
import { getStoredModel } from '../../../storage/models/models-repo';
import { loadCard } from '../../components/batch-ui/card-info';

export type LeadModel = { status: 'built-in' | 'stored'; card?: ModelCard } | { status: 'deleted'; card?: undefined };

let builtInIds: Promise<string[] | undefined> | undefined;

/** The built-in model ids of this deployment (undefined when index.json cannot be read). */
function builtIns(): Promise<string[] | undefined> {
  builtInIds ??= fetch(`${import.meta.env.BASE_URL}models/index.json`)
    .then(async (r) => (r.ok ? ((await r.json()) as { models?: string[] }).models : undefined))
    .catch(() => undefined);
  return builtInIds;
}

export async function leadModel(modelId: string): Promise<LeadModel> {
  const stored = await getStoredModel(modelId).catch(() => undefined);
  if (stored) return { status: 'stored', card: stored.card };
  const ids = await builtIns();
  if (ids && !ids.includes(modelId)) return { status: 'deleted' };
  return { status: 'built-in', card: await loadCard(modelId).catch(() => undefined) };
}
