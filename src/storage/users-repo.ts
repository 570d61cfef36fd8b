/**
 * Local user accounts and their key wraps. First run creates the admin and the workspace secret; admins
 * add users, change roles, disable/enable, reset passwords and remove users (which deletes their key wrap).
 * Every management call takes the caller's session and starts with requireAdmin(), so an analyst's call is
 * rejected here in the data API. Adding a user or resetting a password re-wraps the workspace secret, which
 * needs the admin's own password (session keys are non-extractable by design).
 * All crypto runs before the Dexie transaction opens.
 */
import { checkPassword, isEmail, type PasswordProblem } from '../core/crypto/password-policy';
import { deriveWorkspaceKeys, newWorkspaceSecret, unwrapSecret, wrapSecret, type KeyWrap, type WrapOptions } from '../core/crypto/workspace-keys';
import { sealString } from '../core/crypto/seal';
import { db } from './db';
import { logAudit } from './audit-repo';
import { emailLookupKey, findUserByEmail, isFirstRun, newUserId, normaliseEmail, type UserRecord } from './auth';
import { open } from './crypto-fields';
import { requireAdmin, setSession, type Role, type Session, issueSession } from './session';

export class UserError extends Error {
  constructor(readonly code: PasswordProblem | 'email' | 'exists' | 'notFirstRun' | 'notFound' | 'lastAdmin' | 'self') {
    super(`User operation refused: ${code}`);
    this.name = 'UserError';
  }
}

export interface UserView { id: string; email: string; role: Role; disabled: boolean; createdAt: number }

function validateNew(email: string, password: string, confirm?: string): void {
  if (!isEmail(email)) throw new UserError('email');
  const problem = checkPassword(password, { email, confirm });
  if (problem) throw new UserError(problem);
}

/** First run: creates the admin and the workspace secret, and signs the admin in. */
export async function setupAdmin(email: string, password: string, confirm?: string, opts: WrapOptions = {}): Promise<Session> {
  validateNew(email, password, confirm);
  if (!(await isFirstRun())) throw new UserError('notFirstRun');
  const id = newUserId();
  const secret = newWorkspaceSecret();
  const wrap = await wrapSecret(secret, password, id, opts);
  const keys = await deriveWorkspaceKeys(secret);
  const now = Date.now();
  const user: UserRecord = { id, emailKey: await emailLookupKey(email), emailEnc: await sealString(keys, normaliseEmail(email)), role: 'admin', disabled: false, createdAt: now, updatedAt: now };
  await db().transaction('rw', db().users, db().keyWraps, async () => {
    if ((await db().users.count()) > 0) throw new UserError('notFirstRun');
    await db().users.add({ ...user });
    await db().keyWraps.put({ ...wrap });
  });
  const session: Session = issueSession({ userId: id, email: normaliseEmail(email), role: 'admin', keys, startedAt: now });
  setSession(session);
  await logAudit('setup', undefined, id);
  return session;
}

export async function listUsers(session: Session | undefined): Promise<UserView[]> {
  const s = requireAdmin(session, 'users.list');
  const rows = (await db().users.toArray()) as unknown as UserRecord[];
  const out = await Promise.all(rows.map(async (u) => ({ id: u.id, email: await open(s, u.emailEnc), role: u.role, disabled: u.disabled, createdAt: u.createdAt })));
  return out.sort((a, b) => a.createdAt - b.createdAt);
}

async function adminSecret(s: Session, adminPassword: string, opts: WrapOptions) {
  const own = (await db().keyWraps.get(s.userId)) as KeyWrap | undefined;
  if (!own) throw new UserError('notFound');
  return unwrapSecret(own, adminPassword, opts); // WrongPasswordError if the admin mistyped
}

export async function addUser(session: Session | undefined, input: { email: string; role: Role; password: string }, adminPassword: string, opts: WrapOptions = {}): Promise<UserView> {
  const s = requireAdmin(session, 'users.add');
  validateNew(input.email, input.password);
  if (input.role !== 'admin' && input.role !== 'analyst') throw new UserError('notFound');
  if (await findUserByEmail(input.email)) throw new UserError('exists');
  const secret = await adminSecret(s, adminPassword, opts);
  const id = newUserId();
  const wrap = await wrapSecret(secret, input.password, id, opts);
  secret.fill(0);
  const now = Date.now();
  const email = normaliseEmail(input.email);
  const user: UserRecord = { id, emailKey: await emailLookupKey(email), emailEnc: await sealString(s.keys, email), role: input.role, disabled: false, createdAt: now, updatedAt: now };
  await db().transaction('rw', db().users, db().keyWraps, async () => {
    await db().users.add({ ...user });
    await db().keyWraps.put({ ...wrap });
  });
  await logAudit('user.add', { target: id, role: input.role });
  return { id, email, role: input.role, disabled: false, createdAt: now };
}

export async function resetPassword(session: Session | undefined, userId: string, newPassword: string, adminPassword: string, opts: WrapOptions = {}): Promise<void> {
  const s = requireAdmin(session, 'users.resetPassword');
  const user = await getUser(userId);
  const problem = checkPassword(newPassword, { email: await open(s, user.emailEnc) });
  if (problem) throw new UserError(problem);
  const secret = await adminSecret(s, adminPassword, opts);
  const wrap = await wrapSecret(secret, newPassword, userId, opts);
  secret.fill(0);
  await db().keyWraps.put({ ...wrap });
  await logAudit('user.reset', { target: userId });
}

async function getUser(userId: string): Promise<UserRecord> {
  const u = (await db().users.get(userId)) as UserRecord | undefined;
  if (!u) throw new UserError('notFound');
  return u;
}

async function activeAdmins(): Promise<UserRecord[]> {
  const all = (await db().users.toArray()) as unknown as UserRecord[];
  return all.filter((u) => u.role === 'admin' && !u.disabled);
}

export async function setRole(session: Session | undefined, userId: string, role: Role): Promise<void> {
  requireAdmin(session, 'users.setRole');
  if (role !== 'admin' && role !== 'analyst') throw new UserError('notFound');
  const u = await getUser(userId);
  if (u.role === 'admin' && role !== 'admin' && (await activeAdmins()).length <= 1) throw new UserError('lastAdmin');
  await db().users.update(userId, { role, updatedAt: Date.now() });
  await logAudit('user.role', { target: userId, role });
}

export async function setDisabled(session: Session | undefined, userId: string, disabled: boolean): Promise<void> {
  const s = requireAdmin(session, 'users.setDisabled');
  if (userId === s.userId && disabled) throw new UserError('self');
  const u = await getUser(userId);
  if (disabled && u.role === 'admin' && (await activeAdmins()).length <= 1) throw new UserError('lastAdmin');
  await db().users.update(userId, { disabled, updatedAt: Date.now() });
  await logAudit(disabled ? 'user.disable' : 'user.enable', { target: userId });
}

/** Removes the user and deletes their key wrap: their password no longer opens anything. */
export async function removeUser(session: Session | undefined, userId: string): Promise<void> {
  const s = requireAdmin(session, 'users.remove');
  if (userId === s.userId) throw new UserError('self');
  await getUser(userId);
  await db().transaction('rw', db().users, db().keyWraps, async () => {
    await db().users.delete(userId);
    await db().keyWraps.delete(userId);
  });
  await logAudit('user.remove', { target: userId });
}
