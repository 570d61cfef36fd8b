/**
 * Persistent storage: browsers may evict IndexedDB/Cache Storage under pressure unless the site is granted
 * "persistent" storage. These helpers read usage/quota and ask for persistence; they must run in the page
 * (navigator.storage.persist() is not available to workers) and degrade to "unknown" where unsupported.
 */
export interface StorageInfo {
  supported: boolean;
  usage?: number;
  quota?: number;
  persisted?: boolean;
}

// Structural type instead of the DOM's StorageManager: this module is also unit-tested in Node.
interface StorageLike {
  estimate?(): Promise<{ usage?: number; quota?: number }>;
  persisted?(): Promise<boolean>;
  persist?(): Promise<boolean>;
}
function storage(): StorageLike | undefined {
  return (globalThis as { navigator?: { storage?: StorageLike } }).navigator?.storage;
}

export async function readStorageInfo(): Promise<StorageInfo> {
  const s = storage();
  if (!s?.estimate) return { supported: false };
  const [estimate, persisted] = await Promise.all([
    s.estimate().catch(() => ({} as { usage?: number; quota?: number })),
    s.persisted ? s.persisted().catch(() => undefined) : Promise.resolve(undefined),
  ]);
  return { supported: true, usage: estimate.usage, quota: estimate.quota, persisted };
}

/** Asks the browser to keep this site's data; resolves with whether storage is now persistent. */
export async function requestPersistence(): Promise<boolean> {
  const s = storage();
  if (!s?.persist) return false;
  try { return await s.persist(); } catch { return false; }
}

/** Byte count in the largest sensible unit, e.g. 1536 → { value: 1.5, unit: 'KB' }. */
export function scaleBytes(bytes: number): { value: number; unit: 'B' | 'KB' | 'MB' | 'GB' } {
  const units = ['B', 'KB', 'MB', 'GB'] as const;
  let value = bytes;
  let i = 0;
  while (value >= 1024 && i < units.length - 1) { value /= 1024; i++; }
  return { value, unit: units[i] };
}
