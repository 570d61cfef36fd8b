// #14 defect 6: every refused call (PermissionError) lands in the audit log with who, what and when.
import { beforeEach, describe, expect, it } from 'vitest';
import { openDb } from './db';
import { setupAdmin, addUser } from './users-repo';
import { signIn, signOut } from './auth';
import { PermissionError, currentSession, setSession, type Session } from './session';
import { listAudit } from './audit-repo';
import { deleteClient } from './clients-repo';
import { setIdleMinutes } from './auth-settings';

const T = { testIterations: 1000, testMinIterations: 1000 };
const PW = 'Violet-Harbour-Lamp-7';
const ANA_PW = 'Copper-Meadow-Tiger-42';
let n = 0;
beforeEach(() => { openDb(`refusal-test-${n++}`); setSession(undefined); });
const settle = () => new Promise((r) => setTimeout(r, 20));

describe('refusals are audited', () => {
  it('records analyst and anonymous refusals with the action', async () => {
    const admin = await setupAdmin('a@example.com', PW, PW, T);
    const ana = await addUser(admin, { email: 'b@example.com', role: 'analyst', password: ANA_PW }, PW, T);
    await signOut();
    const s = await signIn('b@example.com', ANA_PW, T);
    await expect(deleteClient(s, 'c_x')).rejects.toBeInstanceOf(PermissionError);
    await expect(setIdleMinutes(s, 5)).rejects.toBeInstanceOf(PermissionError);
    await expect(listAudit({ ...s, role: 'admin' } as Session)).rejects.toBeInstanceOf(PermissionError);
    await signOut();
    await expect(deleteClient(undefined, 'c_x')).rejects.toBeInstanceOf(PermissionError);
    await settle();
    await signIn('a@example.com', PW, T);
    const refused = (await listAudit(currentSession())).filter((a) => a.type === 'refused').reverse();
    expect(refused.map((a) => [a.userId, a.detail?.action, a.detail?.reason])).toEqual([
      [ana.id, 'clients.delete', 'admin-only'],
      [ana.id, 'settings.idleMinutes', 'admin-only'],
      [ana.id, 'audit.read', 'not-signed-in'],
      [undefined, 'clients.delete', 'not-signed-in'],
    ]);
    expect(refused.every((a) => typeof a.at === 'number' && a.at > 0)).toBe(true);
  });
});
