/**
 * The training worker's logic, independent of Comlink so Node tests drive it: reads the labelled CSV into a
 * training set (core/training/dataset.ts), fits the requested candidate with live progress, builds its card
 * (own calibration, thresholds, deciles) and compares it with the active model on the same validation rows.
 */
import { sha256Hex } from '../../core/score';
import { buildCandidate, compareOnValidation, validationRows } from '../../core/training/candidate';
import { buildTrainingSet, columns, parseCsv, TrainingDataError, type TrainingSet } from '../../core/training/dataset';
import { GBT_CANDIDATE, GBT_LARGE, LARGE_ROWS, trainGbt, trainLogistic, type Fitted } from '../../core/training/fit';
import type { FitHooks, RoundPoint } from '../../core/training/gbt';
import type { ModelWeights } from '../../core/training/types';
import type { CandidateKind, TrainOutcome, TrainProgress, TrainRequest } from '../../bridge/training-contract';
import { mlpDefaults, trainMlp } from './mlp';

export interface TrainingDeps {
  /** Loads tfjs with a ready backend (wasm in the worker, cpu in Node tests). */
  loadTf: (tfjsBase: string) => Promise<typeof import('@tensorflow/tfjs')>;
}

const now = (): number => globalThis.performance?.now() ?? Date.now();

/** Planned maximum rounds of the boosted trees for this set (for the progress text). */
function gbtRounds(set: TrainingSet): number {
  return ((set.rows * (1 - set.valid.reduce((a, b) => a + b, 0) / set.rows) > LARGE_ROWS ? GBT_LARGE : GBT_CANDIDATE).maxRounds ?? 0);
}

/** 'wasm+simd', 'wasm' or 'cpu': which tfjs backend trained the MLP (the bench prints it). */
function backendName(tf: typeof import('@tensorflow/tfjs')): string {
  const b = tf.getBackend();
  return b === 'wasm' && tf.env().features.WASM_HAS_SIMD_SUPPORT === true ? 'wasm+simd' : b;
}

/** Fits one candidate kind on a training set (the MLP loads tfjs first). */
export async function fitCandidate(kind: CandidateKind, set: TrainingSet, names: string[], hooks: FitHooks, deps: TrainingDeps, tfjsBase: string): Promise<Fitted<ModelWeights>> {
  if (kind === 'logistic') return trainLogistic(set, names, hooks);
  if (kind === 'gbt') return trainGbt(set, names, hooks);
  const tf = await deps.loadTf(tfjsBase);
  const tr = columns(set, 0);
  const F = set.features;
  const x = new Float64Array(tr.y.length * F);
  tr.cols.forEach((col, j) => col.forEach((v, i) => { x[i * F + j] = v; }));
  const v = validationRows(set);
  const opts = mlpDefaults(tr.y.length);
  const r = await trainMlp(tf, x, tr.y, v.x, v.y, F, opts, hooks);
  return { weights: r.weights, history: r.history, algorithm: `MLP ${opts.hidden.join('-')} (tfjs, early-stopped on validation ROC AUC, best weights restored)`, params: { epochs: r.bestEpoch, hidden: opts.hidden.join('-'), batch: opts.batchSize, backend: backendName(tf) } };
}

export async function runTraining(req: TrainRequest, onProgress: (p: TrainProgress) => void, deps: TrainingDeps): Promise<TrainOutcome> {
  const t0 = now();
  onProgress({ phase: 'reading', step: 0, total: 0, elapsedMs: 0 });
  let set: TrainingSet;
  try {
    set = buildTrainingSet(req.baseCard, parseCsv(req.csvText));
  } catch (e) {
    if (e instanceof TrainingDataError) return { ok: false, code: e.code, detail: e.detail };
    throw e;
  }
  const names = req.baseCard.features.map((f) => f.name);
  const total = req.kind === 'gbt' ? gbtRounds(set) : req.kind === 'mlp' ? mlpDefaults(set.rows).maxEpochs : 1;
  const hooks: FitHooks = {
    onStep: (point: RoundPoint) => onProgress({ phase: 'training', step: point.step, total, point, rows: set.rows, elapsedMs: now() - t0 }),
  };
  onProgress({ phase: 'training', step: 0, total, rows: set.rows, elapsedMs: now() - t0 });
  const fitted = await fitCandidate(req.kind, set, names, hooks, deps, req.tfjsBase);
  onProgress({ phase: 'evaluating', step: total, total, rows: set.rows, elapsedMs: now() - t0 });
  const cand = await buildCandidate(req.baseCard, fitted.weights, set, {
    id: req.newId, algorithm: fitted.algorithm, createdBy: req.createdBy, createdAt: Date.now(),
    dataSummary: `${req.fileName}: ${set.rows} rows (${set.positives} converted, ${set.negatives} not)`,
    dataSha256: await sha256Hex(new TextEncoder().encode(req.csvText)), params: fitted.params,
  });
  const comparison = compareOnValidation(set, cand, req.active);
  const nValid = cand.y.length;
  return {
    ok: true, model: cand.model, comparison, history: fitted.history, split: set.split, dateColumn: set.dateColumn,
    rows: { train: set.rows - nValid, valid: nValid, positives: set.positives, negatives: set.negatives, invalid: set.invalidRows, unlabelled: set.unlabelled },
    errors: set.errors.slice(0, 50), ms: now() - t0,
  };
}
