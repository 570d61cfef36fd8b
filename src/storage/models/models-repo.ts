/**
 * The model registry in IndexedDB: browser-trained and imported models live in the `models` table (one
 * record each: card + weights + checksum), which model scores each task is a settings record
 * (`models.active.<task>`: { id, history } so a rollback returns to the previous active model). Built-in
 * models from models/artifacts are not stored: callers pass them in (they are listed, activatable, never
 * deleted). Every change is admin-only, enforced here with requireAdmin, and goes to the audit log.
 */
import type { ModelCard } from '../../core/card/types';
import { exportModelFile, ModelFileError, parseModelFile } from '../../core/training/model-file';
import { activeSettingKey as ACTIVE_KEY, asActiveState, pushActive } from '../../core/training/active-state';
import type { ActiveState, ModelTask, RegistryModel } from '../../core/training/types';
import { logAudit } from '../audit-repo';
import { db } from '../db';
import { requireAdmin, type Session } from '../session';
import { getSetting, setSetting } from '../settings-repo';

export class RegistryError extends Error {
  constructor(readonly code: 'not_found' | 'built_in' | 'is_active' | 'no_previous' | 'exists' | 'worse', message: string) {
    super(`[${code}] ${message}`);
    this.name = 'RegistryError';
  }
}

/** Audit details are flat; metric sets are flattened to "prefix.key" numbers. */
export type AuditDetail = Record<string, string | number | boolean>;

export async function listStoredModels(task?: ModelTask): Promise<RegistryModel[]> {
  const rows = (await db().models.orderBy('createdAt').reverse().toArray()) as unknown as RegistryModel[];
  return task ? rows.filter((m) => m.task === task) : rows;
}

export async function getStoredModel(id: string): Promise<RegistryModel | undefined> {
  return (await db().models.get(id)) as unknown as RegistryModel | undefined;
}

/** The active state of a task, or undefined while the built-in champion scores it (nothing chosen yet). */
export async function getActiveState(task: ModelTask): Promise<ActiveState | undefined> {
  return asActiveState(await getSetting<unknown>(ACTIVE_KEY(task), undefined));
}

/** The active id of a task (`fallback`, the built-in champion, when nothing was chosen). */
export async function activeModelId(task: ModelTask, fallback: string): Promise<string> {
  return (await getActiveState(task))?.id ?? fallback;
}

/** Stores a newly trained candidate (not active yet). */
export async function saveCandidate(session: Session | undefined, m: RegistryModel, detail: AuditDetail = {}): Promise<void> {
  const s = requireAdmin(session, 'models.train');
  if (m.builtIn) throw new RegistryError('built_in', 'Built-in models are not stored');
  if (await getStoredModel(m.id)) throw new RegistryError('exists', `A model with id ${m.id} already exists`);
  await db().models.add({ ...m, createdBy: m.createdBy || s.userId } as unknown as Record<string, unknown>);
  await logAudit('retrain', { modelId: m.id, kind: m.kind, task: m.task, ...detail }, s.userId);
}

async function known(id: string, builtIns: readonly string[]): Promise<boolean> {
  return builtIns.includes(id) || (await getStoredModel(id)) !== undefined;
}

/** Makes `id` the active model of `task`; `champion` is the implicit active one before any choice. */
export async function activateModel(session: Session | undefined, task: ModelTask, id: string, opts: { champion: string; builtIns: readonly string[]; detail?: AuditDetail }): Promise<ActiveState> {
  const s = requireAdmin(session, 'models.activate');
  if (!(await known(id, opts.builtIns))) throw new RegistryError('not_found', `No model ${id}`);
  const prev = (await getActiveState(task)) ?? { id: opts.champion, history: [] };
  if (prev.id === id) return prev;
  const next = pushActive(prev, id);
  await setSetting(ACTIVE_KEY(task), next);
  await logAudit('activate', { task, modelId: id, previous: prev.id, ...opts.detail }, s.userId);
  return next;
}

/** Returns to the previously active model (skipping ones deleted since). */
export async function rollbackModel(session: Session | undefined, task: ModelTask, builtIns: readonly string[]): Promise<ActiveState> {
  const s = requireAdmin(session, 'models.rollback');
  const cur = await getActiveState(task);
  const history = [...(cur?.history ?? [])];
  let prev: string | undefined;
  while (history.length && !(await known((prev = history.pop()!), builtIns))) prev = undefined;
  if (!cur || prev === undefined) throw new RegistryError('no_previous', 'There is no previous model to return to');
  const next: ActiveState = { id: prev, history };
  await setSetting(ACTIVE_KEY(task), next);
  await logAudit('activate', { task, modelId: prev, previous: cur.id, rollback: true }, s.userId);
  return next;
}

/** Deletes a stored model: never a built-in one, never the active one, never one in `inUse` (e.g. a part of the active blend). */
export async function deleteModel(session: Session | undefined, id: string, champion: string, inUse: readonly string[] = []): Promise<void> {
  const s = requireAdmin(session, 'models.delete');
  const m = await getStoredModel(id);
  if (!m) throw new RegistryError(id === champion ? 'built_in' : 'not_found', id === champion ? 'Built-in models cannot be deleted' : `No model ${id}`);
  if ((await activeModelId(m.task, champion)) === id || inUse.includes(id)) throw new RegistryError('is_active', 'The active model cannot be deleted: activate another one first');
  await db().models.delete(id);
  await logAudit('delete', { what: 'model', modelId: id, task: m.task }, s.userId);
}

/** One file (card + weights + checksum) for a stored model. */
export async function exportModel(session: Session | undefined, id: string): Promise<{ name: string; text: string }> {
  const s = requireAdmin(session, 'models.export');
  const m = await getStoredModel(id);
  if (!m) throw new RegistryError('not_found', `No model ${id}`);
  await logAudit('export', { what: 'model', modelId: id }, s.userId);
  return { name: `${id}.leadlens-model.json`, text: exportModelFile(m) };
}

/** Imports a model file after all checks; a bad file throws ModelFileError and changes nothing. */
export async function importModel(session: Session | undefined, text: string, current: ModelCard, builtIns: readonly string[]): Promise<RegistryModel> {
  const s = requireAdmin(session, 'models.import');
  const m = await parseModelFile(text, current);
  if (builtIns.includes(m.id)) throw new ModelFileError('built_in', `${m.id} is a built-in model`);
  if (await getStoredModel(m.id)) throw new RegistryError('exists', `A model with id ${m.id} already exists`);
  await db().models.add({ ...m } as unknown as Record<string, unknown>);
  await logAudit('import', { what: 'model', modelId: m.id, kind: m.kind }, s.userId);
  return m;
}
