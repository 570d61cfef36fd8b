// Accounts, roles and encryption at rest in the data API (Node + fake-indexeddb, low test-only iterations).
import { beforeEach, describe, expect, it } from 'vitest';
import { openDb, db } from './db';
import { BackoffError, SignInError, backoffDelay, backoffRemaining, isFirstRun, signIn, signOut } from './auth';
import { addUser, listUsers, removeUser, resetPassword, setDisabled, setRole, setupAdmin, UserError } from './users-repo';
import { PermissionError, currentSession, setSession, type Session } from './session';
import { deleteClient, listClients, saveClients } from './clients-repo';
import { demoClients } from './clients-repo-demo';
import { parseClientsCsv } from './clients-repo-import';
import { exportWorkspace, restoreWorkspace, snapshotTables, wipeAll } from './backup';
import { listAudit } from './audit-repo';
import { setSetting } from './settings-repo';
import { KdfDowngradeError } from '../core/crypto/kdf';

const T = { testIterations: 1000, testMinIterations: 1000 };
const ADMIN = 'boss@example.com';
const ADMIN_PW = 'Violet-Harbour-Lamp-7';
const ANA = 'ana@example.com';
const ANA_PW = 'Copper-Meadow-Tiger-42';

let n = 0;
beforeEach(() => { openDb(`auth-test-${n++}`); setSession(undefined); });

async function clearBackoff(): Promise<void> { await setSetting('auth.backoff', { failures: 0, lastAt: 0 }); }

describe('setup and sign-in', () => {
  it('creates the admin on first run only and verifies passwords by unwrapping', async () => {
    expect(await isFirstRun()).toBe(true);
    await expect(setupAdmin(ADMIN, 'password1234')).rejects.toMatchObject({ code: 'common' });
    await expect(setupAdmin(ADMIN, 'short')).rejects.toMatchObject({ code: 'tooShort' });
    await expect(setupAdmin(ADMIN, ADMIN_PW, 'different', T)).rejects.toMatchObject({ code: 'mismatch' });
    const s = await setupAdmin(ADMIN, ADMIN_PW, ADMIN_PW, T);
    expect(s.role).toBe('admin');
    await expect(setupAdmin('x@example.com', ADMIN_PW, ADMIN_PW, T)).rejects.toBeInstanceOf(UserError);
    await signOut();
    expect(currentSession()).toBeUndefined();
    const again = await signIn(' BOSS@example.com ', ADMIN_PW, T);
    expect(again.userId).toBe(s.userId);
    // the production minimum refuses test-strength wraps: downgrade refused
    await signOut();
    await expect(signIn(ADMIN, ADMIN_PW)).rejects.toBeInstanceOf(KdfDowngradeError);
  });

  it('fails a wrong password and grows the back-off, persisted in the database', async () => {
    await setupAdmin(ADMIN, ADMIN_PW, ADMIN_PW, T);
    await signOut();
    const e1 = await signIn(ADMIN, 'wrong-password-1', T).catch((e: unknown) => e);
    expect(e1).toBeInstanceOf(SignInError);
    expect((e1 as SignInError).waitMs).toBe(1000);
    await expect(signIn(ADMIN, ADMIN_PW, T)).rejects.toBeInstanceOf(BackoffError);
    expect(await backoffRemaining()).toBeGreaterThan(0);
    await setSetting('auth.backoff', { failures: 1, lastAt: 0 });
    const e2 = (await signIn(ADMIN, 'wrong-password-2', T).catch((e: unknown) => e)) as SignInError;
    expect(e2.waitMs).toBe(2000);
    expect([1, 2, 3, 4, 20].map(backoffDelay)).toEqual([1000, 2000, 4000, 8000, 300000]);
    await clearBackoff();
    expect((await signIn(ADMIN, ADMIN_PW, T)).role).toBe('admin');
    const types = (await listAudit(currentSession())).map((a) => a.type);
    expect(types).toContain('signin.failure');
    expect(types[0]).toBe('signin.success');
  });
});

