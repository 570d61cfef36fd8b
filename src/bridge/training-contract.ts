/**
 * Typed Comlink contract of the training worker (src/workers/training.worker.ts): what the page sends to
 * train a conversion candidate and what comes back. Domain types (models, metrics, comparisons) live in
 * src/core/training; this file only adds what crosses the worker boundary.
 */
import type { ModelCard } from '../core/card/types';
import type { ActiveModelInput } from '../core/training/candidate';
import type { SplitKind } from '../core/training/dataset';
import type { Comparison } from '../core/training/evaluate';
import type { RoundPoint } from '../core/training/gbt';
import type { RegistryModel } from '../core/training/types';
import type { TreesDoc } from '../core/treeshap';
import type { RowError } from '../core/validate';
import type { TrainBench } from '../workers/training/bench';

export type CandidateKind = 'logistic' | 'gbt' | 'mlp';

export interface TrainRequest {
  kind: CandidateKind;
  /** The labelled CSV's text (UTF-8 decoded on the page). */
  csvText: string;
  fileName: string;
  /** The built-in card whose fields, features and preprocessing every candidate reuses. */
  baseCard: ModelCard;
  /** The model scoring today, to compare on the same validation rows. */
  active: ActiveModelInput;
  activeId: string;
  newId: string;
  createdBy: string;
  /** Absolute URL of <base>tfjs/ (wasm files for the MLP). */
  tfjsBase: string;
}

export interface TrainProgress {
  phase: 'reading' | 'training' | 'evaluating';
  /** Rounds or epochs done and the planned maximum. */
  step: number;
  total: number;
  /** The newest point of the live chart (training loss, validation ROC AUC). */
  point?: RoundPoint;
  rows?: number;
  elapsedMs: number;
}

export interface TrainResult {
  model: RegistryModel;
  comparison: Comparison;
  history: RoundPoint[];
  split: SplitKind;
  dateColumn?: string;
  rows: { train: number; valid: number; positives: number; negatives: number; invalid: number; unlabelled: number };
  errors: RowError[];
  ms: number;
}

/** The data cannot train a model (no label column, missing columns, too few rows of a class): shown translated. */
export interface TrainRefusal { ok: false; code: string; detail: Record<string, string | number> }

export type TrainOutcome = ({ ok: true } & TrainResult) | TrainRefusal;

export interface TrainingApi {
  train(req: TrainRequest, onProgress: (p: TrainProgress) => void): Promise<TrainOutcome>;
  /** `npm run bench` only: trains `kind` on `rows` generated labelled rows; returns the timings. */
  benchmark(kind: CandidateKind, rows: number, card: ModelCard, trees: TreesDoc, tfjsBase: string): Promise<TrainBench>;
}
