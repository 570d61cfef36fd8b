/**
 * The one IndexedDB database (Dexie). Only repositories in src/storage import this; UI code never touches
 * tables. Every schema change is a new `version(n)` with its upgrade written down in docs/SCHEMA_MIGRATIONS.md.
 *
 * Bulk data is kept as few, large records (measured: ~8k records/s for one-record-per-row writes), so batch
 * results live in columnar chunks per run, not one record per lead.
 */
import Dexie, { type Table } from 'dexie';

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
