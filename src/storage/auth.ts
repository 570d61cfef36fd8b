/**
 * Sign-in, first-run setup, sign-out and failed-attempt back-off.
 *
 * Finding the user by email before anything is unlocked: each user record carries `emailKey`, a PBKDF2
 * (10k iterations) hash of the normalised email under a random per-workspace lookup salt; the email itself
 * is stored only encrypted. Trade-off: someone holding the device's raw storage who already guesses an
 * email can confirm it belongs to a user (a hash cannot be keyed by a secret nobody has yet), but cannot
 * read emails, and the password is verified only by unwrapping the user's key wrap (no password hash).
 * Trying every user's wrap instead would hide even that, at the cost of one 600k-iteration derivation per
 * user on every sign-in; for a handful of local users the salted lookup is the better balance.
 * Unknown emails still cost one full derivation so timing does not reveal which emails exist.
 *
 * Back-off: after each failure the next attempt must wait 1 s, 2 s, 4 s … (capped at 5 min). The counter is
 * persisted in IndexedDB so a reload does not reset it. It slows casual guessing in the UI; the real defence
 * against offline guessing is the 600k-iteration derivation.
 */
import { fromB64, toB64Url, utf8 } from '../core/crypto/bytes';
import { deriveKek, newKdfParams, type DeriveOptions } from '../core/crypto/kdf';
import { WrongPasswordError, unlockWorkspace, type KeyWrap } from '../core/crypto/workspace-keys';
import { randomBytes, toB64 } from '../core/crypto/bytes';
import { db } from './db';
import { getSetting, setSetting } from './settings-repo';
import { logAudit } from './audit-repo';
import { currentSession, setSession, type Role, type Session, issueSession } from './session';
import { runDataMigrations } from './migrations/index';

export interface WorkspaceMeta { v: 1; lookupSalt: string; createdAt: number }
export interface UserRecord {
  id: string;
  emailKey: string;
  emailEnc: string;
  role: Role;
  disabled: boolean;
  createdAt: number;
  updatedAt: number;
}

const META_KEY = 'auth.workspace';
const BACKOFF_KEY = 'auth.backoff';
export const BACKOFF_CAP_MS = 5 * 60_000;

export class BackoffError extends Error {
  constructor(readonly waitMs: number) { super(`Wait ${Math.ceil(waitMs / 1000)} s before trying again`); this.name = 'BackoffError'; }
}
export class SignInError extends Error {
  constructor(readonly code: 'invalid' | 'disabled', readonly waitMs: number) { super('Wrong email or password'); this.name = 'SignInError'; }
}

export async function workspaceMeta(): Promise<WorkspaceMeta> {
  const m = await getSetting<WorkspaceMeta | undefined>(META_KEY, undefined);
  if (m) return m;
  const fresh: WorkspaceMeta = { v: 1, lookupSalt: toB64(randomBytes(16)), createdAt: Date.now() };
  await setSetting(META_KEY, fresh);
  return fresh;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Non-secret salted lookup hash of an email (see the header for the trade-off). */
export async function emailLookupKey(email: string): Promise<string> {
  const meta = await workspaceMeta();
  const base = await crypto.subtle.importKey('raw', utf8(normaliseEmail(email)), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: fromB64(meta.lookupSalt), iterations: 10_000 }, base, 256);
  return toB64Url(new Uint8Array(bits));
}

export async function isFirstRun(): Promise<boolean> {
  return (await db().users.count()) === 0;
}

export async function findUserByEmail(email: string): Promise<UserRecord | undefined> {
  const key = await emailLookupKey(email);
  return (await db().users.where('emailKey').equals(key).first()) as UserRecord | undefined;
}

interface BackoffState { failures: number; lastAt: number }

export function backoffDelay(failures: number): number {
  return failures <= 0 ? 0 : Math.min(1000 * 2 ** (failures - 1), BACKOFF_CAP_MS);
}

/** Milliseconds to wait before the next attempt (0 = may try now). */
export async function backoffRemaining(now = Date.now()): Promise<number> {
  const s = await getSetting<BackoffState>(BACKOFF_KEY, { failures: 0, lastAt: 0 });
  return Math.max(0, s.lastAt + backoffDelay(s.failures) - now);
}

async function recordFailure(): Promise<number> {
  const s = await getSetting<BackoffState>(BACKOFF_KEY, { failures: 0, lastAt: 0 });
  const next = { failures: s.failures + 1, lastAt: Date.now() };
  await setSetting(BACKOFF_KEY, next);
  return backoffDelay(next.failures);
}

/**
 * Verifies the password by unwrapping the user's key wrap and starts the session.
 * Throws BackoffError (must wait), SignInError (wrong email/password or disabled account).
 */
export async function signIn(email: string, password: string, opts: DeriveOptions = {}): Promise<Session> {
  const wait = await backoffRemaining();
  if (wait > 0) throw new BackoffError(wait);
  const user = await findUserByEmail(email);
  const wrap = user ? ((await db().keyWraps.get(user.id)) as KeyWrap | undefined) : undefined;
  try {
    if (!user || !wrap) {
      await deriveKek(password, newKdfParams()); // same cost as a real attempt
      throw new WrongPasswordError();
    }
    const keys = await unlockWorkspace(wrap, password, opts);
    if (user.disabled) {
      await logAudit('signin.failure', { reason: 'disabled' }, user.id);
      throw new SignInError('disabled', 0);
    }
    const session: Session = issueSession({ userId: user.id, email: normaliseEmail(email), role: user.role, keys, startedAt: Date.now() });
    await setSetting(BACKOFF_KEY, { failures: 0, lastAt: 0 });
    await logAudit('signin.success', undefined, user.id);
    await runDataMigrations(session); // before the app renders: views never see unmigrated records
    setSession(session);
    return session;
  } catch (e) {
    if (!(e instanceof WrongPasswordError)) throw e;
    const waitMs = await recordFailure();
    await logAudit('signin.failure', { reason: 'invalid' }, user?.id);
    throw new SignInError('invalid', waitMs);
  }
}

/** Ends the session (sign-out or idle lock): the keys are dropped from memory. */
export async function signOut(reason: 'signout' | 'lock' = 'signout'): Promise<void> {
  const s = currentSession();
  if (!s) return;
  await logAudit(reason, undefined, s.userId);
  setSession(undefined);
}

export function newUserId(): string {
  return `u_${toB64Url(randomBytes(12))}`;
}
