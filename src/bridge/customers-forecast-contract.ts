/**
 * The forecast side of the customers worker contract: what "Run forecasts" takes and returns, shaped
 * for the Clients screen (summary of chosen models, backtest figures, notices) and issue #10's screens
 * (per-client history by as-of day comes from storage/customers/forecast-store.ts).
 */
import type { ThresholdReport } from '../core/forecast/backtest';

export interface ForecastArgs {
  /** Epoch day the forecast is made at (default: the day after the last order in the book). */
  asOfDay?: number;
  /** P(buy in 14 days) decision threshold (default 0.7, the Polish project's). */
  threshold?: number;
}

/** The purchase decision at a threshold (for Settings and the dashboard of issue #10). */
export interface ThresholdFigures {
  threshold: number;
  /** Clients whose newest P(buy within 14 days) is at or above the threshold, of `clients`. */
  flagged: number;
  clients: number;
  /** The chosen purchase model on the backtest month at this threshold (confusion matrix, best-F1 threshold). */
  backtest?: ThresholdReport;
  /** The same backtest at its best-F1 threshold (its F1, precision and recall), for "use best-F1". */
  atBestF1?: ThresholdReport;
  /** As-of day of the forecasts counted in `flagged`. */
  asOfDay?: number;
}

/** One model's backtest figures as shown (names are model ids; metrics by their usual names). */
export interface ForecastModelSummary {
  id: string;
  kind: string;
  task: 'sales' | 'purchase';
  chosen: boolean;
  metrics: Record<string, number>;
}

export interface ForecastSummary {
  runId: string;
  asOfDay: number;
  clients: number;
  salesModelId: string;
  purchaseModelId: string;
  /**
   * Where the models came from: 'active' = the active models forecast without refitting (Run forecasts once
   * models exist); 'fitted' = fitted by this run (the first forecast); 'retrained' = a retrain that passed the rule.
   * Runs stored before session 20 have none (they were fitted).
   */
  source?: 'active' | 'fitted' | 'retrained';
  models: ForecastModelSummary[];
  /** Notice codes with parameters, translated by the UI (e.g. { code: 'no_activity' }). */
  notices: { code: string; params?: Record<string, string | number> }[];
  /** Clients flagged at the threshold, and the best-F1 threshold of the backtest when known. */
  threshold: number;
  flagged: number;
  bestF1Threshold?: number;
  ms: number;
  /** Milliseconds per step (load, engine, save) for benchmarks. */
  timing?: Record<string, number>;
}
