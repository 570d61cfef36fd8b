/**
 * Shapes shared by validation, feature building and scoring: a validated lead (canonical field
 * name → typed value) and its scored result. Kept apart from the card types because they are
 * produced by our code, not written by the Python pipeline.
 */

/** A validated lead: canonical field name → number (number/integer), string (id/category) or null. */
export type LeadValues = Record<string, number | string | null>;

/** Raw input as read from a CSV or form: canonical field name → unparsed cell. */
export type RawLead = Record<string, string | number | null | undefined>;

export type Segment = 'High' | 'Medium' | 'Low';

export interface ScoredLead {
  /** P(class 1) straight from the model (float32 from ONNX, widened). */
  rawProbability: number;
  /** Calibrated probability (card.calibration applied to rawProbability). */
  score: number;
  /** 1 when score >= the active threshold. */
  predicted: 0 | 1;
  decile: number;
  segment: Segment;
  cluster: number;
  clusterName: string;
}
