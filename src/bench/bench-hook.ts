/**
 * Benchmark hook for `npm run bench`: exposes `window.__llBench` so the benchmark can time single-lead scoring
 * through the real scoring worker (same bridge, same model, same explanation work as the score screen) without
 * CDP round-trips in the measurement. Loaded only when the URL has `?bench` (see main.ts), in its own chunk.
 */
import { scoring } from '../bridge/scoring-bridge';
import type { RawLead } from '../core/lead';
import { parseCard } from '../core/card/load';
import type { TreesDoc } from '../core/treeshap';
import type { CandidateKind } from '../bridge/training-contract';
import { benchmarkTraining } from '../bridge/training-bridge';
import type { TrainBench } from '../workers/training/bench';

export interface BenchApi {
  /** Loads the model; resolves with its id. */
  init(): Promise<string>;
  /** Scores `lead` `runs` times one after another; resolves with each call's wall time in ms. */
  time(lead: RawLead, runs: number, explain?: boolean): Promise<number[]>;
  /** Trains `kind` on `rows` generated labelled rows in the training worker; adds the page's longest task meanwhile. */
  train(kind: CandidateKind, rows: number): Promise<TrainBench & { wallMs: number; longestTaskMs: number; longTasks: number }>;
}

async function champion(): Promise<{ card: ReturnType<typeof parseCard>; trees: TreesDoc }> {
  const base = `${import.meta.env.BASE_URL}models/`;
  const get = async (f: string): Promise<unknown> => (await fetch(base + f)).json();
  const id = ((await get('index.json')) as { champion: string }).champion;
  const card = parseCard(await get(`${id}.card.json`));
  return { card, trees: (await get(card.explain!.file)) as TreesDoc };
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
  async train(kind, rows) {
    const { card, trees } = await champion();
    const tasks: number[] = [];
    const obs = new PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push(e.duration); });
    obs.observe({ type: 'longtask', buffered: false });
    const start = performance.now();
    try {
      const r = await benchmarkTraining(kind, rows, card, trees);
      return { ...r, wallMs: performance.now() - start, longestTaskMs: Math.max(0, ...tasks), longTasks: tasks.length };
    } finally {
      obs.disconnect();
    }
  },
};

declare global { interface Window { __llBench?: BenchApi } }
window.__llBench = api;
