/**
 * Keys for the Customer ID → (run, row) index and the protection of stored IDs. The index is one sorted
 * Uint32Array of 32-bit FNV-1a hashes per chunk (not a record per lead); a hit is always confirmed against
 * the stored ID, so collisions are harmless.
 * When the admin marks Customer IDs as personal (auth-settings "encrypt Customer IDs"), each chunk's joined
 * ID column is sealed with the workspace data key (ONE AES-GCM op per chunk) and the index hashes are
 * salted with a secret derived from the workspace index key (HMAC). Honest limit: a 32-bit salted hash only
 * obscures IDs (it can be brute-forced offline); the strong protection is the sealed ID column.
 */
import { hmacIndex, openString, sealString } from '../../core/crypto/seal';
import type { WorkspaceKeys } from '../../core/crypto/workspace-keys';
import type { RowError } from '../../bridge/batch-contract';

export function fnv1a32(s: string, salt = ''): number {
  let h = 0x811c9dc5;
  const t = salt + s.trim().toLowerCase();
  for (let i = 0; i < t.length; i++) {
    h ^= t.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Secret, workspace-stable salt for index hashes of sealed runs. */
export function indexSalt(keys: WorkspaceKeys): Promise<string> {
  return hmacIndex(keys, 'customer-id-index', 'batch');
}

export function sealIds(keys: WorkspaceKeys, joined: string): Promise<string> {
  return sealString(keys, joined);
}

export function openIds(keys: WorkspaceKeys, sealed: string): Promise<string> {
  return openString(keys, sealed);
}

/** Seals the personal parts of a chunk's errors (value, reason text); see StoredErrors. */
export async function sealErrorDetails(keys: WorkspaceKeys, errors: RowError[]): Promise<{ errors: RowError[]; detailsSealed?: string }> {
  if (!errors.length) return { errors };
  const detailsSealed = await sealString(keys, JSON.stringify(errors.map((e) => [e.value, e.reason])));
  return { errors: errors.map((e) => ({ ...e, value: '', reason: '' })), detailsSealed };
}

/** The errors with their sealed details put back (needs the signed-in session's keys). */
export async function openErrorDetails(keys: WorkspaceKeys | undefined, rec: { errors: RowError[]; detailsSealed?: string }): Promise<RowError[]> {
  if (!rec.detailsSealed) return rec.errors;
  if (!keys) throw new Error('Sign in to read the row errors of a run with personal Customer IDs');
  const details = JSON.parse(await openString(keys, rec.detailsSealed)) as [string, string][];
  return rec.errors.map((e, i) => ({ ...e, value: details[i]?.[0] ?? '', reason: details[i]?.[1] ?? '' }));
}
