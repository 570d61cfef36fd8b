/**
 * Key/value app settings in IndexedDB (the `settings` table), behind typed getters so screens never
 * touch Dexie. Holds the active threshold scenario now; other features (storage, security) add their
 * own keys here with their own typed accessors.
 */
import type { ThresholdScenario } from '../core/card/types';
import { db } from './db';

export type ScenarioId = ThresholdScenario['id'];
const SCENARIOS: readonly ScenarioId[] = ['best_f1', 'high_precision', 'high_recall', 'default'];

interface SettingRow { key: string; value: unknown; updatedAt: number }

/** A raw setting value, or `fallback` when unset. */
export async function getSetting<T>(key: string, fallback: T): Promise<T> {
  const row = (await db().settings.get(key)) as SettingRow | undefined;
  return row === undefined ? fallback : (row.value as T);
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  const row: SettingRow = { key, value, updatedAt: Date.now() };
  await db().settings.put({ ...row });
  notify(key);
}

export async function removeSetting(key: string): Promise<void> {
  await db().settings.delete(key);
  notify(key);
}

const ACTIVE_SCENARIO = 'scoring.activeScenario';

/** The user's chosen threshold scenario, or undefined to use the model card's own active scenario. */
export async function getActiveScenario(): Promise<ScenarioId | undefined> {
  const v = await getSetting<unknown>(ACTIVE_SCENARIO, undefined);
  return typeof v === 'string' && (SCENARIOS as readonly string[]).includes(v) ? (v as ScenarioId) : undefined;
}

export async function setActiveScenario(id: ScenarioId | undefined): Promise<void> {
  if (id === undefined) return removeSetting(ACTIVE_SCENARIO);
  if (!SCENARIOS.includes(id)) throw new Error(`Unknown threshold scenario "${String(id)}"`);
  return setSetting(ACTIVE_SCENARIO, id);
}

/** Resolves the scenario to apply with this card: the user's choice if the card has it, else the card's active one. */
export function resolveScenario(chosen: ScenarioId | undefined, available: readonly { id: ScenarioId }[], cardActive: ScenarioId): ScenarioId {
  return chosen !== undefined && available.some((s) => s.id === chosen) ? chosen : cardActive;
}

type Listener = (key: string) => void;
const listeners = new Set<Listener>();

/** Called after any setting changes in this tab (e.g. the score screen re-reads the scenario). */
export function onSettingChange(fn: Listener): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

function notify(key: string): void {
  for (const fn of listeners) fn(key);
}
