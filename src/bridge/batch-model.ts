/**
 * Which model a batch run scores with (issue #12): the registry's active conversion model, as for single leads —
 * a browser-trained or imported model (its card + weights, checksum re-verified in the batch workers), a
 * built-in model other than the champion (its own card and ONNX file), or the champion when nothing else was
 * activated. Chosen once when a run starts; the run records the card's modelId.
 */
import { parseCard } from '../core/card/load';
import type { ModelCard } from '../core/card/types';
import type { StoredScoringModel } from './contracts';

/** The registry's answer (same shape as the scoring bridge's resolver). */
export type ModelResolver = () => Promise<{ modelId?: string; stored?: StoredScoringModel } | undefined>;

export interface BatchModel { card: ModelCard; modelUrl: string; stored?: StoredScoringModel }

const registryResolver: ModelResolver = async () => (await import('../storage/models/active-source')).resolveScoringModel();

export async function activeBatchModel(champion: () => Promise<ModelCard>, modelsBase: string, resolve: ModelResolver = registryResolver, fetchJson = async (url: string): Promise<unknown> => (await fetch(url)).json()): Promise<BatchModel> {
  const active = await resolve();
  const base = await champion();
  if (active?.stored) {
    const card = parseCard(active.stored.card);
    return { card, modelUrl: new URL(base.onnx.file, modelsBase).href, stored: active.stored };
  }
  const card = !active?.modelId || active.modelId === base.modelId ? base : parseCard(await fetchJson(new URL(`${active.modelId}.card.json`, modelsBase).href));
  return { card, modelUrl: new URL(card.onnx.file, modelsBase).href };
}
