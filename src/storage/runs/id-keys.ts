/**
 * Lookup keys for the Customer ID → (run, row) index. Unkeyed FNV-1a 32-bit hashes (collisions are
 * resolved by checking the stored ID), so the index is one sorted Uint32Array per chunk, not a record
 * per lead.
 * PERSONAL-DATA HOOK: when IDs are marked personal, index by a keyed HMAC instead (crypto-fields
 * indexKey) so the index reveals nothing without the workspace key.
 */
export function fnv1a32(s: string): number {
  let h = 0x811c9dc5;
  const t = s.trim().toLowerCase();
  for (let i = 0; i < t.length; i++) {
    h ^= t.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
