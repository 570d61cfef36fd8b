/**
 * Benchmark hook for `npm run bench`: exposes `window.__llBench` so the benchmark can time single-lead scoring
 * through the real scoring worker (same bridge, same model, same explanation work as the score screen) without
 * CDP round-trips in the measurement. Loaded only when the URL has `?bench` (see main.ts), in its own chunk.
 */
import { scoring } from '../bridge/scoring-bridge';
import type { RawLead } from '../core/lead';

export interface BenchApi {
  /** Loads the model; resolves with its id. */
  init(): Promise<string>;
  /** Scores `lead` `runs` times one after another; resolves with each call's wall time in ms. */
  time(lead: RawLead, runs: number, explain?: boolean): Promise<number[]>;
}

const api: BenchApi = {
  async init() {
    return (await scoring.init()).modelId;
  },
  async time(lead, runs, explain = true) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const result = await scoring.scoreOne(lead, { explain });
      times.push(performance.now() - start);
      if (!result.ok) throw new Error(`bench lead rejected: ${JSON.stringify(result.errors)}`);
    }
    return times;
  },
};

declare global { interface Window { __llBench?: BenchApi } }
window.__llBench = api;
