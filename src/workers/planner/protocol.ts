/**
 * The planner worker's Comlink API (implemented by planner.worker.ts, called through
 * src/bridge/planner-bridge.ts). The worker holds one source's leads ranked by score, so the page never
 * sorts or scans a million scores: each change of the economics is one `plan` call answered with a curve of
 * at most a few hundred points.
 */
import type { ProfitPlan, Economics } from '../../core/planner/profit';
import type { TopSplit } from '../../core/planner/rank';

/** A run's scores (read in the worker) or scores the page already holds (the leads scored one by one). */
export type PlannerInput = { runId: string } | { score: Float32Array; keys: Uint32Array };

export interface PlannerWorkerApi {
  /** Ranks the source's leads by score and keeps them for the calls below; resolves to the number of leads. */
  open(input: PlannerInput): Promise<number>;
  /** Expected profit curve and recommended cut-off on the open source. */
  plan(e: Economics): ProfitPlan;
  /** The best `k` leads split into treated and a seeded control holdout. */
  split(k: number, share: number, seed: number, e: Economics): TopSplit;
}
