// Unit tests of the pure WebCrypto layer in Node 20: wraps, wrong passwords, downgrades, sealing, backups, policy.
import { describe, expect, it } from 'vitest';
import { KdfDowngradeError, MIN_ITERATIONS, deriveKek, newKdfParams } from './kdf';
import { WrongPasswordError, newWorkspaceSecret, unlockWorkspace, unwrapSecret, wrapSecret } from './workspace-keys';
import { hmacIndex, isSealed, openString, sealString } from './seal';
import { decryptBackup, encryptBackup } from './backup-crypto';
import { checkPassword, isCommonPassword } from './password-policy';
import { utf8 } from './bytes';

const T = { testIterations: 1000, testMinIterations: 1000 };

describe('key wraps', () => {
  it('unwraps with the right password and refuses a wrong one', async () => {
    const secret = newWorkspaceSecret();
    const copy = secret.slice();
    const wrap = await wrapSecret(secret, 'correct horse battery', 'u1', T);
    expect(wrap.kdf).toMatchObject({ v: 1, kdf: 'PBKDF2-SHA256', iterations: 1000 });
    expect(await unwrapSecret(wrap, 'correct horse battery', T)).toEqual(copy);
    await expect(unwrapSecret(wrap, 'wrong horse battery', T)).rejects.toBeInstanceOf(WrongPasswordError);
  });

  it('binds a wrap to its user id', async () => {
    const wrap = await wrapSecret(newWorkspaceSecret(), 'correct horse battery', 'u1', T);
    await expect(unwrapSecret({ ...wrap, userId: 'u2' }, 'correct horse battery', T)).rejects.toBeInstanceOf(WrongPasswordError);
  });

  it('uses 600k iterations by default and refuses a downgrade in production mode', async () => {
    expect(newKdfParams().iterations).toBe(MIN_ITERATIONS);
    expect(MIN_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    const weak = await wrapSecret(newWorkspaceSecret(), 'correct horse battery', 'u1', T);
    await expect(unwrapSecret(weak, 'correct horse battery')).rejects.toBeInstanceOf(KdfDowngradeError);
    await expect(deriveKek('x', { ...newKdfParams(), iterations: 599_999 })).rejects.toBeInstanceOf(KdfDowngradeError);
    await expect(deriveKek('x', { ...newKdfParams(), v: 0 as 1 })).rejects.toBeInstanceOf(KdfDowngradeError);
  });

  it('derives non-extractable session keys', async () => {
    const wrap = await wrapSecret(newWorkspaceSecret(), 'correct horse battery', 'u1', T);
    const keys = await unlockWorkspace(wrap, 'correct horse battery', T);
    expect(keys.data.extractable).toBe(false);
    expect(keys.index.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', keys.data)).rejects.toThrow();
  });
});

describe('sealing and index keys', () => {
  it('round-trips, uses a fresh IV each time and hides the plaintext', async () => {
    const keys = await unlockWorkspace(await wrapSecret(newWorkspaceSecret(), 'pw-long-enough!', 'u', T), 'pw-long-enough!', T);
    const a = await sealString(keys, 'Anna Kowalska');
    const b = await sealString(keys, 'Anna Kowalska');
    expect(isSealed(a)).toBe(true);
    expect(a).not.toBe(b);
    expect(a).not.toContain('Anna');
    expect(await openString(keys, a)).toBe('Anna Kowalska');
    expect(await hmacIndex(keys, 'x')).toBe(await hmacIndex(keys, 'x'));
    expect(await hmacIndex(keys, 'x')).not.toBe(await hmacIndex(keys, 'y'));
  });
});

describe('backup container', () => {
  it('round-trips and rejects a wrong password', async () => {
    const file = await encryptBackup(utf8('hello backup'), 'backup password 1', T);
    expect(new TextDecoder().decode(await decryptBackup(file, 'backup password 1', T))).toBe('hello backup');
    await expect(decryptBackup(file, 'backup password 2', T)).rejects.toBeInstanceOf(WrongPasswordError);
    await expect(decryptBackup(file, 'backup password 1')).rejects.toBeInstanceOf(KdfDowngradeError);
  });
});

describe('password policy', () => {
  it('enforces length, common lists, repetition and email', () => {
    expect(checkPassword('short')).toBe('tooShort');
    expect(checkPassword('aaaaaaaaaaaaaa')).toBe('repeated');
    expect(checkPassword('abcabcabcabc')).toBe('repeated');
    expect(checkPassword('qwertyuiop123')).toBe('common');
    expect(checkPassword('Password2024!')).toBe('common');
    expect(isCommonPassword('1q2w3e4r5t6y')).toBe(true);
    expect(checkPassword('jan.nowak-secret-99', { email: 'jan.nowak@example.com' })).toBe('containsEmail');
    expect(checkPassword('Violet-Harbour-Lamp-7', { confirm: 'other' })).toBe('mismatch');
    expect(checkPassword('Violet-Harbour-Lamp-7', { confirm: 'Violet-Harbour-Lamp-7' })).toBeNull();
  });
});
