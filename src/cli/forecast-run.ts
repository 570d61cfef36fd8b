/**
 * The forecast CLI's file-level pipeline (no process or filesystem access, so tests call it directly):
 * input texts → typed rows and row errors → books → the same core engine as the app → output CSV (one row
 * per client), errors CSV and a human summary for stderr.
 */
import { buildActivityBook } from '../core/customers/activity-book';
import { isoDay } from '../core/customers/days';
import { buildOrderBook } from '../core/customers/order-book';
import type { CustomerRowError } from '../core/customers/parse-rows';
import type { PurchaseMetrics, SalesMetrics } from '../core/forecast/backtest';
import { runForecast, type ForecastResult } from '../core/forecast/engine';
import { toCsv } from './csv';
import { readActivity, readClients, readOrders, type ReadResult } from './forecast-read';

export const FORECAST_COLUMNS = ['customer_id', 'expected_spend_30d', 'expected_purchases_30d', 'p_alive', 'p_buy_14d', 'will_buy_14d', 'sales_model', 'purchase_model'] as const;

export interface ForecastFiles {
  orders: { name: string; text: string };
  clients?: { name: string; text: string };
  activity?: { name: string; text: string };
}

export interface FileErrors { file: string; error: CustomerRowError }

export interface ForecastRun {
  result: ForecastResult;
  outputCsv: string;
  errorsCsv: string;
  errors: FileErrors[];
  summary: string;
}

const num = (v: number, digits = 6): string | number => (Number.isNaN(v) ? '' : Number(v.toFixed(digits)));

function fileLine(name: string, r: ReadResult<unknown>): string {
  const layout = r.table.layout === 'whitespace' ? 'whitespace-aligned' : `delimiter "${r.table.layout}"`;
  return `${name}: ${r.table.rows.length} rows (${layout}), valid ${r.values.length}, invalid ${r.table.rows.length - r.values.length}` +
    (r.assumedDayFirst ? ' (slash dates read as DD/MM/YYYY)' : '');
}

export async function forecastFiles(files: ForecastFiles, opts: { asOfDay?: number; threshold: number; today: number }): Promise<ForecastRun> {
  const orders = readOrders(files.orders.text, opts.today);
  const clients = files.clients && readClients(files.clients.text, opts.today);
  const activity = files.activity && readActivity(files.activity.text, opts.today);
  const errors: FileErrors[] = [
    ...orders.errors.map((error) => ({ file: files.orders.name, error })),
    ...(clients?.errors ?? []).map((error) => ({ file: files.clients!.name, error })),
    ...(activity?.errors ?? []).map((error) => ({ file: files.activity!.name, error })),
  ];
  if (orders.values.length === 0) throw new Error(`${files.orders.name}: no valid order rows`);
  const book = buildOrderBook(orders.values);
  let last = -Infinity;
  for (const d of book.day) last = Math.max(last, d);
  const asOfDay = opts.asOfDay ?? last + 1;
  const result = await runForecast(book, activity && buildActivityBook(activity.values), clients?.values, { asOfDay, threshold: opts.threshold });

  const f = result.forecasts;
  const sid = result.selection.sales.chosenId;
  const pid = result.selection.purchase.chosenId;
  const rows = f.clientIds.map((id, i) => [id, num(f.spend30[i], 4), num(f.purchases30[i]), num(f.pAlive[i]), num(f.pBuy14[i]), f.willBuy[i], sid, pid]);
  const errorsCsv = toCsv(['file', 'row', 'column', 'value', 'reason', 'message'], errors.map(({ file, error: e }) => [file, e.row, e.column, e.value, e.reason.code, e.message]));
  const inputs = [fileLine(files.orders.name, orders), ...(clients ? [fileLine(files.clients!.name, clients)] : []), ...(activity ? [fileLine(files.activity!.name, activity)] : [])];
  return { result, outputCsv: toCsv([...FORECAST_COLUMNS], rows), errorsCsv, errors, summary: [...inputs, formatForecastSummary(result)].join('\n') };
}

const fmt = (v: number | undefined, d = 4): string => (v === undefined || !Number.isFinite(v) ? '-' : v.toFixed(d));
const salesLine = (m?: SalesMetrics): string =>
  m ? `R² ${fmt(m.r2)}  MSE ${fmt(m.mse, 2)}  MAE ${fmt(m.mae, 2)}  predicted/actual total ${fmt(m.predictedTotal, 0)}/${fmt(m.actualTotal, 0)}` : 'no backtest';
const purchaseLine = (m?: PurchaseMetrics): string =>
  m ? `ROC AUC ${fmt(m.rocAuc)}  PR AUC ${fmt(m.prAuc)}  Brier ${fmt(m.brier)}  log loss ${fmt(m.logLoss)}` : 'no backtest';

/** The summary printed on stderr: cutoffs, notices, each candidate's backtest, the choices and the threshold view. */
export function formatForecastSummary(r: ForecastResult): string {
  const s = r.selection;
  const lines = [
    `as of ${isoDay(r.asOfDay)} (data before it); label models trained at ${isoDay(r.trainCutoffDay)}; backtest: trained at ${isoDay(r.backtestTrainCutoffDay)}, scored on [${isoDay(r.trainCutoffDay)}, +30 days)`,
    `clients forecast: ${r.forecasts.clientIds.length}`,
    ...r.notices.map((n) => `note: ${n.feature ? n.feature + ': ' : ''}${n.reason.replace(/_/g, ' ')}${n.count !== undefined ? ` (${n.count} clients)` : ''}`),
    'next-30-day spend, backtest:',
    ...s.sales.candidates.map((c) => `  ${c.modelId === s.sales.chosenId ? '*' : ' '} ${c.modelId.padEnd(28)} ${salesLine(c.backtest)}`),
    '14-day purchase, backtest:',
    ...s.purchase.candidates.map((c) => `  ${c.modelId === s.purchase.chosenId ? '*' : ' '} ${c.modelId.padEnd(28)} ${purchaseLine(c.backtest)}`),
    `chosen (* above): sales ${s.sales.chosenId} by ${s.sales.rule}, purchase ${s.purchase.chosenId} by ${s.purchase.rule}`,
  ];
  const t = s.purchase.thresholdReport;
  if (t) {
    const c = t.confusion;
    lines.push(
      `threshold ${r.threshold}: backtest TP ${c.tp} FP ${c.fp} TN ${c.tn} FN ${c.fn}, accuracy ${fmt(c.accuracy)}, precision ${fmt(c.precision)}, recall ${fmt(c.recall)}, F1 ${fmt(c.f1)}; best-F1 threshold ${fmt(t.bestF1Threshold)} (F1 ${fmt(t.bestF1)})`,
    );
  }
  lines.push(`clients flagged at ${r.threshold} (will buy within 14 days): ${r.flagged} of ${r.forecasts.clientIds.length}`);
  return lines.join('\n');
}
