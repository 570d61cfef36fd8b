// The pruned cut-pair search returns exactly the pair of the exhaustive O(K²) search it replaced (kept here as
// the reference): shipped cards' validation scores, random scores with many ties, nearly pure tails, tiny sets.
import { describe, expect, it } from 'vitest';
import { prng } from '../demo/demo-leads';
import { candidateCuts } from './band-search';
import { tierBands } from './bands';
import { haveArtifacts, loadFixture } from '../../../tests/unit/helpers/artifacts';

/** The previous search of tierBands, verbatim: every feasible pair, first maximum wins. */
function exhaustive(scores: ArrayLike<number>, labels: ArrayLike<number>, minShare = 0.1): { low: number; high: number } | null {
  const { n, cum, below, cuts } = candidateCuts(scores, labels);
  const m = Math.ceil(minShare * n - 1e-9);
  let best = -Infinity; let bi = -1; let bj = -1;
  for (let i = 0; i < cuts.length; i++) {
    const a = below[i];
    if (a < m) continue;
    const pl = cum[a];
    for (let j = i + 1; j < cuts.length; j++) {
      const b = below[j];
      if (b - a < m || n - b < m) continue;
      const pm = cum[b] - cum[a];
      const ph = cum[n] - cum[b];
      const v = (pl * pl) / a + (pm * pm) / (b - a) + (ph * ph) / (n - b);
      if (v > best) { best = v; bi = i; bj = j; }
    }
  }
  return bi < 0 ? null : { low: cuts[bi], high: cuts[bj] };
}

function same(s: ArrayLike<number>, y: ArrayLike<number>, minShare = 0.1): void {
  const want = exhaustive(s, y, minShare);
  if (want === null) expect(() => tierBands(s, y, minShare)).toThrow();
  else expect(tierBands(s, y, minShare)).toEqual(want);
}

describe('pruned tier-band search', () => {
  it.skipIf(!haveArtifacts)('equals the exhaustive search on the shipped cards validation scores', () => {
    const fx = loadFixture();
    for (const id of fx.modelIds) same(fx.validation[id].score, fx.validation[id].label);
  });

  it('equals the exhaustive search on random sets (ties, skewed rates, pure tails, small n, other shares)', () => {
    const r = prng(11);
    for (let t = 0; t < 300; t++) {
      const n = 10 + Math.floor(r() * (t < 250 ? 150 : 1500));
      const levels = 2 + Math.floor(r() * (t % 3 === 0 ? 8 : n));
      const rate = [0.05, 0.5, 0.88, 0.97][t % 4];
      const s: number[] = []; const y: number[] = [];
      for (let i = 0; i < n; i++) {
        const q = Math.floor(r() * levels) / levels;
        s.push(q);
        // Pure tails on some sets: the lowest fifth never converts, the top fifth always does.
        const p = t % 5 === 0 ? (q < 0.2 ? 0 : q >= 0.8 ? 1 : rate) : Math.min(1, rate * (0.5 + q));
        y.push(r() < p ? 1 : 0);
      }
      same(s, y, [0.1, 0.2, 0.05, 0][t % 4]);
    }
  });
});
