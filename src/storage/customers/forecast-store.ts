/**
 * Forecast runs: every run is kept (a record with its summary, and the per-client predictions in columnar
 * chunks keyed by keyed client id), so each client has a history of forecasts by as-of day; the latest
 * numbers are also copied onto the client records for filtering and sorting. Model cards go to the
 * `models` registry tagged by task (`kind: 'forecast-sales' | 'forecast-purchase'`) for the models panel.
 * Used by the customers worker (writes) and the page (reads of the latest summary; history for #10).
 */
import type { LeadLensDb } from '../db';
import type { ForecastSummary } from '../../bridge/customers-forecast-contract';
import type { ClientRecord } from './client-records';

export const FORECAST_CHUNK = 50_000;

/** Per-client predictions of one run (NaN = not predicted, e.g. P(alive) without BG/NBD). */
export interface ForecastColumns { keys: string[]; spend30: Float64Array; purchases30: Float64Array; pBuy14: Float64Array; pAlive: Float64Array }

export interface StoredForecastChunk extends ForecastColumns { runId: string; chunk: number }
export interface StoredModel { id: string; kind: 'forecast-sales' | 'forecast-purchase'; task: 'sales' | 'purchase'; createdAt: number; card: unknown }

export async function saveForecastRun(database: LeadLensDb, summary: ForecastSummary, cols: ForecastColumns, models: StoredModel[]): Promise<void> {
  const chunks: StoredForecastChunk[] = [];
  for (let from = 0, k = 0; from < cols.keys.length; from += FORECAST_CHUNK, k++) {
    const to = Math.min(cols.keys.length, from + FORECAST_CHUNK);
    chunks.push({ runId: summary.runId, chunk: k, keys: cols.keys.slice(from, to), spend30: cols.spend30.slice(from, to), purchases30: cols.purchases30.slice(from, to), pBuy14: cols.pBuy14.slice(from, to), pAlive: cols.pAlive.slice(from, to) });
  }
  const at = new Map(cols.keys.map((key, i) => [key, i]));
  await database.transaction('rw', [database.forecastRuns, database.forecastChunks, database.clients, database.models], async () => {
    await database.forecastRuns.put({ ...summary, id: summary.runId, createdAt: Date.now() });
    await database.forecastChunks.bulkPut(chunks as unknown as Record<string, unknown>[]);
    if (models.length) await database.models.bulkPut(models as unknown as Record<string, unknown>[]);
    const rows = (await database.clients.toArray()) as unknown as ClientRecord[];
    for (const r of rows) {
      const i = at.get(r.id);
      if (i === undefined) continue;
      r.forecastAsOf = summary.asOfDay;
      r.forecastRunId = summary.runId;
      r.spend30 = cols.spend30[i];
      r.purchases30 = cols.purchases30[i];
      r.pBuy14 = cols.pBuy14[i];
      if (Number.isNaN(cols.pAlive[i])) delete r.pAlive;
      else r.pAlive = cols.pAlive[i];
    }
    await database.clients.bulkPut(rows as unknown as Record<string, unknown>[]);
  });
}

/** The summary of the newest forecast run, if any. */
export async function latestForecast(database: LeadLensDb): Promise<ForecastSummary | undefined> {
  return (await database.forecastRuns.orderBy('createdAt').last()) as unknown as ForecastSummary | undefined;
}

export interface ForecastPoint { runId: string; asOfDay: number; spend30: number; purchases30: number; pBuy14: number; pAlive?: number }

/** One client's forecasts over all runs, oldest as-of day first (for the client card of issue #10). */
export async function forecastHistory(database: LeadLensDb, clientKey: string): Promise<ForecastPoint[]> {
  const runs = (await database.forecastRuns.toArray()) as unknown as (ForecastSummary & { id: string })[];
  const out: ForecastPoint[] = [];
  for (const run of runs) {
    const chunks = (await database.forecastChunks.where('runId').equals(run.runId).toArray()) as unknown as StoredForecastChunk[];
    for (const c of chunks) {
      const i = c.keys.indexOf(clientKey);
      if (i < 0) continue;
      out.push({ runId: run.runId, asOfDay: run.asOfDay, spend30: c.spend30[i], purchases30: c.purchases30[i], pBuy14: c.pBuy14[i], ...(Number.isNaN(c.pAlive[i]) ? {} : { pAlive: c.pAlive[i] }) });
    }
  }
  return out.sort((a, b) => a.asOfDay - b.asOfDay);
}
