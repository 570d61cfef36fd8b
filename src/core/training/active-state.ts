/**
 * Which model is active per task, as one mechanism for every task (lead conversion and the customer models):
 * the settings key it is stored under and how an activation extends the rollback history. Pure, so the page's
 * registry (storage/models/models-repo.ts) and the customers worker (which activates a retrained pair in the
 * same step as it stores their forecasts) write the same record the same way.
 */
import type { ActiveState, ModelTask } from './types';

export const activeSettingKey = (task: ModelTask): string => `models.active.${task}`;

/** `id` becomes active; the previous one goes on the history (newest last) so a rollback returns to it. */
export function pushActive(prev: ActiveState, id: string): ActiveState {
  return prev.id === id ? prev : { id, history: [...prev.history, prev.id] };
}

/** A stored settings value read back as an ActiveState, or undefined when absent or malformed. */
export function asActiveState(v: unknown): ActiveState | undefined {
  const o = v as Partial<ActiveState> | undefined;
  return o && typeof o.id === 'string' && Array.isArray(o.history) ? (o as ActiveState) : undefined;
}
