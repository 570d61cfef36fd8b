/**
 * `npm run bench` only: times in-browser training on N labelled rows generated inside the worker (the app's
 * demo-lead generator for inputs, outcomes drawn from the built-in champion's probabilities), so the page
 * ships no big file and the figure is the training itself: fit time, plus the card build (calibration,
 * thresholds, deciles, metrics) separately. Same trainers and settings as the Models screen.
 */
import type { ModelCard } from '../../core/card/types';
import { prng, demoLead } from '../../core/demo/demo-leads';
import { featureRow } from '../../core/features';
import { buildCandidate } from '../../core/training/candidate';
import { stratifiedSplit, type TrainingSet } from '../../core/training/dataset';
import { sigmoid } from '../../core/training/runners';
import { loadTrees, predictMargin, type TreesDoc } from '../../core/treeshap';
import { validateRow } from '../../core/validate';
import type { CandidateKind } from '../../bridge/training-contract';
import { fitCandidate, type TrainingDeps } from './service';

export interface TrainBench { kind: CandidateKind; rows: number; generateMs: number; fitMs: number; cardMs: number; steps: number; validAuc: number; params: Record<string, string | number> }

export function labelledSet(card: ModelCard, trees: TreesDoc, n: number, seed = 7): TrainingSet {
  const rnd = prng(seed);
  const ens = loadTrees(trees);
  const F = card.features.length;
  const x = new Float64Array(n * F);
  const y = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const v = validateRow(card, demoLead(card, i, rnd), i + 1);
    if (!v.ok) throw new Error('demo lead rejected');
    const row = featureRow(card, v.values);
    x.set(row, i * F);
    y[i] = rnd() < sigmoid(predictMargin(ens, Float32Array.from(row))) ? 1 : 0;
  }
  let positives = 0;
  for (let i = 0; i < n; i++) positives += y[i];
  return { x, features: F, y, valid: stratifiedSplit(y), split: 'stratified', rows: n, positives, negatives: n - positives, errors: [], invalidRows: 0, unlabelled: 0 };
}

export async function benchTraining(kind: CandidateKind, n: number, card: ModelCard, trees: TreesDoc, deps: TrainingDeps, tfjsBase: string): Promise<TrainBench> {
  const t0 = performance.now();
  const set = labelledSet(card, trees, n);
  const t1 = performance.now();
  const fitted = await fitCandidate(kind, set, card.features.map((f) => f.name), {}, deps, tfjsBase);
  const t2 = performance.now();
  const cand = await buildCandidate(card, fitted.weights, set, { id: `bench-${kind}`, algorithm: fitted.algorithm, createdBy: 'bench', createdAt: 0, dataSummary: '', dataSha256: '', params: fitted.params });
  const t3 = performance.now();
  const auc = (cand.model.card.metrics.validation as { raw: { rocAuc: number } }).raw.rocAuc;
  return { kind, rows: n, generateMs: t1 - t0, fitMs: t2 - t1, cardMs: t3 - t2, steps: fitted.history.length, validAuc: auc, params: fitted.params };
}
