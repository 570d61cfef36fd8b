/**
 * Typed Comlink contracts between the page and each worker, in one place so the page (bridges, UI)
 * and the worker implementation agree at compile time. Pure types only: both the page and worker
 * tsconfigs include this file. One section per worker; add yours below the existing ones.
 */
import type { FieldSpec, ModelCard, ThresholdScenario, TierRule } from '../core/card/types';
import type { LeadValues, RawLead, ScoredLead } from '../core/lead';
import type { ModelWeights } from '../core/training/types';
import type { RowError, RowWarning } from '../core/validate';
import type { FactorContext } from '../core/explain/context';

// ───────────────────────────── scoring worker (src/workers/scoring.worker.ts) ─────────────────────────────

export type ScenarioId = ThresholdScenario['id'];

/** Absolute URLs (built on the page from import.meta.env.BASE_URL): a worker under a sub-path can't resolve relative ones. */
export interface ScoringUrls {
  /** `<origin><base>models/index.json`. */
  index: string;
  /** `<origin><base>models/` (ends with '/'); card, ONNX and trees files resolve against it. */
  modelsBase: string;
  /** Model to load instead of index.json's champion. */
  modelId?: string;
  /** A browser-trained model from the registry (card + weights, checksum-verified in the worker) instead of an ONNX file. */
  stored?: StoredScoringModel;
}

/** What the scoring worker needs of a registry model to score with it. */
export interface StoredScoringModel { card: ModelCard; weights: ModelWeights; sha256: string }

/** What the UI needs about the loaded model: the card minus bulky internals, plus form defaults. */
export interface ModelInfo {
  modelId: string;
  cardVersion: string;
  role: ModelCard['role'];
  algorithm: string;
  kind: ModelCard['onnx']['kind'];
  target: string;
  idField: string;
  fields: FieldSpec[];
  /** Form default per field: field.default, else the training median from card.reference. */
  defaults: Record<string, number | string | null>;
  thresholds: ModelCard['thresholds'];
  segments: ModelCard['segments'];
  /** Priority tiers: bands, how they were chosen, validation figures per rule (absent on older cards). */
  tiers?: ModelCard['tiers'];
  metrics: Record<string, unknown>;
  clusterNames: ModelCard['clusters']['names'];
  training: ModelCard['training'];
  calibration: ModelCard['calibration']['method'];
  featureCount: number;
  hasExplanations: boolean;
  /** Other models listed in index.json. */
  available: string[];
  champion: string;
  /** Threads ONNX Runtime uses (2 when cross-origin isolated, else 1). */
  threads: number;
}

export interface ScoreOptions {
  /** Threshold scenario for the decision; default = the card's active scenario. */
  scenario?: ScenarioId;
  /** Compute TreeSHAP contributions (default true). */
  explain?: boolean;
  /** Priority-tier rule; default = the card's (bands of calibrated probability). */
  tierRule?: TierRule;
}

/** One factor of the explanation: a user-facing field (one-hot groups summed) or a derived feature. */
export interface Factor {
  /** Field name (e.g. "CampaignChannel") or derived feature name (e.g. "EngagementScore"). */
  key: string;
  kind: 'field' | 'derived';
  /** Contribution in margin units (log-odds for 'logit', probability for 'probability'). */
  contribution: number;
  /** Effect in probability (×100 = percentage points); the factors' points add up to probability − baseProbability. */
  points?: number;
  /** The lead's value, the typical one and where it sits (core/explain/context.ts); blank = the field was left empty. */
  context?: FactorContext;
}

export interface Explanation {
  margin: 'logit' | 'probability';
  /** Expected margin over the training data (the SHAP base value). */
  base: number;
  /** base + sum(contributions): the model's margin for this lead. */
  total: number;
  /** Sorted by |contribution|, largest first. */
  factors: Factor[];
  /** Calibrated probability at the base margin, and the lead's (set with the factors' points). */
  baseProbability?: number;
  probability?: number;
}

export interface ClusterProfileRow { feature: string; value: number; average: number; centroid: number }
export interface ClusterProfile {
  index: number;
  names: { en: string; ru: string; pl: string };
  rows: ClusterProfileRow[];
}

export type ScoreOneResult =
  | { ok: false; errors: RowError[] }
  | {
      ok: true;
      modelId: string;
      values: LeadValues;
      defaultsUsed: string[];
      warnings: RowWarning[];
      lead: ScoredLead;
      scenario: ScenarioId;
      threshold: number;
      /** Priority-tier rule the lead's tier was assigned by. */
      tierRule?: TierRule;
      explanation?: Explanation;
      cluster: ClusterProfile;
      /** Worker-side time for this call in ms (validation + ONNX + SHAP). */
      ms: number;
    };

/** Columnar results of scoreColumns (typed arrays, transferred rather than copied). Segment codes: 0 High, 1 Medium, 2 Low. */
export interface ScoredColumns {
  rawProbability: Float32Array;
  score: Float64Array;
  predicted: Uint8Array;
  decile: Uint8Array;
  segment: Uint8Array;
  cluster: Uint8Array;
}
export const SEGMENT_CODES = ['High', 'Medium', 'Low'] as const;

export interface ScoringApi {
  /** Loads index.json, the card, ONNX (sha256-checked) and trees; idempotent per URL set. */
  init(urls: ScoringUrls): Promise<ModelInfo>;
  /** Info of the loaded model; rejects if init was not called. */
  modelInfo(): Promise<ModelInfo>;
  scoreOne(raw: RawLead, opts?: ScoreOptions): Promise<ScoreOneResult>;
  /** Scores already-validated leads in one ONNX call (batch reuse); same order as input. */
  scoreMany(values: LeadValues[], opts?: ScoreOptions): Promise<ScoredLead[]>;
  /** Like scoreMany but columnar; the worker transfers the buffers (large batches). */
  scoreColumns(values: LeadValues[], opts?: ScoreOptions): Promise<ScoredColumns>;
}

// ───────────────────────────── recluster worker (src/workers/recluster.worker.ts) ─────────────────────────────

export interface ReclusterInput {
  /** Column names of `data` (numeric lead fields). */
  features: string[];
  /** Row-major matrix, rows × features.length (transferred). */
  data: Float64Array;
  rows: number;
  kMin?: number;
  kMax?: number;
  seed?: number;
}

export interface ReclusterResult {
  /** k with the best silhouette. */
  k: number;
  silhouettes: { k: number; score: number }[];
  /** Cluster of each input row (0-based) for the chosen k. */
  assignments: Int32Array;
  sizes: number[];
  /** Unscaled centroid per cluster (feature → value) and the overall means. */
  centroids: Record<string, number>[];
  means: Record<string, number>;
  ms: number;
}

export interface ReclusterApi {
  recluster(input: ReclusterInput): Promise<ReclusterResult>;
}
