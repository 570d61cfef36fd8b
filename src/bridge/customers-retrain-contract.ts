/**
 * The customer models' part of the customers worker contract (Models panel, issue #12): which sales and purchase
 * models are active (the models the newest forecast run used), and what a retrain returns — the old and new
 * models' backtest figures and the activation decision of core/forecast/retrain-rule.ts, so the panel and the
 * on-open notice can show old vs new and say what was kept.
 */
import type { ForecastModelCard } from '../core/forecast/card';
import type { RetrainDecision } from '../core/forecast/retrain-rule';
import type { ForecastModelSummary, ForecastSummary } from './customers-forecast-contract';

/** A model card without its parameters: what the panel shows (kind, trained when, on data before which day, figures). */
export type CustomerModelInfo = Pick<ForecastModelCard, 'id' | 'task' | 'kind' | 'trainedAt' | 'trainingCutoffDay' | 'trainingRows' | 'metrics'>;

/** The active customer models: those the newest forecast run used (every forecast records its model ids). */
export interface ActiveCustomerModels {
  runId: string;
  /** The run used data strictly before this epoch day. */
  asOfDay: number;
  sales?: CustomerModelInfo;
  purchase?: CustomerModelInfo;
  /** Every candidate of that run with its backtest figures (the chosen ones included). */
  candidates: ForecastModelSummary[];
}

export interface CustomerModelsStatus {
  active?: ActiveCustomerModels;
  /** Newest order day in the store (undefined without orders). */
  lastOrderDay?: number;
}

export interface RetrainOutcome {
  decision: RetrainDecision;
  /** The models active before the retrain (undefined before any forecast). */
  previous?: { sales?: CustomerModelInfo; purchase?: CustomerModelInfo };
  /** The retrained models chosen by the engine's backtest. */
  next: { sales?: CustomerModelInfo; purchase?: CustomerModelInfo };
  /** The new run (stored only when activated: otherwise the previous run's forecasts stay). */
  summary: ForecastSummary;
}
