// The customer models' data API on the page: the on-open schedule retrains only when due (the worker is
// replaced by a fake), every retrain is audited with the activation decision, and analysts are refused.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CustomerModelInfo, CustomerModelsStatus, RetrainOutcome } from './customers-retrain-contract';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 2);
const model = (task: 'sales' | 'purchase', trainedAt: number): CustomerModelInfo => ({ id: `${task}-x`, task, kind: 'linear' as const, trainedAt: new Date(trainedAt).toISOString(), trainingCutoffDay: 20_000, trainingRows: 10, metrics: task === 'sales' ? { r2: 0.2 } : { logLoss: 0.15, rocAuc: 0.8 } as Record<string, number> });
let status: CustomerModelsStatus;
const retrained = vi.fn<() => RetrainOutcome>();
vi.mock('./customers-bridge', () => ({
  bridge: { call: (fn: (api: unknown) => unknown) => fn({ customerModels: async () => status, retrainCustomerModels: async () => retrained() }) },
}));

const { retrainIfDue, retrainCustomerModels } = await import('./customers-models-bridge');
const { openDb } = await import('../storage/db');
const { issueSession, PermissionError } = await import('../storage/session');
const { setRetrainSchedule } = await import('../storage/models/customer-schedule');
const { listAudit } = await import('../storage/audit-repo');
const session = (role: 'admin' | 'analyst') => issueSession({ userId: `${role}-1`, email: `${role}@example.com`, role, keys: {} as never, startedAt: 0 });

let n = 0;
beforeEach(() => {
  openDb(`cm-bridge-${++n}-${Date.now()}`);
  retrained.mockReset();
  retrained.mockReturnValue({ decision: { sales: 'worse', purchase: 'better_or_equal', activate: false }, previous: { sales: model('sales', NOW - 40 * DAY) }, next: { sales: { ...model('sales', NOW), metrics: { r2: 0.1 } } }, summary: { runId: 'fc-1', asOfDay: 20_010 } as RetrainOutcome['summary'] });
  status = { active: { runId: 'fc-0', asOfDay: 20_000, sales: model('sales', NOW - 40 * DAY), purchase: model('purchase', NOW - 40 * DAY), candidates: [] }, lastOrderDay: 20_009 };
});

describe('customer models bridge', () => {
  it('does nothing on open while the schedule is off (the default)', async () => {
    expect(await retrainIfDue(session('admin'), () => {}, NOW)).toEqual({ reason: 'off' });
    expect(retrained).not.toHaveBeenCalled();
  });

  it('retrains on open when due, and audits the retrain and the keep-old decision', async () => {
    const admin = session('admin');
    await setRetrainSchedule(admin, { enabled: true, days: 30 });
    status.lastOrderDay = 19_999;
    expect((await retrainIfDue(admin, () => {}, NOW)).reason).toBe('no_new_data');
    status.lastOrderDay = 20_009;
    const r = await retrainIfDue(admin, () => {}, NOW);
    expect(r.reason).toBe('due');
    expect(r.outcome?.decision.activate).toBe(false);
    const log = await listAudit(admin);
    const act = log.find((e) => e.type === 'activate');
    expect(act?.detail).toMatchObject({ what: 'customer-models', trigger: 'schedule', activated: false, sales: 'worse', 'old.sales.r2': 0.2, 'new.sales.r2': 0.1 });
    expect(log.some((e) => e.type === 'retrain' && e.detail?.trigger === 'schedule')).toBe(true);
  });

  it('refuses an analyst before the worker is called', async () => {
    await expect(retrainCustomerModels(session('analyst'), 'manual', () => {})).rejects.toBeInstanceOf(PermissionError);
    expect(retrained).not.toHaveBeenCalled();
  });
});
