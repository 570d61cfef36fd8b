/**
 * The planner's heavy steps on a run's scores, kept pure so the planner worker (workers/planner) runs them off
 * the page and tests run them in Node: rank every lead from highest to lowest score (linear-time radix
 * argsort: a million leads in tens of milliseconds, but still too long for a page task under load), and split
 * the chosen top K into a seeded treated / control holdout with the treated group's expected figures.
 */
import { argsortFloat32 } from '../csv/argsort';
import { splitHoldout } from './holdout';
import { expectedFor, type CutOff, type Economics } from './profit';

/** Scores from highest to lowest with their position keys. */
export interface Ranked { desc: Float32Array; keys: Uint32Array }

/** Ranks `score` (one per lead, non-negative) from highest to lowest, carrying each lead's key along. */
export function rankDesc(score: Float32Array, keys: Uint32Array): Ranked {
  const asc = argsortFloat32(score, Uint32Array.from({ length: score.length }, (_, i) => i));
  const n = asc.length;
  const desc = new Float32Array(n);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    desc[i] = score[asc[n - 1 - i]];
    out[i] = keys[asc[n - 1 - i]];
  }
  return { desc, keys: out };
}

export interface TopSplit {
  /** Lead positions, sorted. */
  treated: Uint32Array;
  control: Uint32Array;
  /** Expected figures for the treated leads only. */
  treatedExpected: CutOff;
}

/** The best `k` leads split into treated and a seeded control holdout of `share`. */
export function splitTop(r: Ranked, k: number, share: number, seed: number, e: Economics): TopSplit {
  const scoreOf = new Map<number, number>();
  for (let i = 0; i < k; i++) scoreOf.set(r.keys[i], r.desc[i]);
  const { treated, control } = splitHoldout(r.keys.slice(0, k), share, seed);
  const treatedScores = Float32Array.from(treated, (key) => scoreOf.get(key) ?? 0);
  return { treated, control, treatedExpected: expectedFor(treatedScores, e) };
}
