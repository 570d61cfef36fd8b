/**
 * Password-based key derivation with versioned parameters. A wrap or backup records the parameters it was
 * made with ({v, kdf, iterations, salt}); unwrapping checks them against the current minimum first, so a
 * tampered record that asks for fewer iterations (a downgrade) is refused before any key is derived.
 * 600,000 PBKDF2-SHA256 iterations is the OWASP 2023 figure.
 */
import { fromB64, randomBytes, toB64, utf8, type Key } from './bytes';

export const KDF_VERSION = 1;
export const MIN_ITERATIONS = 600_000;

export interface KdfParams {
  v: 1;
  kdf: 'PBKDF2-SHA256';
  iterations: number;
  /** base64, 16 random bytes */
  salt: string;
}

export class KdfDowngradeError extends Error {
  constructor(message: string) { super(message); this.name = 'KdfDowngradeError'; }
}

/**
 * Fresh parameters for a new wrap. `testIterations` exists only for unit tests (production code never
 * passes it); records made with it are refused by deriveKek unless the caller passes the same test floor.
 */
export function newKdfParams(testIterations?: number): KdfParams {
  return { v: KDF_VERSION, kdf: 'PBKDF2-SHA256', iterations: testIterations ?? MIN_ITERATIONS, salt: toB64(randomBytes(16)) };
}

/** Throws KdfDowngradeError unless the parameters are a known version at or above the minimum. */
export function assertKdfParams(p: KdfParams, minIterations = MIN_ITERATIONS): void {
  if (!p || p.v !== KDF_VERSION || p.kdf !== 'PBKDF2-SHA256') throw new KdfDowngradeError(`Unsupported key-derivation parameters (version ${String(p?.v)})`);
  if (!Number.isInteger(p.iterations) || p.iterations < minIterations) {
    throw new KdfDowngradeError(`Refusing ${String(p.iterations)} PBKDF2 iterations: the minimum is ${minIterations}`);
  }
  if (fromB64(p.salt).length < 16) throw new KdfDowngradeError('Salt too short');
}

export interface DeriveOptions {
  /** Unit tests only: a lower floor so tests run fast. Production never sets it. */
  testMinIterations?: number;
}

/** Derives a non-extractable AES-GCM-256 key-encryption key from a password. */
export async function deriveKek(password: string, p: KdfParams, opts: DeriveOptions = {}): Promise<Key> {
  assertKdfParams(p, opts.testMinIterations ?? MIN_ITERATIONS);
  const base = await crypto.subtle.importKey('raw', utf8(password.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: fromB64(p.salt), iterations: p.iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}
