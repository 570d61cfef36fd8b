/**
 * "Something changed in the data" for views, in this tab and in every other tab of the same origin (#14
 * "two tabs"). Dexie fires 'storagemutated' for its own writes and relays them to other tabs and workers
 * over a BroadcastChannel, so a view subscribed here refreshes when another tab imports, edits clients or
 * changes settings. The UI uses this instead of touching Dexie; events are coalesced (one call per burst).
 */
import Dexie from 'dexie';

type Parts = Record<string, unknown>;

/** Table names touched by a mutation event (keys look like "idb://leadlens/clients/…"). */
export function tablesIn(parts: Parts): Set<string> {
  const out = new Set<string>();
  for (const k of Object.keys(parts)) {
    const m = /^idb:\/\/[^/]+\/([^/]+)\//.exec(k);
    if (m) out.add(m[1]);
  }
  return out;
}

/**
 * Calls `fn` (at most once per `delayMs`) after any write to one of `tables` (all tables when empty).
 * Returns the unsubscribe function.
 */
export function onDataChange(tables: readonly string[], fn: () => void, delayMs = 150): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listener = (parts: Parts): void => {
    const touched = tablesIn(parts);
    if (tables.length && !tables.some((t) => touched.has(t))) return;
    if (timer) return;
    timer = setTimeout(() => { timer = undefined; fn(); }, delayMs);
  };
  Dexie.on('storagemutated', listener);
  return () => { clearTimeout(timer); Dexie.on('storagemutated').unsubscribe(listener); };
}
