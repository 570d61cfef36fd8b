/**
 * The signed-in session: user id, role and the unlocked workspace keys (non-extractable). Repositories take
 * a session argument for anything that touches personal data or needs a role, and call requireAdmin() for
 * admin operations, so roles are enforced in the data API itself, not only by hiding buttons.
 * The session lives in memory only: a reload or lock forgets the keys.
 */
import type { WorkspaceKeys } from '../core/crypto/workspace-keys';
import type { AdminAction } from './admin-actions';

export type Role = 'admin' | 'analyst';

export interface Session {
  readonly userId: string;
  readonly email: string;
  readonly role: Role;
  readonly keys: WorkspaceKeys;
  readonly startedAt: number;
}

export class PermissionError extends Error {
  readonly code: 'not-signed-in' | 'admin-only';
  constructor(code: 'not-signed-in' | 'admin-only', message?: string) {
    super(message ?? (code === 'admin-only' ? 'Only an administrator can do this' : 'Sign in first'));
    this.name = 'PermissionError';
    this.code = code;
  }
}

let current: Session | undefined;
const listeners = new Set<(s: Session | undefined) => void>();

/** The current session, or undefined when locked/signed out. */
export function currentSession(): Session | undefined {
  return current;
}

export function setSession(s: Session | undefined): void {
  current = s;
  for (const fn of listeners) fn(s);
}

export function onSessionChange(fn: (s: Session | undefined) => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** Sessions issued by sign-in or setup. Only these count: a forged copy such as `{ ...s, role: 'admin' }` does not. */
const issued = new WeakSet<Session>();

/** Marks a session as genuinely issued (called only by sign-in and first-run setup, after unwrapping keys). */
export function issueSession(s: Session): Session {
  issued.add(Object.freeze(s));
  return s;
}

/** A refused call as the audit log records it (#14 defect 6): who tried, what, why. */
export interface Refusal { code: PermissionError['code']; action: string; userId?: string }
const refusalListeners = new Set<(r: Refusal) => void>();

/** Called for every PermissionError raised by requireSession/requireAdmin/refuse (audit-repo logs them). */
export function onRefusal(fn: (r: Refusal) => void): () => void {
  refusalListeners.add(fn);
  return () => refusalListeners.delete(fn);
}

/**
 * Raises a PermissionError and tells the refusal listeners. "Who" is the genuine session when there is one,
 * else the id the caller claimed (a forged session), else nobody (not signed in).
 */
export function refuse(code: PermissionError['code'], action: string, s?: Session): never {
  const who = s && issued.has(s) ? s.userId : current?.userId ?? s?.userId;
  for (const fn of refusalListeners) fn({ code, action, userId: who });
  throw new PermissionError(code);
}

/** The given (or current) session; throws PermissionError when nobody is signed in or the session is forged. */
export function requireSession(s: Session | undefined = current, action = 'data.read'): Session {
  if (!s || !s.keys || !issued.has(s)) refuse('not-signed-in', action, s);
  return s;
}

/**
 * The given (or current) session if it is genuine and belongs to an admin; throws PermissionError otherwise.
 * `action` names the refused call in the audit log; only actions of the role matrix (admin-actions.ts) are allowed.
 */
export function requireAdmin(s: Session | undefined, action: AdminAction): Session {
  const ses = requireSession(s, action);
  if (ses.role !== 'admin') refuse('admin-only', action, ses);
  return ses;
}
