/**
 * "Load demo data" in the customers worker: the core's seeded generator (core/customers/demo.ts: BG/NBD ×
 * Gamma-Gamma purchases with a season, activity tied to each client's latent rate, made-up names at
 * example.* domains), ending yesterday so forecasts look at the coming month, stored through the same
 * path as a user's import (sealed, keyed, deduplicated: loading it twice adds nothing).
 */
import type { LeadLensDb } from '../../storage/db';
import type { CustomerFileKind, CustomerImportResult, CustomerProgress } from '../../bridge/customers-contract';
import { generateDemo } from '../../core/customers/demo';
import { ACTIVITY_MEASURES } from '../../core/customers/activity-book';
import { todayDay } from '../../core/customers/days';
import { storeClients, storeLines, type StoreOutcome } from '../../storage/customers/import-store';
import { refreshClientList } from '../../storage/customers/client-list-refresh';
import type { DemoArgs } from './protocol';
import { progressMaker } from './import-file';

function result(kind: CustomerFileKind, rows: number, out: StoreOutcome, ms: number): CustomerImportResult {
  return { id: `demo-${kind}`, kind, fileName: 'demo', sha256: '', alreadyImported: false, rows, valid: rows, invalid: 0, errors: [], ms, ...out };
}

export async function loadDemoData(database: LeadLensDb, args: DemoArgs, onProgress: (p: CustomerProgress) => void): Promise<CustomerImportResult[]> {
  const t0 = performance.now();
  const report = progressMaker(onProgress);
  const demo = generateDemo({ clients: args.clients ?? 3000, seed: args.seed ?? 7, endDay: todayDay() });
  const total = demo.clients.length + demo.orders.length + demo.activity.length;
  const ctx = { database, keys: args.keys, encIds: args.encIds, now: Date.now() };
  report('sealing', 0, total);
  const c = await storeClients(ctx, demo.clients);
  report('storing', demo.clients.length, total);
  const o = demo.orders;
  const orders = await storeLines(ctx, 'orders', { n: o.length, ids: o.map((x) => x.customerId), cols: { day: o.map((x) => x.day), amount: o.map((x) => x.amount), items: o.map((x) => x.items) } }, 'demo');
  report('storing', demo.clients.length + o.length, total);
  const a = demo.activity;
  const cols: Record<string, number[]> = { day: a.map((x) => x.day) };
  for (const m of ACTIVITY_MEASURES) cols[m] = a.map((x) => x[m] ?? NaN);
  const activity = await storeLines(ctx, 'activity', { n: a.length, ids: a.map((x) => x.customerId), cols }, 'demo');
  await refreshClientList(database, args.keys); // the client list's snapshot, so the list opens from it
  report('storing', total, total);
  const ms = performance.now() - t0;
  return [result('clients', demo.clients.length, c, ms), result('orders', o.length, orders, ms), result('activity', a.length, activity, ms)];
}
