/**
 * Forecast runs: every run is kept (a record with its summary, and the per-client predictions in columnar
 * chunks keyed by keyed client id), so each client has a history of forecasts by as-of day; the newest
 * run's columns are the client list's latest numbers (joined by keyed id, not copied onto 23k records). Model cards go to the
 * `models` registry tagged by task (`kind: 'forecast-sales' | 'forecast-purchase'`) for the models panel.
 * Used by the customers worker (writes) and the page (reads of the latest summary; history for #10).
 */
import type { LeadLensDb } from '../db';
import type { ForecastSummary } from '../../bridge/customers-forecast-contract';

export const FORECAST_CHUNK = 50_000;

/** Per-client predictions of one run (NaN = not predicted, e.g. P(alive) without BG/NBD). */
export interface ForecastColumns { keys: string[]; spend30: Float64Array; purchases30: Float64Array; pBuy14: Float64Array; pAlive: Float64Array }

export interface StoredForecastChunk extends ForecastColumns { runId: string; chunk: number }
export interface StoredModel { id: string; kind: 'forecast-sales' | 'forecast-purchase'; task: 'sales' | 'purchase'; createdAt: number; card: unknown }

/** The chosen purchase model's backtest labels and probabilities (to re-run the threshold report at any threshold). */
export interface StoredBacktest { y: Float64Array; p: Float64Array }

export async function saveForecastRun(database: LeadLensDb, summary: ForecastSummary, cols: ForecastColumns, models: StoredModel[], backtest?: StoredBacktest): Promise<void> {
  const chunks: StoredForecastChunk[] = [];
  for (let from = 0, k = 0; from < cols.keys.length; from += FORECAST_CHUNK, k++) {
    const to = Math.min(cols.keys.length, from + FORECAST_CHUNK);
    chunks.push({ runId: summary.runId, chunk: k, keys: cols.keys.slice(from, to), spend30: cols.spend30.slice(from, to), purchases30: cols.purchases30.slice(from, to), pBuy14: cols.pBuy14.slice(from, to), pAlive: cols.pAlive.slice(from, to) });
  }
  await database.transaction('rw', [database.forecastRuns, database.forecastChunks, database.models], async () => {
    await database.forecastRuns.put({ ...summary, id: summary.runId, createdAt: Date.now(), ...(backtest ? { backtest } : {}) });
    await database.forecastChunks.bulkPut(chunks as unknown as Record<string, unknown>[]);
    if (models.length) await database.models.bulkPut(models as unknown as Record<string, unknown>[]);
  });
}

/**
 * Model cards alone (a retrain whose models were not activated: listed in the registry, used by no forecast).
 * A card whose id is already stored is left as it is: it may be one an earlier forecast used.
 */
export async function saveModelCards(database: LeadLensDb, models: StoredModel[]): Promise<void> {
  const have = new Set((await database.models.bulkGet(models.map((m) => m.id))).map((m) => (m as StoredModel | undefined)?.id));
  const fresh = models.filter((m) => !have.has(m.id));
  if (fresh.length) await database.models.bulkAdd(fresh as unknown as Record<string, unknown>[]);
}

/** The summary of the newest forecast run, if any. */
export async function latestForecast(database: LeadLensDb): Promise<ForecastSummary | undefined> {
  return (await database.forecastRuns.orderBy('createdAt').last()) as unknown as ForecastSummary | undefined;
}

/** One run's forecast of a client; `createdAt` (when the run was stored) tells the newest run when as-of days tie or go back. */
export interface ForecastPoint { runId: string; asOfDay: number; createdAt: number; spend30: number; purchases30: number; pBuy14: number; pAlive?: number }

/** One client's forecasts over all runs, oldest as-of day first (for the client card of issue #10). */
export async function forecastHistory(database: LeadLensDb, clientKey: string): Promise<ForecastPoint[]> {
  const runs = (await database.forecastRuns.toArray()) as unknown as (ForecastSummary & { id: string; createdAt: number })[];
  const out: ForecastPoint[] = [];
  for (const run of runs) {
    const chunks = (await database.forecastChunks.where('runId').equals(run.runId).toArray()) as unknown as StoredForecastChunk[];
    for (const c of chunks) {
      const i = c.keys.indexOf(clientKey);
      if (i < 0) continue;
      out.push({ runId: run.runId, asOfDay: run.asOfDay, createdAt: run.createdAt, spend30: c.spend30[i], purchases30: c.purchases30[i], pBuy14: c.pBuy14[i], ...(Number.isNaN(c.pAlive[i]) ? {} : { pAlive: c.pAlive[i] }) });
    }
  }
  return out.sort((a, b) => a.asOfDay - b.asOfDay || a.createdAt - b.createdAt);
}

/** The newest run's per-client columns (one read of a few large records), or undefined before any forecast. */
export async function latestForecastColumns(database: LeadLensDb): Promise<{ summary: ForecastSummary; cols: ForecastColumns } | undefined> {
  const summary = await latestForecast(database);
  if (!summary) return undefined;
  const chunks = (await database.forecastChunks.where('runId').equals(summary.runId).sortBy('chunk')) as unknown as StoredForecastChunk[];
  const cat = (k: 'spend30' | 'purchases30' | 'pBuy14' | 'pAlive'): Float64Array => {
    const out = new Float64Array(chunks.reduce((n, c) => n + c.keys.length, 0));
    let at = 0;
    for (const c of chunks) { out.set(c[k], at); at += c.keys.length; }
    return out;
  };
  return { summary, cols: { keys: chunks.flatMap((c) => c.keys), spend30: cat('spend30'), purchases30: cat('purchases30'), pBuy14: cat('pBuy14'), pAlive: cat('pAlive') } };
}

/** The newest run's stored backtest of the chosen purchase model, if any. */
export async function latestBacktest(database: LeadLensDb): Promise<StoredBacktest | undefined> {
  const run = (await database.forecastRuns.orderBy('createdAt').last()) as { backtest?: StoredBacktest } | undefined;
  return run?.backtest;
}
