// Reads the app's IndexedDB ('leadlens') with the raw IndexedDB API inside the page, bypassing the app and
// Dexie, so tests see exactly what is stored at rest. Binary values become byte arrays in the JSON.
/** Every object store of the app's database, read with the raw IndexedDB API (bypassing the app), as JSON. */
export async function rawDump(page, { skip = [] } = {}) {
  return page.evaluate(async (skipStores) => {
    const db = await new Promise((res, rej) => { const r = indexedDB.open('leadlens'); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
    const out = {};
    for (const name of [...db.objectStoreNames].sort()) {
      if (skipStores.includes(name)) continue;
      out[name] = await new Promise((res, rej) => { const rq = db.transaction(name).objectStore(name).getAll(); rq.onsuccess = () => res(rq.result); rq.onerror = () => rej(rq.error); });
    }
    db.close();
    return JSON.stringify(out, (_k, v) => (v instanceof ArrayBuffer ? Array.from(new Uint8Array(v)) : ArrayBuffer.isView(v) ? Array.from(new Uint8Array(v.buffer, v.byteOffset, v.byteLength)) : v));
  }, skip);
}

