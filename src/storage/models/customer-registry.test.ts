// The customer models' registry data API: every action admin-only (an analyst is refused and the refusal audited
// under the action's name), activation by the retrain rule with rollback, deletion never of the active model or a
// part of the active blend, and an import that either stores the model with its parts or changes nothing.
import { beforeEach, describe, expect, it } from 'vitest';
import type { ForecastModelCard } from '../../core/forecast/card';
import { listAudit } from '../audit-repo';
import { openDb, db } from '../db';
import { saveForecastRun } from '../customers/forecast-store';
import { customerActiveStates } from '../customers/active-models';
import { issueSession, PermissionError, type Session } from '../session';
import { activateCustomerModel, deleteCustomerModel, exportCustomerModel, importCustomerModel, listCustomerModels, rollbackCustomerModel } from './customer-registry';

const session = (role: 'admin' | 'analyst'): Session => issueSession({ userId: `${role}-1`, email: `${role}@example.com`, role, keys: {} as never, startedAt: 0 });
const card = (id: string, kind: ForecastModelCard['kind'], r2: number, params: ForecastModelCard['params'] = {}): ForecastModelCard => ({
  schemaVersion: 1, id, task: 'sales', kind, features: kind === 'naive' ? [{ name: 'spend_30d', transform: 'none' }] : [],
  params, trainedAt: '2025-01-01T00:00:00.000Z', trainingCutoffDay: 20_000, trainingRows: 10, metrics: { r2 },
});
const NAIVE = card('sales-naive@a', 'naive', 0.3);
const NAIVE2 = card('sales-naive@b', 'naive', 0.5);
const WORSE = card('sales-naive@c', 'naive', 0.1);
const BLEND = card('sales-blend@a', 'blend', 0.4, { kind: 'blend', components: ['sales-naive@a', 'sales-naive@b'], weights: [0.5, 0.5] });

let n = 0;
beforeEach(async () => {
  openDb(`customer-registry-${++n}-${Date.now()}`);
  const models = [NAIVE, NAIVE2, WORSE, BLEND].map((c, i) => ({ id: c.id, kind: 'forecast-sales' as const, task: 'sales' as const, createdAt: i, card: c }));
  const summary = { runId: 'r1', asOfDay: 20_001, clients: 0, salesModelId: BLEND.id, purchaseModelId: 'p', models: [], notices: [], threshold: 0.7, flagged: 0, ms: 0 };
  await saveForecastRun(db(), summary, { keys: [], spend30: new Float64Array(), purchases30: new Float64Array(), pBuy14: new Float64Array(), pAlive: new Float64Array() }, models);
});

describe('customer model registry', () => {
  it('refuses analysts in the data API and audits each refusal', async () => {
    const a = session('analyst');
    for (const call of [() => activateCustomerModel(a, NAIVE2.id), () => rollbackCustomerModel(a, 'sales'), () => deleteCustomerModel(a, WORSE.id), () => exportCustomerModel(a, NAIVE.id), () => importCustomerModel(a, '{}')]) {
      await expect(call()).rejects.toBeInstanceOf(PermissionError);
    }
    const refused = (await listAudit(session('admin'))).filter((e) => e.type === 'refused').map((e) => e.detail?.action).sort();
    expect(refused).toEqual(['models.customers.activate', 'models.customers.delete', 'models.customers.export', 'models.customers.import', 'models.customers.rollback']);
  });

  it('activates by the rule, rolls back, never deletes the active model or a part of the active blend', async () => {
    const s = session('admin');
    await expect(activateCustomerModel(s, WORSE.id)).rejects.toThrow(/^\[worse\]/); // R² 0.1 vs the blend's 0.4
    await expect(deleteCustomerModel(s, NAIVE.id)).rejects.toThrow(/^\[is_active\]/); // a part of the active blend
    await expect(deleteCustomerModel(s, BLEND.id)).rejects.toThrow(/^\[is_active\]/);
    expect(await activateCustomerModel(s, NAIVE2.id)).toEqual({ id: NAIVE2.id, history: [BLEND.id] });
    await deleteCustomerModel(s, NAIVE.id); // no longer in use
    expect((await rollbackCustomerModel(s, 'sales')).id).toBe(BLEND.id);
    expect((await customerActiveStates(db())).sales).toEqual({ id: BLEND.id, history: [] });
    const audit = await listAudit(session('admin'));
    expect(audit.filter((e) => e.type === 'activate').map((e) => [e.detail?.modelId, e.detail?.rollback ?? false])).toEqual(expect.arrayContaining([[NAIVE2.id, false], [BLEND.id, true]]));
    expect(audit.some((e) => e.type === 'delete' && e.detail?.modelId === NAIVE.id)).toBe(true);
  });

  it('imports a blend with its parts, or changes nothing', async () => {
    const s = session('admin');
    const file = await exportCustomerModel(s, BLEND.id);
    await expect(importCustomerModel(s, file.text)).rejects.toThrow(/^\[exists\]/);
    await db().models.bulkDelete([BLEND.id, NAIVE.id]);
    const before = (await listCustomerModels()).map((m) => m.id);
    const bad = JSON.parse(file.text) as { parts: ForecastModelCard[] };
    bad.parts[1].metrics.r2 = 0.9;
    await expect(importCustomerModel(s, JSON.stringify(bad))).rejects.toThrow(/^\[checksum\]/);
    expect((await listCustomerModels()).map((m) => m.id)).toEqual(before);
    await importCustomerModel(s, file.text, 'blend.json');
    const after = await listCustomerModels();
    expect(after.find((m) => m.id === BLEND.id)?.card).toEqual(BLEND);
    expect(after.find((m) => m.id === NAIVE.id)?.card).toEqual(NAIVE);
    expect((await listAudit(session('admin'))).some((e) => e.type === 'import' && e.detail?.modelId === BLEND.id && e.detail?.parts === 'sales-naive@a sales-naive@b')).toBe(true);
  });
});
