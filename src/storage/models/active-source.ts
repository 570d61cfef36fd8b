/**
 * Tells the scoring bridge which model to score with: the registry's active conversion model (a stored
 * model's card + weights, or a built-in id), or the stored model a run was scored with when a screen pins an
 * id (re-scoring a lead of that run). Reading needs no admin role: every user scores with the active model.
 */
import type { StoredScoringModel } from '../../bridge/contracts';
import { getActiveState, getStoredModel } from './models-repo';

export async function resolveScoringModel(pinned?: string): Promise<{ modelId?: string; stored?: StoredScoringModel } | undefined> {
  const id = pinned ?? (await getActiveState('conversion'))?.id;
  if (id === undefined) return undefined;
  const m = await getStoredModel(id);
  if (!m?.weights) return { modelId: id };
  return { modelId: id, stored: { card: m.card, weights: m.weights, sha256: m.sha256 } };
}