describe('roles enforced in the data API', () => {
  async function twoUsers(): Promise<{ admin: Session; analyst: Session; anaId: string }> {
    const admin = await setupAdmin(ADMIN, ADMIN_PW, ADMIN_PW, T);
    const ana = await addUser(admin, { email: ANA, role: 'analyst', password: ANA_PW }, ADMIN_PW, T);
    await signOut();
    const analyst = await signIn(ANA, ANA_PW, T);
    return { admin, analyst, anaId: ana.id };
  }

  it('rejects admin operations from an analyst with PermissionError', async () => {
    const { admin, analyst, anaId } = await twoUsers();
    await saveClients(analyst, demoClients(3));
    const [c] = await listClients(analyst);
    await expect(deleteClient(analyst, c.id)).rejects.toBeInstanceOf(PermissionError);
    await expect(addUser(analyst, { email: 'x@example.com', role: 'admin', password: 'Another-Long-Pass-9' }, ANA_PW, T)).rejects.toBeInstanceOf(PermissionError);
    await expect(setRole(analyst, anaId, 'admin')).rejects.toBeInstanceOf(PermissionError);
    await expect(listUsers(analyst)).rejects.toBeInstanceOf(PermissionError);
    await expect(listAudit(analyst)).rejects.toBeInstanceOf(PermissionError);
    await expect(wipeAll(analyst)).rejects.toBeInstanceOf(PermissionError);
    await expect(exportWorkspace(analyst, 'backup password 1', T)).rejects.toBeInstanceOf(PermissionError);
    await expect(deleteClient(undefined, c.id)).rejects.toBeInstanceOf(PermissionError);
    await deleteClient(admin, c.id);
    expect((await listClients(admin)).length).toBe(2);
  });

  it('manages users: role, disable, reset, remove deletes the key wrap', async () => {
    const { admin, anaId } = await twoUsers();
    await setRole(admin, anaId, 'admin');
    expect((await listUsers(admin)).find((u) => u.id === anaId)?.role).toBe('admin');
    await setRole(admin, anaId, 'analyst');
    await setDisabled(admin, anaId, true);
    await signOut();
    await expect(signIn(ANA, ANA_PW, T)).rejects.toMatchObject({ code: 'disabled' });
    await setDisabled(admin, anaId, false);
    await resetPassword(admin, anaId, 'Brand-New-Secret-77', ADMIN_PW, T);
    expect((await signIn(ANA, 'Brand-New-Secret-77', T)).userId).toBe(anaId);
    await removeUser(admin, anaId);
    expect(await db().keyWraps.get(anaId)).toBeUndefined();
    await expect(setDisabled(admin, admin.userId, true)).rejects.toMatchObject({ code: 'self' });
    await expect(setRole(admin, admin.userId, 'analyst')).rejects.toMatchObject({ code: 'lastAdmin' });
  });
});

describe('encryption at rest and backup', () => {
  it('stores no plaintext names or emails and round-trips through backup → wipe → restore', async () => {
    const admin = await setupAdmin(ADMIN, ADMIN_PW, ADMIN_PW, T);
    const demo = demoClients(10);
    const parsed = parseClientsCsv('id,name,email,notes\nX-1,Zuzanna Test,zuzanna@example.org,VIP note\nX-2,,bad,\n');
    expect(parsed.problems).toEqual([{ row: 3, column: 'name', value: '', message: 'missing' }]);
    await saveClients(admin, [...demo, ...parsed.clients]);
    const raw = JSON.stringify(await snapshotTables());
    for (const c of [...demo, ...parsed.clients]) {
      expect(raw).not.toContain(c.name);
      expect(raw).not.toContain(c.email);
      expect(raw).not.toContain(c.customerId);
    }
    expect(raw).not.toContain(ADMIN);
    expect(raw).not.toContain('VIP note');
    const before = await snapshotTables();
    const clientsBefore = await listClients(admin);
    const file = await exportWorkspace(admin, 'Backup-Pass-Phrase-1', T);
    await wipeAll(admin);
    expect(await isFirstRun()).toBe(true);
    await expect(restoreWorkspace(undefined, file, 'wrong backup password', T)).rejects.toThrow();
    await restoreWorkspace(undefined, file, 'Backup-Pass-Phrase-1', T);
    const after = await snapshotTables();
    // audit gets the restore entry appended; everything else is identical
    expect({ ...after, audit: [] }).toEqual({ ...before, audit: [] });
    await clearBackoff();
    const again = await signIn(ADMIN, ADMIN_PW, T);
    expect(await listClients(again)).toEqual(clientsBefore);
  });
});
