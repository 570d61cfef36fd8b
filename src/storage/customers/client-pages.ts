/**
 * A page of clients for the Clients screen's simple table (issue #9; the virtualised, filterable list is
 * issue #10): clients with a forecast first, by forecast spend (highest first), then the others by record
 * id. The newest forecast run's columns are read once per run (a few large records) and joined by keyed
 * id; only the page's clients are read and decrypted, on the page (a page is small; bulk decryption
 * belongs in the worker). Clients come from records or the client directory (client-lookup.ts).
 */
import { db } from '../db';
import type { ClientView } from '../clients-repo';
import { requireSession, type Session } from '../session';
import { allClientKeys, clientCount, clientViews } from './client-lookup';
import { latestForecast, latestForecastColumns, type ForecastColumns } from './forecast-store';
import type { ForecastSummary } from '../../bridge/customers-forecast-contract';

export interface ClientPage { total: number; withForecast: number; rows: ClientView[] }

interface Ranked { runId: string; cols: ForecastColumns; order: Int32Array; at: Map<string, number> }
let ranked: Ranked | undefined;

/** The newest run's columns with clients ranked by forecast spend (cached until a newer run exists). */
async function rankedForecast(): Promise<Ranked | undefined> {
  const latest = await latestForecast(db());
  if (!latest) return undefined;
  if (ranked?.runId === latest.runId) return ranked;
  const got = await latestForecastColumns(db());
  if (!got) return undefined;
  const { cols } = got;
  const order = Int32Array.from(cols.keys, (_, i) => i).sort((a, b) => cols.spend30[b] - cols.spend30[a] || (cols.keys[a] < cols.keys[b] ? -1 : 1));
  ranked = { runId: got.summary.runId, cols, order, at: new Map(cols.keys.map((k, i) => [k, i])) };
  return ranked;
}

export async function clientPage(session: Session | undefined, offset: number, limit: number): Promise<ClientPage> {
  const s = requireSession(session);
  const total = await clientCount();
  const r = await rankedForecast();
  const withForecast = r?.order.length ?? 0;
  const keys: string[] = [];
  if (r && offset < withForecast) keys.push(...Array.from(r.order.subarray(offset, offset + limit), (i) => r.cols.keys[i]));
  if (keys.length < limit) {
    // Clients without a forecast, by keyed id (records and directory merged in key order).
    let skip = Math.max(0, offset - withForecast);
    for (const k of await allClientKeys()) {
      if (keys.length >= limit) break;
      if (r?.at.has(k)) continue;
      if (skip > 0) { skip--; continue; }
      keys.push(k);
    }
  }
  const rows = (await clientViews(s, keys)).map((v) => {
    const i = r?.at.get(v.id);
    if (r && i !== undefined) {
      v.spend30 = r.cols.spend30[i];
      v.pBuy14 = r.cols.pBuy14[i];
      if (!Number.isNaN(r.cols.pAlive[i])) v.pAlive = r.cols.pAlive[i];
    }
    return v;
  });
  return { total, withForecast, rows };
}

/** The newest forecast run's summary (page side). */
export function latestForecastSummary(): Promise<ForecastSummary | undefined> {
  return latestForecast(db());
}
