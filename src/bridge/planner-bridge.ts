/**
 * Page side of the planner worker (API: workers/planner/protocol.ts). Opens a source (a run's scores are read
 * in the worker; the leads scored one by one are few and read here), then asks for the profit curve on each
 * change of the economics and for the holdout split on save. The worker keeps the ranked leads between calls,
 * so it is never shut down for idleness: the planner screen closes it when it leaves the page; if it was
 * stopped anyway, the next call opens the source again.
 */
import type { Economics, ProfitPlan } from '../core/planner/profit';
import type { TopSplit } from '../core/planner/rank';
import type { PlanSource } from '../core/planner/types';
import type { PlannerInput, PlannerWorkerApi } from '../workers/planner/protocol';
import { loadCandidates } from '../storage/planner/plans-repo';
import { WorkerBridge, transfer } from './worker-bridge';

export class PlannerClient {
  private readonly bridge = new WorkerBridge<PlannerWorkerApi>(
    () => new Worker(new URL('../workers/planner/planner.worker.ts', import.meta.url), { type: 'module', name: 'planner' }),
    0,
  );
  private source?: PlanSource;
  private opened?: Promise<number>;

  /** Ranks `source`'s leads in the worker; resolves to how many there are. */
  open(source: PlanSource): Promise<number> {
    this.source = source;
    this.opened = (async () => {
      const input: PlannerInput = source.kind === 'run' ? { runId: source.runId } : await loadCandidates(source);
      return this.bridge.call((api) => api.open('runId' in input ? input : transfer(input, [input.score.buffer, input.keys.buffer])));
    })();
    return this.opened;
  }

  async plan(e: Economics): Promise<ProfitPlan> {
    await this.ready();
    return this.bridge.call((api) => api.plan(e));
  }

  async split(k: number, share: number, seed: number, e: Economics): Promise<TopSplit> {
    await this.ready();
    return this.bridge.call((api) => api.split(k, share, seed, e));
  }

  /** Frees the worker and the ranked leads it holds. */
  close(): void {
    this.bridge.terminate();
    this.opened = undefined;
  }

  private async ready(): Promise<void> {
    if (!this.source) throw new Error('No planner source is open');
    if (this.opened) {
      await this.opened;
      if (this.bridge.running) return;
    }
    await this.open(this.source);
  }
}
