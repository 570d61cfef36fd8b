// #13: the role matrix is complete and enforced: every requireAdmin call names a listed action, and an analyst
// calling any admin action through the data API is refused (PermissionError) with the refusal in the audit log.
import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ADMIN_ACTIONS, type AdminAction } from './admin-actions';
import { openDb } from './db';
import { addUser, listUsers, removeUser, resetPassword, setDisabled, setRole, setupAdmin } from './users-repo';
import { signIn, signOut } from './auth';
import { PermissionError, currentSession, setSession, type Session } from './session';
import { listAudit } from './audit-repo';
import { deleteClient } from './clients-repo';
import { deleteRun } from './runs-repo';
import { deleteLead } from './leads-repo';
import { exportWorkspace, restoreWorkspace, wipeAll } from './backup';
import { setEncryptCustomerIds, setIdleMinutes } from './auth-settings';
import { setReminderDays } from './backup-status';
import { activateModel, deleteModel, exportModel, importModel, rollbackModel, saveCandidate } from './models/models-repo';
import { setRetrainSchedule } from './models/customer-schedule';
import { activateCustomerModel, deleteCustomerModel, exportCustomerModel, importCustomerModel, rollbackCustomerModel } from './models/customer-registry';
import { customerModelsStatus, retrainCustomerModels } from '../bridge/customers-models-bridge';
import type { ModelCard } from '../core/card/types';
import type { RegistryModel } from '../core/training/types';

const T = { testIterations: 1000, testMinIterations: 1000 };
const PW = 'Violet-Harbour-Lamp-7';
const ANA_PW = 'Copper-Meadow-Tiger-42';
let n = 0;
beforeEach(() => { openDb(`admin-actions-test-${n++}`); setSession(undefined); });
const settle = () => new Promise((r) => setTimeout(r, 30));

/** One analyst call per admin action, with harmless arguments (the role check comes first). */
const CALLS: Record<AdminAction, (s: Session) => Promise<unknown>> = {
  'users.list': (s) => listUsers(s),
  'users.add': (s) => addUser(s, { email: 'c@example.com', role: 'analyst', password: ANA_PW }, ANA_PW, T),
  'users.resetPassword': (s) => resetPassword(s, 'u_x', ANA_PW, ANA_PW, T),
  'users.setRole': (s) => setRole(s, s.userId, 'admin'),
  'users.setDisabled': (s) => setDisabled(s, 'u_x', true),
  'users.remove': (s) => removeUser(s, 'u_x'),
  'audit.read': (s) => listAudit(s),
  'models.train': (s) => saveCandidate(s, { id: 'm_x' } as RegistryModel),
  'models.activate': (s) => activateModel(s, 'conversion', 'm_x', { champion: 'c', builtIns: ['c'] }),
  'models.rollback': (s) => rollbackModel(s, 'conversion', ['c']),
  'models.delete': (s) => deleteModel(s, 'm_x', 'c'),
  'models.export': (s) => exportModel(s, 'm_x'),
  'models.import': (s) => importModel(s, '{}', {} as ModelCard, ['c']),
  'models.customers.read': async (s) => customerModelsStatus(s),
  'models.customers.retrain': (s) => retrainCustomerModels(s, 'manual', () => undefined),
  'models.customers.schedule': (s) => setRetrainSchedule(s, { enabled: true, days: 7 }),
  'models.customers.activate': (s) => activateCustomerModel(s, 'm_x'),
  'models.customers.rollback': (s) => rollbackCustomerModel(s, 'sales'),
  'models.customers.delete': (s) => deleteCustomerModel(s, 'm_x'),
  'models.customers.export': (s) => exportCustomerModel(s, 'm_x'),
  'models.customers.import': (s) => importCustomerModel(s, '{}'),
  'runs.delete': () => deleteRun('r_x'),
  'clients.delete': (s) => deleteClient(s, 'c_x'),
  'leads.delete': (s) => deleteLead(s, 1),
  'backup.export': (s) => exportWorkspace(s, PW, T),
  'backup.restore': (s) => restoreWorkspace(s, new Uint8Array(8), PW, T),
  'workspace.erase': (s) => wipeAll(s),
  'settings.idleMinutes': (s) => setIdleMinutes(s, 5),
  'settings.encryptCustomerIds': (s) => setEncryptCustomerIds(s, false),
  'settings.backupReminder': (s) => setReminderDays(s, 3),
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : /\.ts$/.test(p) && !/\.test\.ts$/.test(p) ? [p] : [];
  });
}

describe('admin-only actions (the role matrix)', () => {
  it('lists every action a requireAdmin call names, and nothing else', () => {
    const root = new URL('../', import.meta.url).pathname;
    const named = new Set<string>();
    for (const f of sources(root)) for (const m of readFileSync(f, 'utf8').matchAll(/requireAdmin\((?:[^():]|\([^()]*\))*?'([A-Za-z.]+)'\)/g)) named.add(m[1]);
    expect([...named].sort()).toEqual([...ADMIN_ACTIONS].sort());
    expect(Object.keys(CALLS).sort()).toEqual([...ADMIN_ACTIONS].sort());
  });

  it('refuses an analyst every admin action and audits each refusal by its name', async () => {
    const admin = await setupAdmin('a@example.com', PW, PW, T);
    const ana = await addUser(admin, { email: 'b@example.com', role: 'analyst', password: ANA_PW }, PW, T);
    await signOut();
    const s = await signIn('b@example.com', ANA_PW, T);
    const outcomes: string[] = [];
    for (const a of ADMIN_ACTIONS) {
      try { await CALLS[a](s); outcomes.push(`${a}: ALLOWED`); } catch (e) { outcomes.push(`${a}: ${e instanceof PermissionError ? e.code : String(e)}`); }
    }
    expect(outcomes).toEqual(ADMIN_ACTIONS.map((a) => `${a}: admin-only`));
    await settle();
    await signOut();
    await signIn('a@example.com', PW, T);
    const refused = (await listAudit(currentSession(), 5000)).filter((e) => e.type === 'refused' && e.userId === ana.id).reverse();
    expect(refused.map((e) => e.detail?.action)).toEqual([...ADMIN_ACTIONS]);
    expect(refused.every((e) => e.detail?.reason === 'admin-only')).toBe(true);
  });
});
