/**
 * The one IndexedDB database (Dexie). Only repositories in src/storage import this; UI code never touches
 * tables. Every schema change is a new `version(n)` with its upgrade written down in docs/SCHEMA_MIGRATIONS.md.
 *
 * Bulk data is kept as few, large records (measured: ~8k records/s for one-record-per-row writes), so batch
 * results live in columnar chunks per run, not one record per lead.
 */
import Dexie, { type Table } from 'dexie';
import { upgradeClientsToV2 } from './customers/migrate-v2';

/** Generic row shapes; each repository narrows them. Personal fields are stored encrypted (see #4). */
export interface Row { [k: string]: unknown }

export class LeadLensDb extends Dexie {
  /** Single leads scored from the form (owner: leads-repo). */
  leads!: Table<Row, number>;
  /** Batch run records: status, counts, aggregates (owner: runs-repo). */
  runs!: Table<Row, string>;
  /** Columnar, compressed result chunks of a run, keyed [runId+chunk] (owner: runs-repo). */
  runChunks!: Table<Row, [string, number]>;
  /** Invalid rows of a run, chunked like runChunks (owner: runs-repo). */
  runErrors!: Table<Row, [string, number]>;
  /** Compact index Customer ID key → run and row (owner: runs-repo). */
  leadIndex!: Table<Row, [string, string]>;
  /** Models retrained in the browser and which model is active (owner: models-repo, later issue). */
  models!: Table<Row, string>;
  /** Clients with activity and orders (owner: clients-repo, later issue). */
  clients!: Table<Row, string>;
  /** Clients known only by Customer ID (created from order/activity files), sealed in chunks (v4, client-directory.ts). */
  clientDirectory!: Table<Row, number>;
  /** The client list's snapshot: columnar chunks of every client record's list columns, texts sealed per chunk (v5, client-list-store.ts). */
  clientList!: Table<Row, number>;
  /** Order lines in columnar chunks of up to ~50k lines, client as keyed id (owner: storage/customers, v2). */
  orderChunks!: Table<Row, number>;
  /** Activity snapshots in columnar chunks like orderChunks (owner: storage/customers, v2). */
  activityChunks!: Table<Row, number>;
  /** Customer files imported (content hash, counts, first row errors) (owner: storage/customers, v2). */
  customerImports!: Table<Row, string>;
  /** One record per forecast run: as-of day, model ids, selection and notices (owner: storage/customers, v2). */
  forecastRuns!: Table<Row, string>;
  /** Per-client predictions of a forecast run, columnar chunks keyed [runId+chunk] (owner: storage/customers, v2). */
  forecastChunks!: Table<Row, [string, number]>;
  /** Key/value settings (owner: settings-repo). */
  settings!: Table<Row, string>;
  /** Audit log of security-relevant actions (owner: audit-repo). */
  audit!: Table<Row, number>;
  /** Local user accounts (owner: users-repo). */
  users!: Table<Row, string>;
  /** Per-user wraps of the workspace data key (owner: users-repo). */
  keyWraps!: Table<Row, string>;

  constructor(name = 'leadlens') {
    super(name);
    this.version(1).stores({
      leads: '++id, customerKey, createdAt, segment, modelId',
      runs: 'id, status, startedAt',
      runChunks: '[runId+chunk], runId',
      runErrors: '[runId+chunk], runId',
      leadIndex: '[customerKey+runId], customerKey, runId',
      models: 'id, kind, createdAt',
      clients: 'id, segment, updatedAt',
      settings: 'key',
      audit: '++id, at, type, userId',
      users: 'id, emailKey',
      keyWraps: 'userId',
    });
    // v2 (issue #9, docs/SCHEMA_MIGRATIONS.md): customer analytics. Embedded client orders move to orderChunks.
    this.version(2).stores({
      clients: 'id, registeredDay',
      orderChunks: 'chunk',
      activityChunks: 'chunk',
      customerImports: 'id, kind, sha256, at',
      forecastRuns: 'id, asOfDay, createdAt',
      forecastChunks: '[runId+chunk], runId',
    }).upgrade((tx) => upgradeClientsToV2(tx));
    // v3: clients.updatedAt indexed again, so "unsaved work since the last backup" is one indexed query
    // (storage/backup-status.ts) instead of a scan of every client (docs/SCHEMA_MIGRATIONS.md).
    this.version(3).stores({ clients: 'id, registeredDay, updatedAt' });
    // v4: ID-only clients created from order/activity files live in sealed columnar chunks (clientDirectory),
    // not one sealed record each. Existing client records stay as they are (docs/SCHEMA_MIGRATIONS.md).
    this.version(4).stores({ clientDirectory: 'chunk, updatedAt' });
    // v5: the client list's snapshot (issue #10), so the list reads a few chunks instead of every client
    // record; built on first use and kept in step through clients.updatedAt (docs/SCHEMA_MIGRATIONS.md).
    this.version(5).stores({ clientList: 'chunk' });
  }
}

let instance: LeadLensDb | undefined;
/** The app's database (lazy). Tests may pass their own name via openDb. */
export function db(): LeadLensDb {
  instance ??= new LeadLensDb();
  return instance;
}
export function openDb(name: string): LeadLensDb {
  instance = new LeadLensDb(name);
  return instance;
}
