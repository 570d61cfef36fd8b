/**
 * The control group: a seeded random holdout of the chosen leads (mulberry32 + Fisher–Yates), so the same
 * plan ID and seed always give the same treated and control lists, and the split is recorded with the plan.
 */
import { prng } from '../demo/demo-leads';

/** The demo generator's mulberry32: one PRNG for every seeded draw in the app. */
export const mulberry32 = prng;

/** Splits `chosen` (lead positions) into treated and control; control holds round(share × n) leads. Both sorted. */
export function splitHoldout(chosen: Uint32Array, share: number, seed: number): { treated: Uint32Array; control: Uint32Array } {
  const a = Uint32Array.from(chosen);
  const n = a.length;
  const m = Math.min(n, Math.max(0, Math.round(share * n)));
  const rnd = mulberry32(seed);
  for (let i = 0; i < m; i++) {
    const j = i + Math.floor(rnd() * (n - i));
    const t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
  return { control: a.slice(0, m).sort(), treated: a.slice(m).sort() };
}
