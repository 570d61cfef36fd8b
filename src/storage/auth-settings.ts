/**
 * Security settings: idle minutes before auto-lock (default 15) and whether Customer IDs are encrypted
 * at rest (default on). Reading is open (the lock timer runs before sign-in); changing needs an admin.
 */
import { getSetting, setSetting } from './settings-repo';
import { logAudit } from './audit-repo';
import { requireAdmin, type Session } from './session';

const IDLE = 'security.idleMinutes';
const ENC_IDS = 'security.encryptCustomerIds';
export const DEFAULT_IDLE_MINUTES = 15;

export async function getIdleMinutes(): Promise<number> {
  const v = await getSetting<unknown>(IDLE, DEFAULT_IDLE_MINUTES);
  return typeof v === 'number' && v >= 1 && v <= 240 ? v : DEFAULT_IDLE_MINUTES;
}

export async function setIdleMinutes(session: Session | undefined, minutes: number): Promise<void> {
  requireAdmin(session, 'settings.idleMinutes');
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 240) throw new RangeError('Idle minutes must be 1–240');
  await setSetting(IDLE, minutes);
  await logAudit('settings', { idleMinutes: minutes });
}

export async function getEncryptCustomerIds(): Promise<boolean> {
  return (await getSetting<unknown>(ENC_IDS, true)) !== false;
}

export async function setEncryptCustomerIds(session: Session | undefined, on: boolean): Promise<void> {
  requireAdmin(session, 'settings.encryptCustomerIds');
  await setSetting(ENC_IDS, on);
  await logAudit('settings', { encryptCustomerIds: on });
}
