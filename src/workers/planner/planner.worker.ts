/**
 * The planner worker: reads a run's million scores with Dexie opened here, ranks them once, and answers each
 * change of the campaign economics with the profit curve and cut-off, and a save with the seeded holdout
 * split, so the planner page never holds a main-thread task over 100 ms whatever the run's size.
 */
import { expose } from 'comlink';
import { planProfit } from '../../core/planner/profit';
import { rankDesc, splitTop, type Ranked } from '../../core/planner/rank';
import { runScores } from '../../storage/planner/run-scores';
import type { PlannerWorkerApi } from './protocol';

/** Points on the profit curve the page draws: a smooth line, and a chart draw that stays a short task. */
const CURVE_POINTS = 200;

let ranked: Ranked | undefined;
let opening = 0;

function open(): Ranked {
  if (!ranked) throw new Error('No planner source is open');
  return ranked;
}

const api: PlannerWorkerApi = {
  async open(input) {
    const mine = ++opening; // a later open (the user picked another source) wins over a slower earlier one
    ranked = undefined;
    const score = 'runId' in input ? await runScores(input.runId) : input.score;
    const keys = 'runId' in input ? Uint32Array.from({ length: score.length }, (_, i) => i) : input.keys;
    const r = rankDesc(score, keys);
    if (mine === opening) ranked = r;
    return r.desc.length;
  },
  plan: (e) => planProfit(open().desc, e, CURVE_POINTS),
  split: (k, share, seed, e) => splitTop(open(), k, share, seed, e),
};

expose(api);
