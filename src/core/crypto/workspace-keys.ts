/**
 * The workspace secret and its per-user wraps. One random 256-bit secret protects the whole workspace;
 * each user holds a wrap of it under a key derived from their password (kdf.ts). A password is verified
 * by unwrapping: AES-GCM's authentication tag fails for a wrong password, so no password hash is stored.
 * The wrap binds the user id as additional data, so wraps cannot be swapped between users.
 *
 * After unwrapping, the secret is imported as a non-extractable HKDF key and two non-extractable keys are
 * derived from it — the data key (AES-GCM-256, encrypts personal fields) and the index key (HMAC-SHA256,
 * keyed lookups such as customer keys) — and the raw bytes are zeroed. Re-wrapping for another user needs
 * the raw secret again, which is why admins re-enter their password to add a user or reset a password.
 */
import { fromB64, randomBytes, toB64, utf8, type Bytes, type Key } from './bytes';
import { deriveKek, newKdfParams, type DeriveOptions, type KdfParams } from './kdf';

export interface KeyWrap {
  v: 1;
  userId: string;
  kdf: KdfParams;
  /** base64 IV (12 bytes) and AES-GCM ciphertext of the 32-byte secret */
  iv: string;
  ct: string;
}

export interface WorkspaceKeys {
  data: Key;
  index: Key;
}

export class WrongPasswordError extends Error {
  constructor() { super('Wrong password'); this.name = 'WrongPasswordError'; }
}

export interface WrapOptions extends DeriveOptions {
  /** Unit tests only: iterations for a new wrap (never set by production code). */
  testIterations?: number;
}

const aad = (userId: string): Bytes => utf8(`leadlens:key-wrap:v1:${userId}`);

export function newWorkspaceSecret(): Bytes {
  return randomBytes(32);
}

export async function wrapSecret(secret: Bytes, password: string, userId: string, opts: WrapOptions = {}): Promise<KeyWrap> {
  const kdf = newKdfParams(opts.testIterations);
  const kek = await deriveKek(password, kdf, opts);
  const iv = randomBytes(12);
  const ct = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad(userId) }, kek, secret));
  return { v: 1, userId, kdf, iv: toB64(iv), ct: toB64(ct) };
}

/** The raw workspace secret; throws WrongPasswordError if the password does not open the wrap. Zero it after use. */
export async function unwrapSecret(wrap: KeyWrap, password: string, opts: DeriveOptions = {}): Promise<Bytes> {
  const kek = await deriveKek(password, wrap.kdf, opts);
  try {
    const raw = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromB64(wrap.iv), additionalData: aad(wrap.userId) }, kek, fromB64(wrap.ct));
    return new Uint8Array(raw);
  } catch {
    throw new WrongPasswordError();
  }
}

/** Derives the session keys (non-extractable) and zeroes the secret. */
export async function deriveWorkspaceKeys(secret: Bytes): Promise<WorkspaceKeys> {
  const base = await crypto.subtle.importKey('raw', secret, 'HKDF', false, ['deriveKey']);
  secret.fill(0);
  const salt = new Uint8Array(32);
  const data = await crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt, info: utf8('leadlens:data-key:v1') }, base,
    { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt'],
  );
  const index = await crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt, info: utf8('leadlens:index-key:v1') }, base,
    { name: 'HMAC', hash: 'SHA-256', length: 256 }, false, ['sign'],
  );
  return { data, index };
}

/** Unwrap + derive in one step: what sign-in does. */
export async function unlockWorkspace(wrap: KeyWrap, password: string, opts: DeriveOptions = {}): Promise<WorkspaceKeys> {
  return deriveWorkspaceKeys(await unwrapSecret(wrap, password, opts));
}
