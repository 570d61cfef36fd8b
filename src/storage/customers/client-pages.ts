/**
 * A page of clients for the Clients screen's simple table (issue #9; the virtualised, filterable list is
 * issue #10): ordered by forecast spend (highest first) once forecasts exist, else by record id; only the
 * page's records are decrypted, on the page (a page is small; bulk decryption belongs in the worker).
 */
import { db } from '../db';
import { openClient, type ClientView } from '../clients-repo';
import { requireSession, type Session } from '../session';
import type { ClientRecord } from './client-records';
import { latestForecast } from './forecast-store';
import type { ForecastSummary } from '../../bridge/customers-forecast-contract';

export interface ClientPage { total: number; withForecast: number; rows: ClientView[] }

export async function clientPage(session: Session | undefined, offset: number, limit: number): Promise<ClientPage> {
  const s = requireSession(session);
  const total = await db().clients.count();
  const withForecast = await db().clients.where('spend30').aboveOrEqual(-Infinity).count();
  let records: ClientRecord[];
  if (withForecast > 0 && offset < withForecast) {
    records = (await db().clients.orderBy('spend30').reverse().offset(offset).limit(limit).toArray()) as unknown as ClientRecord[];
  } else {
    const all = db().clients.orderBy('id').filter((r) => typeof r.spend30 !== 'number');
    records = (await all.offset(Math.max(0, offset - withForecast)).limit(limit).toArray()) as unknown as ClientRecord[];
  }
  return { total, withForecast, rows: await Promise.all(records.map((r) => openClient(s, r))) };
}

/** The newest forecast run's summary (page side). */
export function latestForecastSummary(): Promise<ForecastSummary | undefined> {
  return latestForecast(db());
}
