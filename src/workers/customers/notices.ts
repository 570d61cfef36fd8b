/**
 * The forecast summary's notices (e.g. "this data has no web activity"): the engine gives one per affected
 * feature; the summary keeps each once, as codes with parameters the UI translates. Shared by the fitting
 * forecast (forecast-job.ts) and the forecast with the active models (active-forecast-job.ts).
 */
import type { FeatureNotice } from '../../core/customers/features';
import type { ForecastSummary } from '../../bridge/customers-forecast-contract';

/** The engine's notices once each (it gives one per affected feature), as codes with parameters. */
export function uniqueNotices(notices: readonly FeatureNotice[]): ForecastSummary['notices'] {
  const seen = new Map<string, ForecastSummary['notices'][number]>();
  for (const x of notices) {
    // Only these two reasons name a feature in their text; the others are one notice however many features they cover.
    const perFeature = x.reason === 'measure_never_recorded' || x.reason === 'constant_feature';
    const k = perFeature ? `${x.reason}|${x.feature ?? ''}` : x.reason;
    if (!seen.has(k)) seen.set(k, { code: x.reason, params: { ...(x.feature ? { feature: x.feature } : {}), ...(x.count !== undefined ? { count: x.count } : {}) } });
  }
  return [...seen.values()];
}
