/**
 * Turns fitted weights into a registry model whose card reads like a built-in one: the built-in card's fields,
 * features, reference distributions and clusters (one feature pipeline), and its OWN tilted isotonic
 * calibration, threshold scenarios, decile cut points and metrics, all from its validation scores exactly as
 * `npm run train` derives them. Also scores the active model on the same validation rows for the comparison.
 */
import type { ModelCard } from '../card/types';
import { calibrate } from '../decide';
import { referenceFromFeatures } from '../monitoring/drift';
import { loadTrees, predictMargin, type TreesDoc } from '../treeshap';
import { fitTiltedIsotonic } from './calibration';
import type { TrainingSet } from './dataset';
import { decileCuts, thresholdScenarios } from './decisions';
import { cardTiers } from '../tiers/bands';
import { cardMetrics, compareModels, evaluate, type Comparison } from './evaluate';
import { modelChecksum } from './model-file';
import { predictMatrix, sigmoid } from './runners';
import type { ModelWeights, RegistryModel } from './types';

export interface CandidateMeta {
  id: string;
  algorithm: string;
  createdBy: string;
  createdAt: number;
  dataSummary: string;
  dataSha256: string;
  params: Record<string, string | number>;
}

/** The rows of one part of the split (0 train, 1 validation) as a row-major matrix plus labels. */
export function partRows(set: TrainingSet, part: 0 | 1): { x: Float64Array; y: Uint8Array; n: number } {
  let n = 0;
  for (let i = 0; i < set.rows; i++) if (set.valid[i] === part) n++;
  const F = set.features;
  const x = new Float64Array(n * F);
  const y = new Uint8Array(n);
  for (let i = 0, k = 0; i < set.rows; i++) {
    if (set.valid[i] !== part) continue;
    x.set(set.x.subarray(i * F, (i + 1) * F), k * F);
    y[k++] = set.y[i];
  }
  return { x, y, n };
}

/** Validation rows as a row-major matrix plus labels. */
export function validationRows(set: TrainingSet): { x: Float64Array; y: Uint8Array; n: number } {
  return partRows(set, 1);
}

export async function buildCandidate(base: ModelCard, weights: ModelWeights, set: TrainingSet, meta: CandidateMeta): Promise<{ model: RegistryModel; raw: Float64Array; score: Float64Array; y: Uint8Array }> {
  const v = validationRows(set);
  const raw = predictMatrix(weights, v.x, v.n, set.features);
  const calibration = fitTiltedIsotonic(raw, v.y);
  const draft = { ...base, calibration } as ModelCard;
  const score = Float64Array.from(raw, (p) => calibrate(draft, p));
  const thresholds = thresholdScenarios(v.y, score);
  const deciles = { cutPoints: decileCuts(score) };
  const train = partRows(set, 0);
  // Drift bins are frozen from the training rows, in the card's own feature space.
  const driftReference = referenceFromFeatures(base, train.x, train.n);
  const metrics = { ...cardMetrics({ thresholds, deciles }, v.y, raw, score), params: meta.params, split: set.split, driftReference };
  const weightsSum = await modelChecksum(base, weights);
  const card: ModelCard = {
    ...base, modelId: meta.id, cardVersion: '1.0.0', role: 'runner_up', algorithm: meta.algorithm,
    onnx: { file: `${meta.id}.weights.json`, sha256: weightsSum, inputName: 'features', probabilityOutput: 'probability', kind: weights.kind === 'gbt' ? 'tree_ensemble' : 'linear' },
    explain: undefined, calibration, thresholds, deciles, metrics,
    // Its own priority-tier bands from its own validation scores (#13), never the base card's.
    tiers: cardTiers({ segments: base.segments, deciles }, score, v.y),
    training: { dataSha256: meta.dataSha256, rows: { train: set.rows - v.n, valid: v.n }, libraries: { leadlens: 'in-browser training' }, seed: 42 },
  };
  delete card.explain;
  const model: RegistryModel = {
    id: meta.id, task: 'conversion', kind: weights.kind, builtIn: false, card, weights, sha256: await modelChecksum(card, weights),
    createdAt: meta.createdAt, createdBy: meta.createdBy, dataSummary: meta.dataSummary,
  };
  return { model, raw, score, y: v.y };
}

/** How the active model is given to the comparison: stored weights, or a built-in model's trees.json. */
export type ActiveModelInput = { card: ModelCard; weights: ModelWeights } | { card: ModelCard; trees: TreesDoc };

/** The active model's raw and calibrated scores on the validation rows (same features, float32 like scoring). */
export function scoreActive(active: ActiveModelInput, x: Float64Array, n: number, F: number): { raw: Float64Array; score: Float64Array } {
  let raw: Float64Array;
  if ('weights' in active) raw = predictMatrix(active.weights, x, n, F);
  else {
    const ens = loadTrees(active.trees);
    const x32 = Float32Array.from(x);
    raw = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const m = predictMargin(ens, x32.subarray(i * F, (i + 1) * F));
      raw[i] = Math.fround(ens.margin === 'logit' ? sigmoid(m) : m);
    }
  }
  return { raw, score: Float64Array.from(raw, (p) => calibrate(active.card, p)) };
}

/** Candidate vs active on the candidate's validation rows, with the activation rule applied. */
export function compareOnValidation(set: TrainingSet, cand: { model: RegistryModel; raw: Float64Array; score: Float64Array; y: Uint8Array }, active: ActiveModelInput): Comparison {
  const v = validationRows(set);
  const a = scoreActive(active, v.x, v.n, set.features);
  const ce = evaluate(cand.model.card, cand.y, cand.raw, cand.score);
  const ae = evaluate(active.card, v.y, a.raw, a.score);
  return compareModels(v.y, ce, ae, cand.score, a.score);
}
