/**
 * One customer-file import, end to end, inside the customers worker: parse (parse-file.ts) → check the
 * content hash against earlier imports → seal and store (storage/customers/import-store.ts) → record.
 * Progress reports rows, rate and ETA; the page cancels by terminating the worker (nothing is written
 * until parsing is done, and each store step is its own transaction).
 */
import type { WorkspaceKeys } from '../../core/crypto/workspace-keys';
import type { CustomerFileKind, CustomerImportOptions, CustomerImportResult, CustomerProgress, CustomerStage } from '../../bridge/customers-contract';
import type { LeadLensDb } from '../../storage/db';
import { findImport, recordImport, storeClients, storeLines, type StoreOutcome } from '../../storage/customers/import-store';
import { parseFile } from './parse-file';
import { clientKey } from '../../storage/customers/client-records';
import { refreshClientList } from '../../storage/customers/client-list-refresh';

export interface ImportArgs {
  file: Blob;
  fileName: string;
  kind: CustomerFileKind;
  opts: CustomerImportOptions;
  headers: string[];
  keys: WorkspaceKeys;
  encIds: boolean;
  /** Epoch day of today (dates after it are row errors). */
  today: number;
}

/** Progress with rate and ETA from a start time and an estimate of the total. */
export function progressMaker(onProgress: (p: CustomerProgress) => void): (stage: CustomerStage, done: number, total: number) => void {
  const t0 = performance.now();
  return (stage, done, total) => {
    const secs = (performance.now() - t0) / 1000;
    const rate = secs > 0 ? done / secs : 0;
    onProgress({ stage, rowsDone: done, rowsTotal: Math.max(total, done), rowsPerSecond: rate, etaSeconds: rate > 0 ? Math.max(0, total - done) / rate : 0 });
  };
}

export async function importFile(database: LeadLensDb, args: ImportArgs, onProgress: (p: CustomerProgress) => void): Promise<CustomerImportResult> {
  const started = performance.now();
  const report = progressMaker(onProgress);
  const size = args.file.size;
  const timing: Record<string, number> = {};
  const parseTiming: Record<string, number> = {};
  // Keyed ids (HMAC, WebCrypto's own thread) are started while parsing goes on, not after it.
  const prekeys = new Map<string, Promise<string>>();
  const parsed = await parseFile(args.file, args.kind, args.opts, args.headers, args.today, (bytes, rows) => {
    report('reading', rows, bytes > 0 ? Math.round((rows * size) / bytes) : 0);
  }, (cid) => {
    if (prekeys.has(cid)) return;
    const t0 = performance.now();
    prekeys.set(cid, clientKey(args.keys, cid));
    timing['parse.rows.startHmac'] = (timing['parse.rows.startHmac'] ?? 0) + performance.now() - t0; // part of parse.rows
  }, parseTiming);
  timing.parse = performance.now() - started;
  for (const [k, v] of Object.entries(parseTiming)) timing[`parse.${k}`] = v;
  const id = `imp-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const valid = parsed.rows - parsed.invalid;
  report('checking', parsed.rows, parsed.rows);
  const prior = await findImport(database, args.kind, parsed.sha256);
  let out: StoreOutcome = { added: 0, duplicates: valid, newClients: 0 };
  if (!prior) {
    const ctx = { database, keys: args.keys, encIds: args.encIds, now: Date.now(), timing, onStage: (s: CustomerStage) => report(s, parsed.rows, parsed.rows) };
    out = parsed.lines
      ? await storeLines(ctx, args.kind === 'activity' ? 'activity' : 'orders', parsed.lines, id, prekeys)
      : await storeClients(ctx, parsed.clients ?? []);
    await recordImport(database, {
      id, kind: args.kind, sha256: parsed.sha256, fileName: args.fileName, at: Date.now(),
      rows: parsed.rows, valid, invalid: parsed.invalid, ...out, errors: parsed.errors.slice(0, 1000),
    });
    const t0 = performance.now();
    if (parsed.clients || out.added > 0) await refreshClientList(database, args.keys); // the client list's snapshot follows the import
    timing.listSnapshot = performance.now() - t0;
  }
  return {
    id: prior?.id ?? id, kind: args.kind, fileName: args.fileName, sha256: parsed.sha256, alreadyImported: prior !== undefined,
    rows: parsed.rows, valid, invalid: parsed.invalid, ...out, errors: parsed.errors, ms: performance.now() - started, timing,
  };
}
