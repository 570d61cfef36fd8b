/**
 * The control group: a seeded random holdout of the chosen leads (mulberry32 + Fisher–Yates), so the same
 * plan ID and seed always give the same treated and control lists, and the split is recorded with the plan.
 */

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
