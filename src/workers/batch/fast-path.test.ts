// Issue #15's proof that the fast batch path gives the same answers as the reference path, on a 100k-row
// generated sample: columnar buildChunk + the compiled depth-1 evaluator against the per-row builder +
// ONNX Runtime (onnxruntime-node, the same model file the app ships). Scores within 1e-6 on every row;
// the same decision, decile, tier (segment) and cluster for every row not within 1e-6 of a cut point;
// rows in = scored + invalid. Also: models that are not depth-1 logit ensembles are never compiled.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCard } from '../../core/card/load';
import type { ModelCard } from '../../core/card/types';
import { demoLeadsCsv } from '../../core/demo/demo-leads';
import { readAll } from '../../core/csv/records';
import { buildChunk, buildChunkByRow } from '../../core/csv/chunk-build';
import { decideChunk } from '../../core/csv/aggregates';
import { threshold as thresholdOf } from '../../core/decide';
import { loadTrees } from '../../core/treeshap';
import { compileAdditive } from '../../core/batch/additive-model';
import { createOrtRunner } from '../../cli/ort-runner';
import { COMPILED_TOLERANCE } from './model';

const DIR = new URL('../../../models/artifacts/', import.meta.url);
const read = (f: string): Buffer => readFileSync(new URL(f, DIR));
const cardOf = (id: string): ModelCard => parseCard(JSON.parse(read(`${id}.card.json`).toString('utf8')));
const ROWS = 100_000;

describe('fast batch path vs ONNX Runtime', () => {
  it(`scores ${ROWS.toLocaleString('en')} generated rows like the reference path`, async () => {
    const card = cardOf('conv-xgb-1');
    const text = demoLeadsCsv(card, ROWS, 2026);
    // A few invalid rows too, so rows in = scored + invalid is checked on both paths.
    const all = readAll(text.replace(/\n(DEMO-000(?:123|777|999)),\d+,/g, '\n$1,abc,'), ',');
    const mapping = Object.fromEntries(card.fields.map((f) => [f.name, all.header.indexOf(f.name)]));
    const ctx = { card, mapping, labelColumn: -1, decimalComma: false };
    const rows = all.rows.map((r) => r.cells);
    const fast = buildChunk(ctx, rows, 1);
    const ref = buildChunkByRow(ctx, rows, 1);
    expect(fast.inputs.n + fast.invalidRows).toBe(ROWS);
    expect(fast.invalidRows).toBe(3);
    expect(ref.inputs.n).toBe(fast.inputs.n);
    const n = fast.inputs.n;
    const F = card.features.length;

    const model = compileAdditive(loadTrees(JSON.parse(read(card.explain!.file).toString('utf8'))));
    expect(model).toBeDefined();
    const ort = await createOrtRunner(card, read(card.onnx.file));
    const want = await ort.run(ref.features, n, F);
    await ort.release();
    const got = model!.probabilities(fast.features, n, F);

    const thr = thresholdOf(card);
    const a = decideChunk(card, got, thr);
    const b = decideChunk(card, want, thr);
    const cuts = [thr, ...card.deciles.cutPoints];
    let maxDiff = 0;
    let nearCut = 0;
    for (let i = 0; i < n; i++) {
      maxDiff = Math.max(maxDiff, Math.abs(got[i] - want[i]), Math.abs(a.score[i] - b.score[i]));
      expect(fast.inputs.cluster[i]).toBe(ref.inputs.cluster[i]);
      if (cuts.some((c) => Math.abs(b.score[i] - c) <= 1e-6)) {
        nearCut++;
        continue;
      }
      if (a.predicted[i] !== b.predicted[i] || a.decile[i] !== b.decile[i] || a.segment[i] !== b.segment[i]) {
        throw new Error(`row ${fast.inputs.sourceRows[i]}: decision/decile/tier differ (${got[i]} vs ${want[i]})`);
      }
    }
    console.log(`fast path vs ONNX Runtime on ${n} rows: max |Δ| ${maxDiff.toExponential(2)}, ${nearCut} rows within 1e-6 of a cut point`);
    expect(maxDiff).toBeLessThanOrEqual(COMPILED_TOLERANCE);
  }, 600_000);

  it('compiles only depth-1 logit ensembles (others stay on ONNX Runtime)', () => {
    const hgb = cardOf('conv-hgb-1');
    expect(compileAdditive(loadTrees(JSON.parse(read(hgb.explain!.file).toString('utf8'))))).toBeUndefined();
    const xgb = JSON.parse(read('conv-xgb-1.trees.json').toString('utf8')) as { margin: string };
    expect(compileAdditive(loadTrees({ ...xgb, margin: 'probability' }))).toBeUndefined();
  });
});
