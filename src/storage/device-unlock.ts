/**
 * "Keep this device unlocked for N hours" (#13; off by default). When on, the session's workspace keys — the
 * non-extractable AES-GCM data key and HMAC index key, never the raw secret or the password — are kept in their
 * own small IndexedDB database (`leadlens-device`, one record) with an expiry, so a reload within that time
 * resumes the session without the password. The keys stay non-extractable: script on this origin can use them
 * but not read them out. Trade-off (said in Settings): anyone who can open this browser profile before the expiry
 * can use the workspace without the password. Sign-out, idle lock, lock from another tab, erase and expiry remove
 * the record. Kept apart from the main database so it is never part of a backup or a restore.
 * The choice of N (0 = off) is a device preference in localStorage; the keys are re-kept at each sign-in. While it
 * is off nothing here touches IndexedDB (turning it off forgets the keys at once).
 */
import { openString } from '../core/crypto/seal';
import type { WorkspaceKeys } from '../core/crypto/workspace-keys';
import { db } from './db';
import { logAudit } from './audit-repo';
import type { UserRecord } from './auth';
import { currentSession, issueSession, onSessionChange, setSession, type Session } from './session';
import { runDataMigrations } from './migrations/index';

export const UNLOCK_HOURS = [1, 4, 8, 24] as const;
const PREF = 'leadlens.keepUnlockedHours';
const DB = 'leadlens-device';
const STORE = 'unlock';
const KEY = 'current';
const HOUR = 3_600_000;

interface DeviceUnlock { userId: string; keys: WorkspaceKeys; expiresAt: number }

function idb<T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const conn = req.result;
      const r = fn(conn.transaction(STORE, mode).objectStore(STORE));
      r.onsuccess = () => { conn.close(); resolve(r.result); };
      r.onerror = () => { conn.close(); reject(r.error); };
    };
  });
}

/** Hours the device stays unlocked after a sign-in (0 = off, the default). */
export function keepUnlockedHours(): number {
  let v = 0;
  try { v = Number(localStorage.getItem(PREF) ?? 0); } catch { /* storage blocked: off */ }
  return (UNLOCK_HOURS as readonly number[]).includes(v) ? v : 0;
}

/** Sets the preference and applies it to the current session now (keeps or forgets its keys). */
export async function setKeepUnlockedHours(hours: number): Promise<void> {
  try { if (hours > 0) localStorage.setItem(PREF, String(hours)); else localStorage.removeItem(PREF); } catch { /* not kept */ }
  const s = currentSession();
  if (hours > 0 && s) await keep(s, hours);
  else await forgetDeviceUnlock();
  await logAudit('settings', { keepUnlockedHours: hours });
}

async function keep(s: Session, hours: number): Promise<void> {
  const rec: DeviceUnlock = { userId: s.userId, keys: s.keys, expiresAt: Date.now() + hours * HOUR };
  await idb('readwrite', (st) => st.put(rec, KEY));
}

/** When the kept keys expire (undefined when nothing is kept). */
export async function deviceUnlockExpiry(): Promise<number | undefined> {
  if (keepUnlockedHours() === 0) return undefined; // off: nothing kept (and no database created just to look)
  const rec = await idb<DeviceUnlock | undefined>('readonly', (st) => st.get(KEY)).catch(() => undefined);
  return rec?.expiresAt;
}

export async function forgetDeviceUnlock(): Promise<void> {
  await idb('readwrite', (st) => st.delete(KEY)).catch(() => undefined);
}

/**
 * Resumes the kept session if it has not expired and its user still exists and is enabled; the role is read
 * afresh from the user record, and the email is opened with the kept key (which also proves the key is right).
 * Returns the session, or undefined (the caller shows sign-in). Logged as `signin.resume`.
 */
export async function resumeDeviceUnlock(now = Date.now()): Promise<Session | undefined> {
  if (keepUnlockedHours() === 0) return undefined; // turning it off forgot the keys already
  const rec = await idb<DeviceUnlock | undefined>('readonly', (st) => st.get(KEY)).catch(() => undefined);
  if (!rec) return undefined;
  const user = (await db().users.get(rec.userId)) as UserRecord | undefined;
  if (rec.expiresAt <= now || !user || user.disabled) { await forgetDeviceUnlock(); return undefined; }
  let email: string;
  try { email = await openString(rec.keys, user.emailEnc); } catch { await forgetDeviceUnlock(); return undefined; }
  const session = issueSession({ userId: user.id, email, role: user.role, keys: rec.keys, startedAt: now });
  await logAudit('signin.resume', { until: rec.expiresAt }, user.id);
  await runDataMigrations(session);
  resumed.add(session); // a resumed session keeps the original expiry: reloading never extends it
  setSession(session);
  return session;
}

const resumed = new WeakSet<Session>();
let installed = false;
/** Keeps the keys at each sign-in when the preference is on, and forgets them whenever the session ends. */
export function installDeviceUnlock(): void {
  if (installed) return;
  installed = true;
  let last: Session | undefined = currentSession();
  onSessionChange((s) => {
    if (!s) { if (keepUnlockedHours() > 0) void forgetDeviceUnlock(); }
    else if (s !== last && !resumed.has(s) && keepUnlockedHours() > 0) void keep(s, keepUnlockedHours());
    last = s;
  });
}
