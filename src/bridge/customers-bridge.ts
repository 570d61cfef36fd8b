/**
 * Page side of the customers worker (contract: ./customers-contract.ts, ./customers-forecast-contract.ts):
 * sniffs a file's head on the page (64 KB: encoding, delimited vs whitespace-aligned, header, suggested
 * mapping), then runs imports, demo data and forecasts in the worker with progress and cancel. The
 * workspace keys (non-extractable CryptoKeys, structured-cloneable) go to the worker so sealing happens
 * there. The page never holds the order book.
 */
import { proxy } from 'comlink';
import { WorkerBridge } from './worker-bridge';
import type { Delimiter, Encoding } from './batch-contract';
import type { CustomerFileKind, CustomerImportOptions, CustomerImportResult, CustomerProgress, CustomerSniff, CustomerTotals } from './customers-contract';
import type { ForecastArgs, ForecastSummary, ThresholdFigures } from './customers-forecast-contract';
import type { CustomersWorkerApi } from '../workers/customers/protocol';
import { completeLines, detectEncoding, headerSignature, SNIFF_BYTES, sniffText } from '../core/csv/sniff';
import { hasHeaderRow, looksWhitespaceAligned, splitWhitespace } from '../core/csv/whitespace';
import { ACTIVITY_FIELDS, CLIENT_FIELDS, guessOrderColumns, matchCustomerColumns, ORDER_FIELDS } from '../core/customers/columns';
import { todayDay } from '../core/customers/days';
import { getEncryptCustomerIds } from '../storage/auth-settings';
import { getPurchaseThreshold } from '../storage/customers/purchase-threshold';
import { requireSession } from '../storage/session';
import { logAudit } from '../storage/audit-repo';
import { markBusy } from '../pwa/busy';

/** The one customers worker (issue #10's list calls use it too: bridge/client-list-bridge.ts). */
export const bridge = new WorkerBridge<CustomersWorkerApi>(
  () => new Worker(new URL('../workers/customers/customers.worker.ts', import.meta.url), { type: 'module', name: 'customers' }),
  30_000,
);

/** The fields of each kind of file, in mapping order, and which are required. */
export const CUSTOMER_FIELDS: Record<CustomerFileKind, { name: string; required: boolean }[]> = {
  orders: ORDER_FIELDS.map((f) => ({ name: f, required: f !== 'items' })),
  clients: CLIENT_FIELDS.map((f) => ({ name: f, required: f === 'customerId' })),
  activity: ACTIVITY_FIELDS.map((f) => ({ name: f, required: f === 'customerId' || f === 'date' })),
};

export async function sniffCustomerFile(file: File, kind: CustomerFileKind, override?: { encoding?: Encoding; delimiter?: Delimiter }): Promise<CustomerSniff> {
  const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  const whole = file.size <= SNIFF_BYTES;
  const encoding = override?.encoding ?? detectEncoding(head, whole).encoding;
  const text = new TextDecoder(encoding).decode(head, { stream: !whole }).replace(/^\uFEFF/, '');
  const sample = completeLines(text, whole);
  const ws = !override?.delimiter && looksWhitespaceAligned(sample);
  let rows: string[][];
  let delimiter: Delimiter = ',';
  let decimalComma = false;
  if (ws) rows = splitWhitespace(sample).slice(0, 21);
  else {
    const s = sniffText(text, whole, override);
    rows = [s.headers, ...s.rows];
    delimiter = s.delimiter;
    decimalComma = s.decimalComma;
  }
  const fields = CUSTOMER_FIELDS[kind].map((f) => f.name);
  // A header has a letter above a number somewhere, or names at least one field (clients files are all text).
  const hasHeader = rows.length > 0 && (hasHeaderRow(rows[0], rows[1]) || Object.keys(matchCustomerColumns(rows[0], fields)).length > 0);
  const width = Math.max(0, ...rows.map((r) => r.length));
  const headers = hasHeader ? rows[0].map((h) => h.trim()) : Array.from({ length: width }, (_, i) => `column ${i + 1}`);
  const previewRows = hasHeader ? rows.slice(1) : rows.slice(0, 20);
  const found: Record<string, number | undefined> = hasHeader ? matchCustomerColumns(headers, fields) : kind === 'orders' ? guessOrderColumns(previewRows) : { customerId: 0 };
  const suggested = Object.fromEntries(fields.map((f) => [f, found[f] ?? -1]));
  return { kind, encoding, format: ws ? 'whitespace' : 'delimited', delimiter, decimalComma, hasHeader, headers, previewRows, suggested, headerSignature: headerSignature(headers) };
}

/** Required fields the mapping leaves out. */
export function missingFields(kind: CustomerFileKind, mapping: Record<string, number>): string[] {
  return CUSTOMER_FIELDS[kind].filter((f) => f.required && !((mapping[f.name] ?? -1) >= 0)).map((f) => f.name);
}

async function withBusy<R>(fn: () => Promise<R>): Promise<R> {
  const done = markBusy();
  try { return await fn(); } finally { done(); }
}

export async function importCustomerFile(
  file: File, kind: CustomerFileKind, opts: CustomerImportOptions, headers: string[],
  onProgress: (p: CustomerProgress) => void, signal?: AbortSignal,
): Promise<CustomerImportResult> {
  const missing = missingFields(kind, opts.mapping);
  if (missing.length > 0) throw new Error(`[missing_required_columns] ${missing.join(', ')}`);
  const s = requireSession();
  const encIds = await getEncryptCustomerIds();
  const r = await withBusy(() => bridge.call((api) => api.importFile({ file, fileName: file.name, kind, opts, headers, keys: s.keys, encIds, today: todayDay() }, proxy(onProgress)), signal));
  await logAudit('import', { what: `customers-${kind}`, rows: r.rows, added: r.added, invalid: r.invalid, duplicate: r.alreadyImported });
  return r;
}

export async function loadCustomerDemo(onProgress: (p: CustomerProgress) => void, signal?: AbortSignal): Promise<CustomerImportResult[]> {
  const s = requireSession();
  const encIds = await getEncryptCustomerIds();
  const r = await withBusy(() => bridge.call((api) => api.loadDemo({ keys: s.keys, encIds }, proxy(onProgress)), signal));
  await logAudit('import', { what: 'customers-demo', rows: r.reduce((n, x) => n + x.added, 0) });
  return r;
}

/** Runs every forecast; the decision threshold is the saved purchase threshold unless `args` gives one. */
export async function runForecasts(args: ForecastArgs, onProgress: (p: CustomerProgress) => void, signal?: AbortSignal): Promise<ForecastSummary> {
  requireSession();
  const full: ForecastArgs = { ...args, threshold: args.threshold ?? await getPurchaseThreshold() };
  return withBusy(() => bridge.call((api) => api.forecast(full, proxy(onProgress)), signal));
}

/** How many clients a purchase-probability threshold flags, with the backtest's confusion matrix and best-F1 threshold there. */
export function forecastThreshold(threshold: number): Promise<ThresholdFigures | undefined> {
  return bridge.call((api) => api.threshold(threshold));
}

export function customerTotals(): Promise<CustomerTotals> {
  return bridge.call((api) => api.totals());
}

/** Bench hook: exposed only when the URL has ?bench (see tests/bench/customers-bench.mjs). */
if (typeof location !== 'undefined' && new URLSearchParams(location.search).has('bench')) {
  (globalThis as unknown as { leadlensCustomers: unknown }).leadlensCustomers = { sniffCustomerFile, importCustomerFile, runForecasts, customerTotals };
}
