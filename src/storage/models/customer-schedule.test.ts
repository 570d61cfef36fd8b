// The customer models' retrain-on-open setting: off by default, admin-only to change (analysts refused in the
// data API and the refusal audited), and every change audited.
import { beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../audit-repo';
import { openDb } from '../db';
import { issueSession, PermissionError, type Session } from '../session';
import { getRetrainSchedule, setRetrainSchedule } from './customer-schedule';

const session = (role: 'admin' | 'analyst'): Session => issueSession({ userId: `${role}-1`, email: `${role}@example.com`, role, keys: {} as never, startedAt: 0 });
let n = 0;
beforeEach(() => { openDb(`customer-schedule-${++n}-${Date.now()}`); });

describe('customer models schedule setting', () => {
  it('is off by default; admins change it, analysts are refused and audited', async () => {
    expect(await getRetrainSchedule()).toEqual({ enabled: false, days: 30 });
    await expect(setRetrainSchedule(session('analyst'), { enabled: true, days: 7 })).rejects.toBeInstanceOf(PermissionError);
    expect(await getRetrainSchedule()).toEqual({ enabled: false, days: 30 });
    expect(await setRetrainSchedule(session('admin'), { enabled: true, days: 7 })).toEqual({ enabled: true, days: 7 });
    expect(await getRetrainSchedule()).toEqual({ enabled: true, days: 7 });
    await new Promise((r) => setTimeout(r, 20));
    const log = await listAudit(session('admin'));
    expect(log.some((e) => e.type === 'refused' && e.detail?.action === 'models.customers.schedule')).toBe(true);
    expect(log.some((e) => e.type === 'settings' && e.detail?.setting === 'models.customers.schedule' && e.detail.days === 7)).toBe(true);
  });
});
