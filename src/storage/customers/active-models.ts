/**
 * Which customer models (next-month sales, 14-day purchase) are active, read the same way by the customers
 * worker ("Run forecasts" forecasts with them; a retrain that passes the rule activates its pair) and the page's
 * registry (storage/models/customer-registry.ts): the `models.active.<task>` setting shared with the conversion
 * registry (core/training/active-state.ts), or, before any explicit choice, the models of the newest forecast
 * run. Takes the database, so it works with the worker's connection as with the page's.
 */
import type { LeadLensDb } from '../db';
import { activeSettingKey, asActiveState, pushActive } from '../../core/training/active-state';
import { CUSTOMER_TASKS, type ActiveState, type CustomerTask } from '../../core/training/types';
import type { BlendCardParams, ForecastModelCard } from '../../core/forecast/card';
import { latestForecast, type StoredModel } from './forecast-store';

/** A stored customer model record (forecast-store's StoredModel, with who imported it when it came from a file). */
export interface CustomerModelRecord extends StoredModel { card: ForecastModelCard; createdBy?: string; importedFrom?: string }

async function stateSetting(database: LeadLensDb, task: CustomerTask): Promise<ActiveState | undefined> {
  const row = (await database.settings.get(activeSettingKey(task))) as { value?: unknown } | undefined;
  return asActiveState(row?.value);
}

/** The active state of each task: the setting, or the newest run's model with an empty history; undefined before any. */
export async function customerActiveStates(database: LeadLensDb): Promise<Partial<Record<CustomerTask, ActiveState>>> {
  const [sales, purchase, run] = await Promise.all([stateSetting(database, 'sales'), stateSetting(database, 'purchase'), latestForecast(database)]);
  const implicit = (id: string | undefined): ActiveState | undefined => (id ? { id, history: [] } : undefined);
  return { sales: sales ?? implicit(run?.salesModelId), purchase: purchase ?? implicit(run?.purchaseModelId) };
}

export async function customerCard(database: LeadLensDb, id: string): Promise<ForecastModelCard | undefined> {
  return ((await database.models.get(id)) as CustomerModelRecord | undefined)?.card;
}

/** The ids of a blend's parts (none for a single model). */
export const partIds = (card: ForecastModelCard): string[] => (card.kind === 'blend' ? [...(card.params as BlendCardParams).components] : []);

export interface ActiveCustomerCards {
  sales: ForecastModelCard;
  purchase: ForecastModelCard;
  /** Every card the two need (themselves and their blends' parts), by id. */
  lookup: (id: string) => ForecastModelCard | undefined;
}

/** The active pair with every card it needs, or undefined while a task has no active model yet. */
export async function activeCustomerCards(database: LeadLensDb): Promise<ActiveCustomerCards | undefined> {
  const st = await customerActiveStates(database);
  if (!st.sales || !st.purchase) return undefined;
  const [sales, purchase] = await Promise.all([customerCard(database, st.sales.id), customerCard(database, st.purchase.id)]);
  if (!sales || !purchase) return undefined;
  const need = [...partIds(sales), ...partIds(purchase)];
  const parts = (await database.models.bulkGet(need)) as (CustomerModelRecord | undefined)[];
  const all = new Map<string, ForecastModelCard>([[sales.id, sales], [purchase.id, purchase]]);
  for (const p of parts) if (p) all.set(p.id, p.card);
  return { sales, purchase, lookup: (id) => all.get(id) };
}

/** Makes a retrained pair active (with rollback history), as the Models panel's Activate does. */
export async function activateCustomerPair(database: LeadLensDb, ids: Record<CustomerTask, string>, before: Partial<Record<CustomerTask, ActiveState>>): Promise<void> {
  const rows = CUSTOMER_TASKS.map((task) => {
    const prev = before[task];
    return { key: activeSettingKey(task), value: prev ? pushActive(prev, ids[task]) : { id: ids[task], history: [] }, updatedAt: Date.now() };
  });
  await database.settings.bulkPut(rows);
}
