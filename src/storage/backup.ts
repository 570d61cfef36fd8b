/**
 * Whole-workspace backup, restore and wipe. Export reads every Dexie table (personal fields are already
 * sealed at rest), encodes rows losslessly (backup-codec), compresses with fflate and seals the result
 * under a key from a backup password (PBKDF2 600k, AES-GCM; core/crypto/backup-crypto) into a .leadlens file.
 * Restore decrypts and decompresses first, then replaces all tables in one transaction; files carry a
 * format version and older versions are accepted (unknown tables ignored, missing ones left empty).
 * Permissions: an admin session is required, except restoring into an empty (first-run) workspace and
 * wiping from the sign-in screen when the password is forgotten (anyone at the device can clear site data).
 */
import { strFromU8, strToU8, unzlibSync, zlibSync } from 'fflate';
import { decryptBackup, encryptBackup } from '../core/crypto/backup-crypto';
import type { WrapOptions } from '../core/crypto/workspace-keys';
import { db } from './db';
import { decodeValue, encodeValue } from './backup-codec';
import { isFirstRun } from './auth';
import { logAudit } from './audit-repo';
import { getLastBackupAt, recordBackup } from './backup-status';
import { currentSession, requireAdmin, setSession, refuse, type Session } from './session';

export const BACKUP_FORMAT = 'leadlens-backup';
export const BACKUP_VERSION = 1;
export const BACKUP_EXTENSION = '.leadlens';

interface BackupFile { format: string; version: number; dbVersion: number; createdAt: number; tables: Record<string, unknown[]> }

export class BackupFormatError extends Error {
  constructor(message: string) { super(message); this.name = 'BackupFormatError'; }
}

/** Every table's rows, lossless-encoded (also used by tests to compare before/after). */
export async function snapshotTables(): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of db().tables) out[t.name] = (await t.toArray()).map(encodeValue);
  return out;
}

export async function exportWorkspace(session: Session | undefined, password: string, opts: WrapOptions = {}): Promise<Uint8Array> {
  requireAdmin(session, 'backup.export');
  await logAudit('backup.export');
  const file: BackupFile = { format: BACKUP_FORMAT, version: BACKUP_VERSION, dbVersion: db().verno, createdAt: Date.now(), tables: await snapshotTables() };
  const bytes = await encryptBackup(zlibSync(strToU8(JSON.stringify(file)), { level: 6 }), password, opts);
  await recordBackup(file.createdAt); // after the snapshot: the file does not claim to contain its own backup time
  return bytes;
}

/** Decrypts and validates a backup without touching the database. */
export async function readBackup(bytes: Uint8Array, password: string, opts: WrapOptions = {}): Promise<BackupFile> {
  const plain = await decryptBackup(bytes, password, opts);
  let file: BackupFile;
  try { file = JSON.parse(strFromU8(unzlibSync(plain))) as BackupFile; } catch { throw new BackupFormatError('The backup is damaged'); }
  if (file.format !== BACKUP_FORMAT || typeof file.version !== 'number' || !file.tables) throw new BackupFormatError('Not a LeadLens backup');
  if (file.version > BACKUP_VERSION) throw new BackupFormatError(`Backup version ${file.version} is newer than this app`);
  return file;
}

/** Replaces the whole workspace with the backup. Signs out: the restored users' passwords apply. */
export async function restoreWorkspace(session: Session | undefined, bytes: Uint8Array, password: string, opts: WrapOptions = {}): Promise<{ rows: number }> {
  if (session || currentSession()) requireAdmin(session, 'backup.restore');
  else if (!(await isFirstRun())) refuse('not-signed-in', 'backup.restore');
  const file = await readBackup(bytes, password, opts);
  let rows = 0;
  await replaceAllTables((name) => {
    const data = file.tables[name];
    if (!Array.isArray(data) || !data.length) return undefined;
    rows += data.length;
    return data.map(decodeValue);
  });
  setSession(undefined);
  await logAudit('backup.restore', { rows });
  return { rows };
}

/**
 * Empties every table and refills it from `contents(tableName)` in ONE read-write transaction. The database
 * stays open throughout: deleting and reopening it instead left a window in which any view refreshing at
 * that moment (or another tab, or a worker) hit DatabaseClosedError — seen as page errors under load.
 * Readers see the old workspace or the new one, never a half-wiped one.
 */
async function replaceAllTables(contents: (table: string) => unknown[] | undefined): Promise<void> {
  const tables = db().tables;
  await db().transaction('rw', tables, async () => {
    for (const t of tables) {
      await t.clear();
      const data = contents(t.name);
      if (data?.length) await t.bulkPut(data as never[]);
    }
  });
}

/**
 * Empties the database and local settings. Admin, or `forgotPassword` from the sign-in screen (the UI asks
 * for a typed confirmation word and shows the last backup's age first). The new, empty workspace's audit log
 * starts with a `workspace.erased` entry: when, how, and when the erased workspace was last backed up.
 */
export async function wipeAll(session: Session | undefined, opts: { forgotPassword?: boolean } = {}): Promise<void> {
  if (!(opts.forgotPassword && !currentSession())) requireAdmin(session, 'workspace.erase');
  const lastBackupAt = await getLastBackupAt().catch(() => undefined);
  await replaceAllTables(() => undefined);
  try {
    const ls = (globalThis as { localStorage?: { removeItem(k: string): void } }).localStorage;
    if (ls) for (const k of Object.keys(ls)) if (k.startsWith('leadlens.')) ls.removeItem(k);
  } catch { /* storage unavailable */ }
  await logAudit('workspace.erased', { via: opts.forgotPassword ? 'forgotten-password' : 'admin', lastBackupAt: lastBackupAt ?? 0 }, opts.forgotPassword ? undefined : session?.userId);
  setSession(undefined); // last: listeners re-read the (now empty) database
}
