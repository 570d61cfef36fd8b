/**
 * The Models panel's customer models in the customers worker: what is active (the newest forecast run's models
 * and their cards) and "Retrain now" — the whole forecasting engine refitted on the current data (BG/NBD ×
 * Gamma-Gamma, the regressions, the blends; backtest on the latest complete month), then the activation rule of
 * core/forecast/retrain-rule.ts decides, before anything is stored, whether the new run replaces the active one.
 * A kept-old retrain stores its cards (listed in the registry) but no forecasts; an activated one also becomes the
 * registry's active pair (with rollback history, storage/customers/active-models.ts).
 */
import type { LeadLensDb } from '../../storage/db';
import type { CustomerProgress } from '../../bridge/customers-contract';
import type { ForecastModelSummary } from '../../bridge/customers-forecast-contract';
import type { CustomerModelInfo, CustomerModelsStatus, RetrainOutcome } from '../../bridge/customers-retrain-contract';
import type { ForecastModelCard } from '../../core/forecast/card';
import { retrainDecision } from '../../core/forecast/retrain-rule';
import { activateCustomerPair, customerActiveStates } from '../../storage/customers/active-models';
import type { ForecastSummary } from '../../bridge/customers-forecast-contract';
import type { StoredModel } from '../../storage/customers/forecast-store';
import { ORDER_SCHEMA, readLines } from '../../storage/customers/line-chunks';
import { runForecastJob } from './forecast-job';

function info(card: ForecastModelCard | undefined): CustomerModelInfo | undefined {
  if (!card) return undefined;
  const { id, task, kind, trainedAt, trainingCutoffDay, trainingRows, metrics } = card;
  return { id, task, kind, trainedAt, trainingCutoffDay, trainingRows, metrics };
}

async function storedCard(database: LeadLensDb, id: string): Promise<CustomerModelInfo | undefined> {
  const m = (await database.models.get(id)) as StoredModel | undefined;
  return info(m?.card as ForecastModelCard | undefined);
}

async function lastOrderDay(database: LeadLensDb): Promise<number | undefined> {
  const day = (await readLines(database, ORDER_SCHEMA)).cols.day as Int32Array;
  let last = -Infinity;
  for (let i = 0; i < day.length; i++) if (day[i] > last) last = day[i];
  return Number.isFinite(last) ? last : undefined;
}

/** The newest run that fitted models (not one that only applied the active ones): its as-of day bounds their data. */
async function latestFittedRun(database: LeadLensDb): Promise<ForecastSummary | undefined> {
  const runs = (await database.forecastRuns.orderBy('createdAt').reverse().toArray()) as unknown as ForecastSummary[];
  return runs.find((r) => r.source !== 'active');
}

/** The active models (registry setting, else the newest run's), with the candidates and as-of day of the newest fitting run. */
export async function customerModelsStatus(database: LeadLensDb): Promise<CustomerModelsStatus> {
  const [run, last, states] = await Promise.all([latestFittedRun(database), lastOrderDay(database), customerActiveStates(database)]);
  if (!run) return { lastOrderDay: last };
  const [sales, purchase] = await Promise.all([states.sales && storedCard(database, states.sales.id), states.purchase && storedCard(database, states.purchase.id)]);
  return { active: { runId: run.runId, asOfDay: run.asOfDay, sales, purchase, candidates: run.models as ForecastModelSummary[] }, lastOrderDay: last };
}

/** Refits every customer model on the current data; the new run becomes active only if the rule allows it. */
export async function retrainJob(database: LeadLensDb, onProgress: (p: CustomerProgress) => void): Promise<RetrainOutcome> {
  const [before, states] = await Promise.all([customerModelsStatus(database), customerActiveStates(database)]);
  const previous = before.active ? { sales: before.active.sales, purchase: before.active.purchase } : undefined;
  let outcome: Omit<RetrainOutcome, 'summary'> | undefined;
  const summary = await runForecastJob(database, {}, onProgress, (s, models) => {
    const card = (id: string) => info(models.find((m) => m.id === id)?.card as ForecastModelCard | undefined);
    const next = { sales: card(s.salesModelId), purchase: card(s.purchaseModelId) };
    const decision = retrainDecision({ sales: previous?.sales?.metrics, purchase: previous?.purchase?.metrics }, { sales: next.sales?.metrics, purchase: next.purchase?.metrics });
    outcome = { decision, previous, next };
    return decision.activate;
  });
  if (!outcome) throw new Error('retrain: the forecast job returned without a decision');
  if (outcome.decision.activate) await activateCustomerPair(database, { sales: summary.salesModelId, purchase: summary.purchaseModelId }, states);
  return { ...outcome, summary };
}
