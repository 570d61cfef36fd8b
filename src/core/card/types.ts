/**
 * The model card: the single source of truth for how a raw lead becomes model input and how a
 * model output becomes a decision. Written by the Python pipeline (models/train/), read by the
 * browser (scoring worker), the Node CLI and the Python parity tests. Any change to a formula here
 * needs a schemaVersion bump and a parity fixture refresh (see models/README.md).
 */

/** A raw input column the user supplies (one per lead-form field / CSV column). */
export interface FieldSpec {
  /** Canonical column name, e.g. "WebsiteVisits". */
  name: string;
  type: 'number' | 'integer' | 'category' | 'id';
  /** Required fields must be present and non-blank; optional ones take `default` when blank/missing. */
  required: boolean;
  /** Default used when an optional field is blank or its column is missing (documented in the card). */
  default?: number | string | null;
  /** Why this default (e.g. "training median"). */
  defaultNote?: string;
  /** Hard validation bounds (plausibility, not clipping): values outside are row errors. */
  min?: number;
  max?: number;
  /** Known categories for type 'category'. Unknown or blank values map to the explicit unknown case. */
  categories?: string[];
  /** Unit for the form label, e.g. "USD", "minutes", "share 0–1". */
  unit?: string;
  /** Step for the form input. */
  step?: number;
}

/** One column of the feature matrix, in matrix order. */
export type FeatureSpec =
  /** Base numeric column, clipped to its train 1%/99% quantiles. */
  | { name: string; kind: 'numeric'; source: string; clip: [number, number] }
  /** One-hot indicator: 1 when the (trimmed) category equals `value`; value null is the unknown/blank case. */
  | { name: string; kind: 'onehot'; source: string; value: string | null }
  /** numerator / (denominator + 1), both taken from the *clipped* base values, then clipped itself. */
  | { name: string; kind: 'ratio'; numerator: string; denominator: string; clip: [number, number] }
  /**
   * Mean over `sources` of the mid-rank percentile of each *clipped* source value against the
   * training reference distribution card.reference[source] (sorted ascending):
   *   p(x) = (count(ref < x) + count(ref <= x)) / (2 * ref.length)
   */
  | { name: string; kind: 'percentile_mean'; sources: string[] };

export type Calibration =
  | { method: 'none' }
  /** Piecewise-linear interpolation through (x[i], y[i]); x ascending; flat outside the range. */
  | { method: 'isotonic'; x: number[]; y: number[] }
  /** p = 1 / (1 + exp(a * raw + b)) as in Platt scaling on the raw probability. */
  | { method: 'platt'; a: number; b: number };

export interface ThresholdScenario {
  id: 'best_f1' | 'high_precision' | 'high_recall' | 'default';
  threshold: number;
  /** Human-readable defining rule, e.g. "max F1 on validation". */
  rule: string;
}

export interface ClusterSpec {
  /** Feature names (matrix or base columns after clipping, incl. EngagementScore) used for KMeans. */
  features: string[];
  /**
   * Definitions of cluster features that are not matrix columns (e.g. EngagementScore when the
   * model does not use it), computed exactly like the same FeatureSpec kinds in `features`.
   */
  derived?: FeatureSpec[];
  scaler: { mean: number[]; scale: number[] };
  centroids: number[][];
  names: { en: string; ru: string; pl: string }[];
  /** Unscaled centroid values per feature, for the cluster profile view. */
  profiles: Record<string, number>[];
  /** Training-set averages of each cluster feature, to show "vs average". */
  overall: Record<string, number>;
}

/** Conversion figures of one tier on the validation rows. */
export interface TierFigure { count: number; share: number; conversionRate: number }
export type TierFigures = { High: TierFigure; Medium: TierFigure; Low: TierFigure };
export type TierRule = 'probability' | 'decile';

/**
 * Priority tiers (issue #13). 'probability': bands of calibrated probability chosen on the validation rows
 * (Low: score < low; Medium: low <= score < high; High: score >= high); 'decile': the thesis rule in `segments`.
 * Written by models/train/tiers.py, or by src/core/tiers/bands.ts for models trained in the browser.
 */
export interface TierSpec {
  default: TierRule;
  /** How the cut points were chosen, in words. */
  rule: string;
  minShare: number;
  probability: { low: number; high: number };
  validation: { probability: TierFigures; decile: TierFigures };
}

export interface ModelCard {
  schemaVersion: 1;
  modelId: string;
  cardVersion: string;
  role: 'champion' | 'runner_up';
  algorithm: string;
  onnx: {
    file: string;
    sha256: string;
    inputName: string;
    /** Name of the [N, 2] probability output (no ZipMap); column 1 is P(Conversion = 1). */
    probabilityOutput: string;
    kind: 'tree_ensemble' | 'linear';
  };
  /** Tree structure for exact explanations (TreeSHAP), same trees as the ONNX file. */
  explain?: {
    file: string;
    sha256: string;
    /** 'logit': raw margin = base + sum(leaf values), p = sigmoid(margin); 'probability': mean of leaf probs. */
    margin: 'logit' | 'probability';
  };
  target: string;
  idField: string;
  fields: FieldSpec[];
  features: FeatureSpec[];
  /** Sorted training values per source column for percentile_mean features. */
  reference: Record<string, number[]>;
  calibration: Calibration;
  thresholds: { active: ThresholdScenario['id']; scenarios: ThresholdScenario[] };
  /** 9 descending cut points from validation scores: decile d = 1 + count(cut > score). */
  deciles: { cutPoints: number[] };
  segments: { High: [number, number]; Medium: [number, number]; Low: [number, number] };
  /** Absent on cards written before issue #13: tiers then follow `segments` (the decile rule). */
  tiers?: TierSpec;
  clusters: ClusterSpec;
  metrics: Record<string, unknown>;
  training: {
    dataSha256: string;
    rows: { train: number; valid: number };
    libraries: Record<string, string>;
    seed: number;
  };
}
