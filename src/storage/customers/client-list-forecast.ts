/**
 * The newest forecast's numbers in the client list's row order (issue #10), stored beside the list snapshot
 * (client-list-store.ts, record FORECAST) so opening 100,000 clients needs no join: without it the worker
 * reads the newest run's chunks (100,000 key strings) and joins them through a Map of 100,000 keys, about
 * a third of the open. The record is used only while it still fits: the same newest run id, the same
 * snapshot build (`builtAt`: a rewrite or a delete moves it) and the same directory state (`directorySig`),
 * with as many rows as the list; otherwise the worker joins as before and stores the record again in the
 * background. The numbers are not personal (keyed ids already sit in clear in the forecast chunks).
 * Row order: live directory clients (chunk order), then the snapshot's clients (chunk order).
 */
import type { LeadLensDb } from '../db';
import { latestForecastColumns } from './forecast-store';
import { FORECAST, LIST_FORMAT, readListSnapshot, type ListForecast, type ListMeta } from './client-list-store';
import { liveKeys, readDirectory } from './client-directory';
import { directorySig } from './client-scan';

/** A forecast's list columns (NaN = no forecast for that client). */
export interface ListForecastCols { runId: string; asOfDay?: number; spend30: Float64Array; pBuy14: Float64Array; pAlive: Float64Array }

/** Id of the newest forecast run ('' = none), from the index alone (runs carry large backtest arrays). */
export async function newestRunId(database: LeadLensDb): Promise<string> {
  const [id] = await database.forecastRuns.orderBy('createdAt').reverse().limit(1).primaryKeys();
  return typeof id === 'string' ? id : '';
}

/** Whether a stored record still describes this list: same run, snapshot build, directory and row count. */
export function forecastFits(f: ListForecast | undefined, runId: string, meta: ListMeta | undefined, dirSig: string, n: number): f is ListForecast {
  return !!f && !!meta && f.runId === runId && f.builtAt === meta.builtAt && f.dirSig === dirSig && f.n === n
    && f.spend30?.length === n && f.pBuy14?.length === n && f.pAlive?.length === n;
}

/** The newest run's numbers for `keys`, joined through a Map (the slow path the stored record avoids). */
export async function joinForecast(database: LeadLensDb, keys: readonly string[]): Promise<ListForecastCols> {
  const latest = await latestForecastColumns(database);
  const n = keys.length;
  const out: ListForecastCols = {
    runId: latest?.summary.runId ?? '', asOfDay: latest?.summary.asOfDay,
    spend30: new Float64Array(n).fill(NaN), pBuy14: new Float64Array(n).fill(NaN), pAlive: new Float64Array(n).fill(NaN),
  };
  if (!latest) return out;
  const at = new Map<string, number>();
  for (let i = 0; i < n; i++) at.set(keys[i], i);
  const f = latest.cols;
  for (let j = 0; j < f.keys.length; j++) {
    const i = at.get(f.keys[j]);
    if (i === undefined) continue;
    out.spend30[i] = f.spend30[j]; out.pBuy14[i] = f.pBuy14[j]; out.pAlive[i] = f.pAlive[j];
  }
  return out;
}

/**
 * Stores `f` (joined for the snapshot build `builtAt` and the directory `dirSig`) unless the snapshot was
 * rewritten or a newer run stored meanwhile. Returns whether it was written.
 */
export async function writeListForecast(database: LeadLensDb, f: ListForecastCols, builtAt: number, dirSig: string): Promise<boolean> {
  return database.transaction('rw', database.clientList, database.forecastRuns, async () => {
    const meta = (await database.clientList.get(-1)) as unknown as ListMeta | undefined;
    if (meta?.builtAt !== builtAt || (await newestRunId(database)) !== f.runId) return false;
    const rec: ListForecast = { chunk: FORECAST, runId: f.runId, asOfDay: f.asOfDay, builtAt, dirSig, n: f.spend30.length, spend30: f.spend30, pBuy14: f.pBuy14, pAlive: f.pAlive };
    await database.clientList.put(rec as unknown as Record<string, unknown>);
    return true;
  });
}

/** After a forecast run: joins the new run for the stored snapshot (keys only, nothing decrypted). */
export async function refreshListForecast(database: LeadLensDb): Promise<boolean> {
  const [{ meta, chunks }, dir] = await Promise.all([readListSnapshot(database), readDirectory(database)]);
  if (!meta || meta.format !== LIST_FORMAT || chunks.some((c) => c.keys.some((k) => !k))) return false; // the list rebuilds it
  const keys = liveKeys(dir).concat(chunks.flatMap((c) => c.keys));
  return writeListForecast(database, await joinForecast(database, keys), meta.builtAt, directorySig(dir.map((c) => c.updatedAt)));
}
