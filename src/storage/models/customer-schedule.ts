/**
 * The customer models' "retrain when the app opens" setting (`models.customers.schedule` in settings; off by
 * default). Reading needs no role (the app shell asks on open); changing it is admin-only and audited.
 */
import { normaliseSchedule, type RetrainSchedule } from '../../core/forecast/retrain-rule';
import { logAudit } from '../audit-repo';
import { requireAdmin, type Session } from '../session';
import { getSetting, setSetting } from '../settings-repo';

const KEY = 'models.customers.schedule';

export async function getRetrainSchedule(): Promise<RetrainSchedule> {
  return normaliseSchedule(await getSetting<unknown>(KEY, undefined));
}

export async function setRetrainSchedule(session: Session | undefined, value: RetrainSchedule): Promise<RetrainSchedule> {
  const s = requireAdmin(session, 'models.customers.schedule');
  const v = normaliseSchedule(value);
  await setSetting(KEY, v);
  await logAudit('settings', { setting: KEY, enabled: v.enabled, days: v.days }, s.userId);
  return v;
}
