/**
 * Stores a parsed customer file (runs in the customers worker, with the workspace keys passed in):
 * Customer IDs → keyed client ids (HMAC); order/activity lines naming an unknown client create it (ID
 * only, in the sealed client directory: client-directory.ts); lines already in the book are skipped (line-identity.ts);
 * new lines are appended as columnar chunks; derived client fields are refreshed; the import is recorded
 * by content hash so the same file imported again is recognised and adds nothing.
 */
import type { WorkspaceKeys } from '../../core/crypto/workspace-keys';
import type { Client } from '../../core/customers/types';
import type { CustomerFileKind, CustomerImportError } from '../../bridge/customers-contract';
import type { LeadLensDb } from '../db';
import { clientKey, clientKeys, sealClient, upsertClientRecords, type ClientRecord } from './client-records';
import { ACTIVITY_SCHEMA, appendLines, groupByClient, ORDER_SCHEMA, pickLines, readLines, type Column, type Lines } from './line-chunks';
import { newLineIndices } from './line-identity';
import { addToDirectory, liveKeys, readDirectory } from './client-directory';
import { changedDerived, computeDerived, refreshDerived, type Derived } from './derived';

export interface ImportRecord {
  id: string; kind: CustomerFileKind; sha256: string; fileName: string; at: number;
  rows: number; valid: number; invalid: number; added: number; duplicates: number; newClients: number;
  errors: CustomerImportError[];
}

/** A previous import of the same content and kind, if any. */
export async function findImport(database: LeadLensDb, kind: CustomerFileKind, sha256: string): Promise<ImportRecord | undefined> {
  const rows = (await database.customerImports.where('sha256').equals(sha256).toArray()) as unknown as ImportRecord[];
  return rows.find((r) => r.kind === kind);
}

export async function recordImport(database: LeadLensDb, r: ImportRecord): Promise<void> {
  await database.customerImports.put(r as unknown as Record<string, unknown>);
}

export interface StoreContext {
  database: LeadLensDb; keys: WorkspaceKeys; encIds: boolean; now: number;
  onStage?: (stage: 'sealing' | 'storing') => void;
  /** Filled with milliseconds per step when given. */
  timing?: Record<string, number>;
}

async function timed<R>(ctx: StoreContext, step: string, fn: () => Promise<R> | R): Promise<R> {
  const t0 = performance.now();
  try { return await fn(); } finally { if (ctx.timing) ctx.timing[step] = (ctx.timing[step] ?? 0) + performance.now() - t0; }
}

/**
 * Creates ID-only clients for keyed ids not yet stored (with their derived fields), as client-directory
 * chunks: one AES-GCM call and one record per 50k clients. Returns the keys created.
 */
async function ensureClients(ctx: StoreContext, keys: string[], ids: string[], derived?: Map<string, Derived>): Promise<string[]> {
  // Key-only cursor over client records plus the directory's live keys.
  const stored = await timed(ctx, 'existingKeys', async () => {
    const set = new Set((await ctx.database.clients.toCollection().primaryKeys()) as string[]);
    for (const k of liveKeys(await readDirectory(ctx.database))) set.add(k);
    return set;
  });
  const missing = keys.map((k, i) => (stored.has(k) ? -1 : i)).filter((i) => i >= 0);
  await timed(ctx, 'addClients', () => addToDirectory(ctx.database, ctx.keys, missing.map((j) => ({ key: keys[j], id: ids[j] })), ctx.encIds, derived, ctx.now));
  return missing.map((j) => keys[j]);
}

/** Keyed Lines from raw lines (distinct ids hashed once). */
async function keyedLines(
  ctx: StoreContext, raw: { n: number; ids: string[]; cols: Record<string, number[]> }, kinds: Record<string, 'i32' | 'f64'>,
  prekeys?: Map<string, Promise<string>>,
): Promise<{ lines: Lines; distinct: string[]; keys: string[] }> {
  const at = new Map<string, number>();
  const distinct: string[] = [];
  const client = new Int32Array(raw.n);
  for (let i = 0; i < raw.n; i++) {
    const id = raw.ids[i].trim();
    let k = at.get(id);
    if (k === undefined) { k = distinct.length; at.set(id, k); distinct.push(id); }
    client[i] = k;
  }
  const keys = prekeys ? await Promise.all(distinct.map((id) => prekeys.get(id) ?? clientKey(ctx.keys, id))) : await clientKeys(ctx.keys, distinct);
  const cols: Record<string, Column> = {};
  for (const [name, kind] of Object.entries(kinds)) cols[name] = kind === 'i32' ? Int32Array.from(raw.cols[name]) : Float64Array.from(raw.cols[name]);
  return { lines: { n: raw.n, keys, client, cols }, distinct, keys };
}

export interface StoreOutcome { added: number; duplicates: number; newClients: number }

/** Appends order or activity lines (new ones only), creating unknown clients. `prekeys`: keyed ids already being computed. */
export async function storeLines(
  ctx: StoreContext, kind: 'orders' | 'activity', raw: { n: number; ids: string[]; cols: Record<string, number[]> }, importId: string,
  prekeys?: Map<string, Promise<string>>,
): Promise<StoreOutcome> {
  const schema = kind === 'orders' ? ORDER_SCHEMA : ACTIVITY_SCHEMA;
  ctx.onStage?.('sealing');
  const { lines, distinct, keys } = await timed(ctx, 'keys', () => keyedLines(ctx, raw, schema.columns, prekeys));
  const book = await timed(ctx, 'readBook', () => readLines(ctx.database, schema));
  const keep = await timed(ctx, 'dedupe', () => newLineIndices(schema, book, lines));
  const added = pickLines(schema, lines, groupByClient(lines, keep));
  const derived = kind === 'orders' ? computeDerived(book, added) : undefined;
  const before = kind === 'orders' ? computeDerived(book) : undefined;
  const created = await ensureClients(ctx, keys, distinct, derived);
  ctx.onStage?.('storing');
  await timed(ctx, 'append', () => appendLines(ctx.database, schema, added, importId));
  if (derived && before) {
    // Clients created above already carry their derived fields; only existing ones may need rewriting.
    const changed = changedDerived(before, derived);
    for (const k of created) changed.delete(k);
    await timed(ctx, 'derived', () => refreshDerived(ctx.database, changed));
  }
  return { added: keep.length, duplicates: lines.n - keep.length, newClients: created.length };
}

/** Inserts or updates client records (sealed in this worker). */
export async function storeClients(ctx: StoreContext, clients: Client[]): Promise<StoreOutcome> {
  ctx.onStage?.('sealing');
  const keys = await clientKeys(ctx.keys, clients.map((c) => c.customerId));
  const records: ClientRecord[] = [];
  for (let i = 0; i < clients.length; i += 1024) {
    records.push(...(await Promise.all(clients.slice(i, i + 1024).map((c, j) => sealClient(ctx.keys, c, ctx.encIds, ctx.now, keys[i + j])))));
  }
  ctx.onStage?.('storing');
  const { added } = await upsertClientRecords(ctx.database, records);
  return { added: records.length, duplicates: 0, newClients: added };
}
