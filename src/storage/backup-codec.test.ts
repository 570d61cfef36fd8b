// Lossless encoding of IndexedDB rows for backups, the clients CSV parser, and the session guards.
import { describe, expect, it } from 'vitest';
import { decodeValue, encodeValue } from './backup-codec';
import { parseClientsCsv } from './clients-repo-import';
import { demoClients } from './clients-repo-demo';
import { PermissionError, issueSession, requireAdmin, requireSession } from './session';
import type { WorkspaceKeys } from '../core/crypto/workspace-keys';

describe('backup codec', () => {
  it('round-trips typed arrays, buffers and dates through JSON', () => {
    const row = { a: new Uint8Array([1, 2, 255]), f: new Float64Array([0.5, -1e300]), i: new Int32Array([-7]), b: new Uint8Array([9, 8]).buffer, d: new Date(1700000000000), n: [1, 'x', null, { deep: new Uint16Array([65535]) }] };
    const back = decodeValue(JSON.parse(JSON.stringify(encodeValue(row)))) as typeof row;
    expect(back.a).toEqual(row.a);
    expect(back.f).toEqual(row.f);
    expect(back.i).toEqual(row.i);
    expect(new Uint8Array(back.b)).toEqual(new Uint8Array(row.b));
    expect(back.d.getTime()).toBe(row.d.getTime());
    expect(back.n).toEqual(row.n);
  });
});

describe('clients CSV and demo data', () => {
  it('keeps valid rows and reports invalid ones with row, column and value', () => {
    const r = parseClientsCsv('\uFEFFID,Name,Email\nA1,Anna,anna@example.com\nA2,Bob,not-an-email\n,Carl,c@example.com\n');
    expect(r.clients).toEqual([{ customerId: 'A1', name: 'Anna', email: 'anna@example.com', notes: undefined }]);
    expect(r.problems).toEqual([
      { row: 3, column: 'email', value: 'not-an-email', message: 'email' },
      { row: 4, column: 'id', value: '', message: 'missing' },
    ]);
    expect(parseClientsCsv('id,name\n1,x\n').problems).toEqual([{ row: 1, column: 'email', value: '', message: 'columns' }]);
  });

  it('generates the same demo clients for the same seed, at reserved example domains', () => {
    const a = demoClients(20, 7);
    expect(demoClients(20, 7)).toEqual(a);
    expect(demoClients(20, 8)).not.toEqual(a);
    for (const c of a) {
      expect(c.email).toMatch(/^[a-z.0-9]+@example\.(com|org|net)$/);
      expect(c.orders?.length).toBeGreaterThan(0);
    }
  });
});

describe('session guards', () => {
  it('throw typed PermissionErrors', () => {
    const keys = {} as WorkspaceKeys;
    expect(() => requireSession(undefined)).toThrow(PermissionError);
    const analyst = issueSession({ userId: 'u', email: 'a@example.com', role: 'analyst', keys, startedAt: 0 });
    expect(() => requireAdmin(analyst, 'users.add')).toThrow(/administrator/);
    // A forged copy with an elevated role is not a session at all.
    expect(() => requireAdmin({ ...analyst, role: 'admin' }, 'users.add')).toThrow(PermissionError);
    const admin = issueSession({ userId: 'a', email: 'b@example.com', role: 'admin', keys, startedAt: 0 });
    expect(requireAdmin(admin, 'users.add').userId).toBe('a');
  });
});
