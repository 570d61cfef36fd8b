/**
 * Field encryption: a personal value is sealed with the workspace data key (AES-GCM-256, a fresh random
 * 96-bit IV per value) into a compact string "s1.<base64 iv+ciphertext>" that IndexedDB and JSON backups
 * store as-is. Index keys are HMAC-SHA256 of a normalised value under the workspace index key, so equal
 * values can be looked up without storing them in the clear. Both work in page, worker and Node.
 */
import { concat, fromB64, fromUtf8, randomBytes, toB64, toB64Url, utf8, type Bytes } from './bytes';
import type { WorkspaceKeys } from './workspace-keys';

const PREFIX = 's1.';

export function isSealed(v: unknown): v is string {
  return typeof v === 'string' && v.startsWith(PREFIX);
}

export async function sealString(keys: WorkspaceKeys, plaintext: string): Promise<string> {
  return PREFIX + toB64(await sealBytes(keys, plaintext));
}

export async function openString(keys: WorkspaceKeys, sealed: string): Promise<string> {
  if (!isSealed(sealed)) throw new Error('Not a sealed value');
  return openBytes(keys, fromB64(sealed.slice(PREFIX.length)));
}

/** sealString's value as raw bytes (iv ‖ ciphertext), for large values IndexedDB stores as binary (no base64). */
export async function sealBytes(keys: WorkspaceKeys, plaintext: string): Promise<Bytes> {
  const iv = randomBytes(12);
  return concat(iv, new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, keys.data, utf8(plaintext))));
}

export async function openBytes(keys: WorkspaceKeys, sealed: Bytes): Promise<string> {
  const pt = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.subarray(0, 12) }, keys.data, sealed.subarray(12));
  return fromUtf8(new Uint8Array(pt));
}

/** Keyed lookup hash (HMAC-SHA256, base64url) of a value; callers normalise (e.g. trim + lower-case) first. */
export async function hmacIndex(keys: WorkspaceKeys, value: string, context = 'v'): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', keys.index, utf8(`${context}:${value}`));
  return toB64Url(new Uint8Array(mac));
}
