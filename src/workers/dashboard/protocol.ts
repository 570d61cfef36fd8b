/**
 * The dashboard worker's Comlink API (implemented by dashboard.worker.ts, called through
 * src/bridge/dashboard-bridge.ts): the model-card reading and input-drift maths the dashboard needs, so the
 * page only ever receives small summaries. `modelsBase` is the absolute URL of the deployment's models folder.
 */
import type { CardSummary } from '../../core/charts/card-summary';
import type { FeatureDrift } from '../../core/monitoring/drift';

export interface DashboardWorkerApi {
  /** What the leads dashboard needs from the card of `modelId` (the built-in champion when omitted). */
  cardSummary(modelsBase: string, modelId?: string): Promise<CardSummary>;
  /** Per-input drift of the newest completed run against its model's training reference (5,000-lead sample). */
  latestDrift(modelsBase: string): Promise<{ runId: string; drift: FeatureDrift[] } | undefined>;
}
