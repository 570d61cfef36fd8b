/**
 * Audit log of security-relevant actions (sign-ins, sign-outs, imports, exports, retraining, activation,
 * deletions, user management, backups). Entries hold no personal data: a type, the acting user's id, the
 * time and a small non-personal detail (counts, ids). Any module may log; only admins may read.
 */
import { db } from './db';
import { currentSession, onRefusal, requireAdmin, type Session } from './session';

export type AuditType =
  | 'signin.success' | 'signin.failure' | 'signout' | 'lock'
  | 'setup' | 'user.add' | 'user.remove' | 'user.role' | 'user.disable' | 'user.enable' | 'user.reset'
  | 'import' | 'export' | 'retrain' | 'activate' | 'delete'
  | 'backup.export' | 'backup.restore' | 'settings'
  /** #14: a refused call (detail: action, reason), the erase of a previous workspace, a data migration. */
  | 'refused' | 'workspace.erased' | 'migrate'
  /** #13: a session resumed on reload from keys kept on this device ("keep this device unlocked"). */
  | 'signin.resume';

export interface AuditEntry {
  id?: number;
  at: number;
  type: AuditType;
  userId?: string;
  detail?: Record<string, string | number | boolean>;
}

/** Appends an entry; never throws (auditing must not break the action it records). */
export async function logAudit(type: AuditType, detail?: AuditEntry['detail'], userId?: string): Promise<void> {
  const entry: AuditEntry = { at: Date.now(), type, userId: userId ?? currentSession()?.userId };
  if (detail) entry.detail = detail;
  try {
    await db().audit.add({ ...entry });
  } catch (e) {
    console.warn('audit log write failed', e);
  }
}

/** Newest first; admin only. */
export async function listAudit(session: Session | undefined, limit = 500): Promise<AuditEntry[]> {
  requireAdmin(session, 'audit.read');
  const rows = await db().audit.orderBy('id').reverse().limit(limit).toArray();
  return rows as unknown as AuditEntry[];
}

/** Every refused call is recorded (who, what, when) the moment it is refused (#14 defect 6). */
onRefusal((r) => void logAudit('refused', { action: r.action, reason: r.code }, r.userId));
