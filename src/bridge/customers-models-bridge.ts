/**
 * Page side of the customer models (Models panel, issue #12): status and "Retrain now" run in the customers
 * worker (bridge/customers-bridge.ts); roles are checked here, in the data API — an analyst's call is refused and
 * the refusal audited (storage/session) — and every retrain is audited with both models' figures and the
 * activation decision. The on-open schedule check lives here too, so the app shell stays one line.
 */
import { proxy } from 'comlink';
import { bridge } from './customers-bridge';
import type { CustomerProgress } from './customers-contract';
import type { CustomerModelInfo, CustomerModelsStatus, RetrainOutcome } from './customers-retrain-contract';
import { scheduledRetrain, type ScheduleReason } from '../core/forecast/retrain-rule';
import { logAudit } from '../storage/audit-repo';
import { currentSession, requireAdmin, type Session } from '../storage/session';
import { getRetrainSchedule } from '../storage/models/customer-schedule';
import { markBusy } from '../pwa/busy';
import { runForecasts } from './customers-bridge';
import type { ForecastSummary } from './customers-forecast-contract';
import { activateCustomerModel, rollbackCustomerModel, deleteCustomerModel, exportCustomerModel, importCustomerModel } from '../storage/models/customer-registry';
import type { CustomerTask } from '../core/training/types';

export function customerModelsStatus(session?: Session): Promise<CustomerModelsStatus> {
  requireAdmin(session, 'models.customers.read');
  return bridge.call((api) => api.customerModels());
}

type Detail = Record<string, string | number | boolean>;

/** "sales.r2" → 0.21 …: a model's id and figures flattened for the audit log. */
function figures(prefix: string, m: CustomerModelInfo | undefined): Detail {
  if (!m) return {};
  const out: Detail = { [`${prefix}.id`]: m.id };
  for (const [k, v] of Object.entries(m.metrics)) if (['r2', 'mse', 'mae', 'rocAuc', 'prAuc', 'brier', 'logLoss', 'baseRate'].includes(k)) out[`${prefix}.${k}`] = v;
  return out;
}

export async function retrainCustomerModels(session: Session | undefined, trigger: 'manual' | 'schedule', onProgress: (p: CustomerProgress) => void, signal?: AbortSignal): Promise<RetrainOutcome> {
  const s = requireAdmin(session, 'models.customers.retrain');
  const done = markBusy('retrain');
  let r: RetrainOutcome;
  try {
    r = await bridge.call((api) => api.retrainCustomerModels(proxy(onProgress)), signal);
  } finally { done(); }
  const d = r.decision;
  const both = { ...figures('old.sales', r.previous?.sales), ...figures('old.purchase', r.previous?.purchase), ...figures('new.sales', r.next.sales), ...figures('new.purchase', r.next.purchase) };
  await logAudit('retrain', { what: 'customer-models', trigger, asOfDay: r.summary.asOfDay, clients: r.summary.clients, ...both }, s.userId);
  await logAudit('activate', {
    what: 'customer-models', trigger, activated: d.activate, sales: d.sales, purchase: d.purchase,
    rule: 'sales R2 >= old - 0.02; purchase ROC AUC >= old - 0.01 and log-loss skill >= old - 0.02',
    ...(d.activate ? { runId: r.summary.runId } : {}), ...both,
  }, s.userId);
  return r;
}

/** On app open (admins): retrains when the schedule says so; otherwise returns why not. */
export async function retrainIfDue(session: Session | undefined, onProgress: (p: CustomerProgress) => void, now = Date.now()): Promise<{ reason: ScheduleReason; outcome?: RetrainOutcome }> {
  const schedule = await getRetrainSchedule();
  if (!schedule.enabled) return { reason: 'off' };
  const st = await customerModelsStatus(session);
  const trained = [st.active?.sales?.trainedAt, st.active?.purchase?.trainedAt].filter((x): x is string => !!x).map((x) => Date.parse(x));
  const decision = scheduledRetrain({
    schedule, now, lastOrderDay: st.lastOrderDay,
    activeTrainedAt: trained.length ? Math.min(...trained) : undefined,
    activeDataBeforeDay: st.active?.asOfDay,
  });
  if (!decision.retrain) return { reason: decision.reason };
  return { reason: decision.reason, outcome: await retrainCustomerModels(session, 'schedule', onProgress) };
}

/**
 * Activate or roll back a customer model (admin only, audited by the registry), then forecast with the new active
 * pair so the Clients screen's numbers come from it (the run records both ids).
 */
export async function switchCustomerModel(session: Session | undefined, change: { activate: string } | { rollback: CustomerTask }, onProgress: (p: CustomerProgress) => void = () => {}, signal?: AbortSignal): Promise<ForecastSummary> {
  if ('activate' in change) await activateCustomerModel(session, change.activate);
  else await rollbackCustomerModel(session, change.rollback);
  return runForecasts({}, onProgress, signal);
}

/** Data API for tests and power users (`?api`, as storage/auth-api.ts): the same role checks, no backdoor. */
if (typeof location !== 'undefined' && new URLSearchParams(location.search).has('api')) {
  (globalThis as unknown as { leadlensCustomerModels: unknown }).leadlensCustomerModels = {
    status: () => customerModelsStatus(currentSession()),
    retrain: () => retrainCustomerModels(currentSession(), 'manual', () => {}),
    activate: (id: string) => switchCustomerModel(currentSession(), { activate: id }),
    rollback: (task: CustomerTask) => switchCustomerModel(currentSession(), { rollback: task }),
    delete: (id: string) => deleteCustomerModel(currentSession(), id),
    export: (id: string) => exportCustomerModel(currentSession(), id),
    import: (text: string) => importCustomerModel(currentSession(), text),
  };
}
