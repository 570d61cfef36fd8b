/**
 * A page of clients for the Clients screen's simple table (issue #9; the virtualised, filterable list is
 * issue #10): clients with a forecast first, by forecast spend (highest first), then the others by record
 * id. The newest forecast run's columns are read once per run (a few large records) and joined by keyed
 * id; only the page's records are read and decrypted, on the page (a page is small; bulk decryption
 * belongs in the worker).
 */
import { db } from '../db';
import { openClient, type ClientView } from '../clients-repo';
import { requireSession, type Session } from '../session';
import type { ClientRecord } from './client-records';
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
  const total = await db().clients.count();
  const r = await rankedForecast();
  const withForecast = r?.order.length ?? 0;
  let records: ClientRecord[] = [];
  if (r && offset < withForecast) {
    const keys = Array.from(r.order.subarray(offset, offset + limit), (i) => r.cols.keys[i]);
    records = ((await db().clients.bulkGet(keys)) as unknown as (ClientRecord | undefined)[]).filter((x): x is ClientRecord => x !== undefined);
  }
  if (records.length < limit) {
    const rest = db().clients.orderBy('id').filter((x) => !r?.at.has(String(x.id)));
    records.push(...((await rest.offset(Math.max(0, offset - withForecast)).limit(limit - records.length).toArray()) as unknown as ClientRecord[]));
  }
  const rows = await Promise.all(records.map(async (rec) => {
    const v = await openClient(s, rec);
    const i = r?.at.get(rec.id);
    if (r && i !== undefined) {
      v.spend30 = r.cols.spend30[i];
      v.pBuy14 = r.cols.pBuy14[i];
      if (!Number.isNaN(r.cols.pAlive[i])) v.pAlive = r.cols.pAlive[i];
    }
    return v;
  }));
  return { total, withForecast, rows };
}

/** The newest forecast run's summary (page side). */
export function latestForecastSummary(): Promise<ForecastSummary | undefined> {
  return latestForecast(db());
}
