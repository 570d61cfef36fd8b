/**
 * Page side of the dashboard worker (API: workers/dashboard/protocol.ts): the leads dashboard's card summary
 * and the drift flag's figures, each answered from the worker so the page never parses a model card. The
 * worker stops after 30 s idle; its card cache goes with it.
 */
import type { CardSummary } from '../core/charts/card-summary';
import type { FeatureDrift } from '../core/monitoring/drift';
import type { DashboardWorkerApi } from '../workers/dashboard/protocol';
import { WorkerBridge } from './worker-bridge';

const bridge = new WorkerBridge<DashboardWorkerApi>(
  () => new Worker(new URL('../workers/dashboard/dashboard.worker.ts', import.meta.url), { type: 'module', name: 'dashboard' }),
  30_000,
);

const modelsBase = (): string => new URL(`${import.meta.env.BASE_URL}models/`, location.href).href;

/** What the dashboard needs from the card of `modelId` (the built-in champion when omitted). */
export function dashboardCard(modelId?: string): Promise<CardSummary> {
  return bridge.call((api) => api.cardSummary(modelsBase(), modelId));
}

/** Input drift of the newest completed run, or undefined when there is none. */
export function latestDrift(): Promise<{ runId: string; drift: FeatureDrift[] } | undefined> {
  return bridge.call((api) => api.latestDrift(modelsBase()));
}
