/**
 * When this workspace was last backed up, and whether work is waiting for a backup (#14 "Backups"). Browsers
 * evict or clear site data, so a backup file kept elsewhere is the only real protection: the dashboard and
 * Settings show the last backup's date and remind the admin when work older than N days (a setting) is in
 * no backup. Readable before sign-in (the sign-in screen's erase panel shows the backup's age); nothing here
 * is personal. "Work" = leads saved, batch runs started and clients changed after the last backup.
 */
import { db } from './db';
import { getSetting, setSetting } from './settings-repo';
import { logAudit } from './audit-repo';
import { requireAdmin, type Session } from './session';

const LAST = 'backup.lastAt';
const DAYS = 'backup.reminderDays';
export const DEFAULT_REMINDER_DAYS = 7;
const DAY_MS = 86_400_000;

export interface BackupStatus {
  /** When the last backup file was written from this workspace (undefined = never). */
  lastBackupAt?: number;
  /** The oldest change not in any backup (undefined = nothing unsaved). */
  unsavedSince?: number;
  /** Remind when unsaved work is older than this many days (0 = never remind). */
  reminderDays: number;
  /** True when the admin should be reminded now. */
  due: boolean;
}

export async function getLastBackupAt(): Promise<number | undefined> {
  const v = await getSetting<unknown>(LAST, undefined);
  return typeof v === 'number' ? v : undefined;
}

/** Called by exportWorkspace once the file is written. */
export async function recordBackup(at = Date.now()): Promise<void> {
  await setSetting(LAST, at);
}

export async function getReminderDays(): Promise<number> {
  const v = await getSetting<unknown>(DAYS, DEFAULT_REMINDER_DAYS);
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 365 ? v : DEFAULT_REMINDER_DAYS;
}

export async function setReminderDays(session: Session | undefined, days: number): Promise<void> {
  requireAdmin(session, 'settings.backupReminder');
  if (!Number.isInteger(days) || days < 0 || days > 365) throw new RangeError('Reminder days must be 0–365');
  await setSetting(DAYS, days);
  await logAudit('settings', { backupReminderDays: days });
}

/** The oldest change after `since` in leads, runs, clients, the client directory, customer imports and forecast runs (indexed dates: cheap). */
async function oldestChangeAfter(since: number): Promise<number | undefined> {
  const d = db();
  const firsts = await Promise.all([
    d.leads.where('createdAt').above(since).first(),
    d.runs.where('startedAt').above(since).first(),
    d.clients.where('updatedAt').above(since).first(),
    d.customerImports.where('at').above(since).first(),
    d.forecastRuns.where('createdAt').above(since).first(),
    d.clientDirectory.where('updatedAt').above(since).firstKey(), // the index key only: chunks are large
  ]);
  const times = [firsts[0]?.createdAt, firsts[1]?.startedAt, firsts[2]?.updatedAt, firsts[3]?.at, firsts[4]?.createdAt, firsts[5]].filter((x): x is number => typeof x === 'number');
  return times.length ? Math.min(...times) : undefined;
}

export async function backupStatus(now = Date.now()): Promise<BackupStatus> {
  const [lastBackupAt, reminderDays] = await Promise.all([getLastBackupAt(), getReminderDays()]);
  const unsavedSince = await oldestChangeAfter(lastBackupAt ?? 0);
  const due = reminderDays > 0 && unsavedSince !== undefined && now - unsavedSince >= reminderDays * DAY_MS;
  return { lastBackupAt, unsavedSince, reminderDays, due };
}

/** Whole days between `at` and `now` (for "3 days ago"). */
export function daysAgo(at: number, now = Date.now()): number {
  return Math.max(0, Math.floor((now - at) / DAY_MS));
}
