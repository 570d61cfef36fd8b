/**
 * The model registry's domain types, shared by the training worker, the scoring worker, storage and the
 * Models screen: what a trained model is (its card + its weights), per task, and what training reports.
 * A browser-trained model's card is an ordinary ModelCard derived from the built-in card (same fields,
 * features and preprocessing: one feature pipeline), with its own calibration, thresholds, deciles and metrics.
 */
import type { ModelCard } from '../card/types';
import type { TreesDoc } from '../treeshap';

/** What a model predicts. Only 'conversion' is trained here; the customer tasks come from the forecasting work. */
export type ModelTask = 'conversion' | 'sales' | 'purchase';
export const MODEL_TASKS: readonly ModelTask[] = ['conversion', 'sales', 'purchase'];
/** The customer tasks (next-month sales, 14-day purchase): their models are forecast cards, not ModelCards. */
export type CustomerTask = Exclude<ModelTask, 'conversion'>;
export const CUSTOMER_TASKS: readonly CustomerTask[] = ['sales', 'purchase'];

/** Algorithms a browser-trained conversion model can have; 'onnx' is a built-in model shipped in models/. */
export type ModelKind = 'onnx' | 'logistic' | 'gbt' | 'mlp';

/** Logistic regression (src/core/forecast/logistic.ts): margin = intercept + Σ coef[j] · (x[j] − means[j]) / scales[j]. */
export interface LogisticWeights {
  kind: 'logistic';
  coef: number[];
  intercept: number;
  means: number[];
  scales: number[];
  /** The L2 strength as sklearn's C. */
  C: number;
}

/** Gradient-boosted trees in the trees.json structure TreeSHAP reads (margin 'logit'). */
export interface GbtWeights { kind: 'gbt'; trees: TreesDoc }

/** A dense layer: out = act(W·in + b), W row-major [out][in]. */
export interface DenseLayer { inputs: number; units: number; weights: number[]; bias: number[]; activation: 'relu' | 'sigmoid' | 'linear' }
/** MLP on standardised features: z = (x − mean) / scale, then the layers; the last layer has one sigmoid unit. */
export interface MlpWeights { kind: 'mlp'; mean: number[]; scale: number[]; layers: DenseLayer[] }

export type ModelWeights = LogisticWeights | GbtWeights | MlpWeights;

/** A model in the registry. Built-in models are listed from models/artifacts and never stored or deleted. */
export interface RegistryModel {
  id: string;
  task: ModelTask;
  kind: ModelKind;
  builtIn: boolean;
  card: ModelCard;
  /** Absent for built-in ONNX models (their weights are the shipped .onnx file). */
  weights?: ModelWeights;
  /** SHA-256 of the canonical JSON of { card, weights }: checked on import and before scoring. */
  sha256: string;
  createdAt: number;
  /** User id of the admin who trained or imported it ('models/artifacts' for built-ins). */
  createdBy: string;
  /** Short human summary of where the training data came from (file name, rows, classes). */
  dataSummary?: string;
  /** Outcome of the comparison with the model active when it was trained (activation is offered only if allowed). */
  gate?: { against: string; allowed: boolean };
}

/** Which model scores a task, and the earlier active ids (newest last) for rollback. */
export interface ActiveState { id: string; history: string[] }
