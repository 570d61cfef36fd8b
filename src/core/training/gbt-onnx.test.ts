// The TypeScript boosted trees against an independent evaluator: the trees are exported to ONNX by the Python
// pipeline's own exporter (tests/golden/trees_to_onnx.py) and scored by onnxruntime-node; the app's scoring
// (TreeSHAP's traversal, runners.ts) must agree to float32 precision, including rows exactly on thresholds.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as ort from 'onnxruntime-node';
import { prng } from '../demo/demo-leads';
import { explain, loadTrees } from '../treeshap';
import { fastAuc, fitGbt } from './gbt';
import { rocAuc } from '../metrics';
import { predictMatrix } from './runners';

const PY = '/usr/bin/python3';
const hasPython = existsSync(PY) && (() => { try { execFileSync(PY, ['-c', 'import onnx, numpy']); return true; } catch { return false; } })();

function synthetic(n: number, F: number, seed: number): { x: Float64Array; y: Uint8Array } {
  const r = prng(seed);
  const x = new Float64Array(n * F);
  const y = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < F; j++) x[i * F + j] = j === 3 ? Math.floor(r() * 4) : r() * 10 - 2;
    const m = 0.8 * (x[i * F] > 3 ? 1 : -1) + 0.5 * x[i * F + 1] * (x[i * F + 2] > 1 ? 1 : 0) - 0.6 * x[i * F + 3] + (r() - 0.5);
    y[i] = r() < 1 / (1 + Math.exp(-m)) ? 1 : 0;
  }
  return { x, y };
}

describe('fastAuc', () => {
  it('equals the sklearn-compatible rocAuc, ties included', () => {
    const r = prng(5);
    const y = Uint8Array.from({ length: 2000 }, () => (r() < 0.7 ? 1 : 0));
    const s = Float64Array.from(y, (v) => Math.round((r() + v * 0.3) * 20) / 20);
    expect(fastAuc(y, s)).toBeCloseTo(rocAuc(y, s), 12);
  });
});

describe.skipIf(!hasPython)('boosted trees vs ONNX Runtime (independent evaluation)', () => {
  it('gives the same probabilities as the ONNX TreeEnsemble built by the Python exporter', async () => {
    const F = 6;
    const tr = synthetic(3000, F, 1);
    const va = synthetic(1000, F, 2);
    const names = Array.from({ length: F }, (_, j) => `f${j}`);
    const r = fitGbt(tr.x, tr.y, va.x, va.y, F, names, { maxDepth: 3, maxRounds: 60, patience: 20, subsample: 0.8, colsample: 0.8 });
    // Test rows: the validation rows plus rows sitting exactly on every split threshold.
    const onThr: number[] = [];
    for (const t of r.trees.trees) for (const nd of t.nodes) if (nd.left >= 0) { const row = va.x.slice(0, F); row[nd.feature!] = nd.threshold!; onThr.push(...row); }
    const x = Float64Array.from([...va.x, ...onThr]);
    const n = x.length / F;
    const ours = predictMatrix({ kind: 'gbt', trees: r.trees }, x, n, F);
    // The margins training kept on binned rows (sibling-subtracted histograms, trees applied by bin) rank the
    // validation rows exactly as the stored trees do.
    expect(rocAuc(va.y, ours.subarray(0, 1000))).toBeCloseTo(r.history[r.bestRound - 1].validMetric, 9);
    const dir = mkdtempSync(join(tmpdir(), 'gbt-onnx-'));
    try {
      writeFileSync(join(dir, 'trees.json'), JSON.stringify(r.trees));
      execFileSync(PY, [new URL('../../../tests/golden/trees_to_onnx.py', import.meta.url).pathname, join(dir, 'trees.json'), join(dir, 'm.onnx')]);
      const session = await ort.InferenceSession.create(readFileSync(join(dir, 'm.onnx')));
      const out = await session.run({ input: new ort.Tensor('float32', Float32Array.from(x), [n, F]) }, ['probabilities']);
      const p = out.probabilities.data as Float32Array;
      let worst = 0;
      for (let i = 0; i < n; i++) worst = Math.max(worst, Math.abs(p[i * 2 + 1] - ours[i]));
      console.log(`${r.trees.trees.length} trees, ${n} rows (${onThr.length / F} on thresholds): max |ORT − ours| = ${worst.toExponential(2)}`);
      expect(worst).toBeLessThan(1e-6);
      // TreeSHAP explains the same margin (local accuracy).
      const ens = loadTrees(r.trees);
      const e = explain(ens, Float32Array.from(x.subarray(0, F)));
      expect(1 / (1 + Math.exp(-e.margin))).toBeCloseTo(ours[0], 6);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
