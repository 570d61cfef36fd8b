/**
 * "Run forecasts" in the customers worker: loads the stored order and activity books, runs the core
 * engine (fit, backtest, model choice, predict) and stores the predictions and model cards.
 */
import type { LeadLensDb } from '../../storage/db';
import type { CustomerProgress } from '../../bridge/customers-contract';
import type { ForecastArgs, ForecastSummary } from '../../bridge/customers-forecast-contract';

export async function runForecastJob(_database: LeadLensDb, _args: ForecastArgs, _onProgress: (p: CustomerProgress) => void): Promise<ForecastSummary> {
  await Promise.resolve();
  throw new Error('[not_ready] The forecast engine is not available yet');
}
