/**
 * Issue #10's figures that need the whole book or the model cards, computed in the customers worker: the
 * customer dashboard (KPIs over the newest forecast, monthly sales, next month's forecast total and its
 * interval) and a client's "why" (this client's features at the forecast's as-of day, explained by the
 * chosen models' stored cards: core/customers/client-why.ts). Also the list's CSV export.
 */
import type { LeadLensDb } from '../../storage/db';
import { ACTIVITY_SCHEMA, ORDER_SCHEMA, readLines } from '../../storage/customers/line-chunks';
import { latestForecast, latestForecastColumns, latestBacktest } from '../../storage/customers/forecast-store';
import { clientLines } from '../../storage/customers/client-lines';
import { customerKpis, forecastTotal, monthlySales } from '../../core/customers/sales-trend';
import { thresholdReport } from '../../core/forecast/backtest';
import { validateForecastCard, type ForecastModelCard } from '../../core/forecast/card';
import { explainForecast, type FeatureRow } from '../../core/customers/client-why';
import { buildOrderBook } from '../../core/customers/order-book';
import { buildActivityBook } from '../../core/customers/activity-book';
import { prepareCustomerData } from '../../core/customers/customer-data';
import { pointInTimeFeatures } from '../../core/customers/features';
import { BOM, csvLine } from '../../core/csv/export';
import { isoDay } from '../../core/customers/days';
import type { ClientRecord } from '../../storage/customers/client-records';
import type { ClientListRow, ClientWhy, CustomerDashboard, ExportLabels } from '../../bridge/client-list-contract';

export async function customerDashboard(database: LeadLensDb, threshold: number): Promise<CustomerDashboard> {
  const [clients, orders, latest, bt] = await Promise.all([database.clients.count(), readLines(database, ORDER_SCHEMA), latestForecastColumns(database), latestBacktest(database)]);
  const cols = latest?.cols;
  const kpis = customerKpis(clients, cols?.spend30 ?? [], cols?.pBuy14 ?? [], threshold);
  const months = monthlySales(orders.cols.day, orders.cols.amount);
  const forecast = latest && cols ? { ...forecastTotal(cols.spend30, cols.purchases30), asOfDay: latest.summary.asOfDay } : undefined;
  return { kpis, months, forecast, bestF1Threshold: bt ? thresholdReport(bt.y, bt.p, threshold).bestF1Threshold : latest?.summary.bestF1Threshold };
}

/** This client's features at `asOfDay`, from their own orders and activity only. */
async function featureRow(database: LeadLensDb, key: string, asOfDay: number): Promise<FeatureRow> {
  const [o, a, rec] = await Promise.all([clientLines(database, ORDER_SCHEMA, key), clientLines(database, ACTIVITY_SCHEMA, key), database.clients.get(key) as Promise<ClientRecord | undefined>]);
  const book = buildOrderBook(o.cols.day.map((day, i) => ({ customerId: key, day, amount: o.cols.amount[i], items: o.cols.items[i] })));
  const nan = (v: number) => (Number.isNaN(v) ? undefined : v);
  const act = a.n ? buildActivityBook(a.cols.day.map((day, i) => ({ customerId: key, day, visits7d: nan(a.cols.visits7d[i]), visits: nan(a.cols.visits[i]), newsletterOpened: nan(a.cols.newsletterOpened[i]) as 0 | 1 | undefined, adClicks: nan(a.cols.adClicks[i]), timeOnSite: nan(a.cols.timeOnSite[i]) }))) : undefined;
  const d = prepareCustomerData(book, act, [{ customerId: key, ...(rec?.registeredDay !== undefined ? { registeredDay: rec.registeredDay } : {}) }]);
  const f = pointInTimeFeatures(d, asOfDay);
  if (f.clients.length === 0) return {};
  const row: FeatureRow = Object.fromEntries(f.names.map((nm, j) => [nm, f.cols[j][0]]));
  Object.assign(row, { frequency: f.x[0], recency_weeks: f.tx[0], age_weeks: f.T[0] });
  return row;
}

export async function clientWhy(database: LeadLensDb, key: string): Promise<ClientWhy | undefined> {
  const s = await latestForecast(database);
  if (!s) return undefined;
  const rows = (await database.models.where('kind').anyOf('forecast-sales', 'forecast-purchase').toArray()) as { card: unknown }[];
  const cards = new Map<string, ForecastModelCard>();
  for (const r of rows) {
    try { const c = validateForecastCard(r.card); cards.set(c.id, c); } catch { /* a bad stored card is left out of the explanation */ }
  }
  const row = await featureRow(database, key, s.asOfDay);
  const explain = (id: string) => { const c = cards.get(id); return c ? explainForecast(c, cards, row) : []; };
  return { asOfDay: s.asOfDay, salesModelId: s.salesModelId, purchaseModelId: s.purchaseModelId, sales: explain(s.salesModelId), purchase: explain(s.purchaseModelId) };
}

/** The filtered list as CSV (numbers as numbers, dates ISO, probabilities 0–1, text neutralised). */
export function listCsv(rows: ClientListRow[], labels: ExportLabels): string {
  const d = labels.delimiter;
  const out = [BOM, csvLine(labels.headers, d)];
  for (const r of rows) {
    out.push(csvLine([r.customerId, r.name, r.email, r.orders, r.lastPurchaseDay === undefined ? '' : isoDay(r.lastPurchaseDay), r.spend30, r.pBuy14, r.pAlive, labels.segments[r.segment]], d));
  }
  return out.join('');
}
