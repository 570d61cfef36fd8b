// The model registry's data API: admin-only changes (analysts refused here, not just in the menu), activation
// with rollback, deletion rules, one-file export/import with every check, and the audit trail.
import { beforeEach, describe, expect, it } from 'vitest';
import { loadCard } from '../../../tests/unit/helpers/artifacts';
import { modelChecksum } from '../../core/training/model-file';
import type { LogisticWeights, RegistryModel } from '../../core/training/types';
import { listAudit } from '../audit-repo';
import { openDb } from '../db';
import { issueSession, PermissionError, type Session } from '../session';
import { activateModel, deleteModel, exportModel, getActiveState, getStoredModel, importModel, listStoredModels, rollbackModel, saveCandidate } from './models-repo';
import { resolveScoringModel } from './active-source';

const base = loadCard('conv-xgb-1');
const CHAMP = 'conv-xgb-1';
const BUILT = ['conv-xgb-1', 'conv-hgb-1'];
const opts = { champion: CHAMP, builtIns: BUILT };
const session = (role: 'admin' | 'analyst'): Session => issueSession({ userId: `${role}-1`, email: `${role}@example.com`, role, keys: {} as never, startedAt: 0 });

async function model(id: string): Promise<RegistryModel> {
  const F = base.features.length;
  const weights: LogisticWeights = { kind: 'logistic', coef: Array.from({ length: F }, (_, j) => j / 100), intercept: 1.5, means: new Array(F).fill(0), scales: new Array(F).fill(1), C: 0.1 };
  const card = { ...base, modelId: id };
  return { id, task: 'conversion', kind: 'logistic', builtIn: false, card, weights, sha256: await modelChecksum(card, weights), createdAt: 1, createdBy: 'admin-1' };
}

let n = 0;
beforeEach(() => { openDb(`models-repo-${++n}-${Date.now()}`); });

describe('models registry', () => {
  it('refuses analysts in the data API', async () => {
    const ana = session('analyst');
    await expect(saveCandidate(ana, await model('m1'))).rejects.toBeInstanceOf(PermissionError);
    await saveCandidate(session('admin'), await model('m1'));
    await expect(activateModel(ana, 'conversion', 'm1', opts)).rejects.toMatchObject({ code: 'admin-only' });
    await expect(rollbackModel(ana, 'conversion', BUILT)).rejects.toBeInstanceOf(PermissionError);
    await expect(deleteModel(ana, 'm1', CHAMP)).rejects.toBeInstanceOf(PermissionError);
    await expect(exportModel(ana, 'm1')).rejects.toBeInstanceOf(PermissionError);
    await expect(activateModel(undefined, 'conversion', 'm1', opts)).rejects.toMatchObject({ code: 'not-signed-in' });
    expect(await getActiveState('conversion')).toBeUndefined();
  });

  it('activates, rolls back to the previous model and guards deletion', async () => {
    const admin = session('admin');
    await saveCandidate(admin, await model('m1'));
    await saveCandidate(admin, await model('m2'));
    expect((await listStoredModels('conversion')).map((m) => m.id).sort()).toEqual(['m1', 'm2']);
    await activateModel(admin, 'conversion', 'm1', opts);
    await activateModel(admin, 'conversion', 'm2', opts);
    expect(await getActiveState('conversion')).toEqual({ id: 'm2', history: [CHAMP, 'm1'] });
    expect((await resolveScoringModel())?.stored?.card.modelId).toBe('m2');
    await expect(deleteModel(admin, 'm2', CHAMP)).rejects.toMatchObject({ code: 'is_active' });
    await expect(deleteModel(admin, CHAMP, CHAMP)).rejects.toMatchObject({ code: 'built_in' });
    await deleteModel(admin, 'm1', CHAMP);
    // m1 is gone, so rolling back skips it and returns to the built-in champion.
    expect((await rollbackModel(admin, 'conversion', BUILT)).id).toBe(CHAMP);
    expect(await resolveScoringModel()).toEqual({ modelId: CHAMP });
    await expect(rollbackModel(admin, 'conversion', BUILT)).rejects.toMatchObject({ code: 'no_previous' });
    await expect(activateModel(admin, 'conversion', 'nope', opts)).rejects.toMatchObject({ code: 'not_found' });
    const types = (await listAudit(admin)).map((e) => `${e.type}:${String(e.detail?.modelId)}`);
    expect(types).toEqual(expect.arrayContaining(['retrain:m1', 'activate:m1', 'activate:m2', 'delete:m1', `activate:${CHAMP}`]));
  });

  it('exports one file and imports it with every check; bad files change nothing', async () => {
    const admin = session('admin');
    await saveCandidate(admin, await model('m1'));
    const file = await exportModel(admin, 'm1');
    openDb(`models-repo-import-${++n}`);
    const good = await importModel(admin, file.text, base, BUILT);
    expect(good.sha256).toBe((await model('m1')).sha256);
    openDb(`models-repo-import-${++n}`);
    const o = JSON.parse(file.text);
    const tampered = JSON.stringify({ ...o, weights: { ...o.weights, intercept: 9 } });
    await expect(importModel(admin, tampered, base, BUILT)).rejects.toMatchObject({ code: 'checksum' });
    await expect(importModel(admin, JSON.stringify({ ...o, formatVersion: 7 }), base, BUILT)).rejects.toMatchObject({ code: 'schema_version' });
    await expect(importModel(admin, JSON.stringify({ ...o, card: { ...o.card, schemaVersion: 2 } }), base, BUILT)).rejects.toMatchObject({ code: 'schema_version' });
    await expect(importModel(admin, 'not json', base, BUILT)).rejects.toMatchObject({ code: 'not_json' });
    const changedFields = { ...base, features: base.features.slice(1) };
    await expect(importModel(admin, file.text, changedFields, BUILT)).rejects.toMatchObject({ code: 'incompatible' });
    await expect(importModel(session('analyst'), file.text, base, BUILT)).rejects.toBeInstanceOf(PermissionError);
    expect(await getStoredModel('m1')).toBeUndefined();
    expect(await listStoredModels()).toEqual([]);
  });
});
