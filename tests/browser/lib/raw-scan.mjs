// Looks for planted marker strings everywhere a page can keep data, bypassing the app: every IndexedDB
// database (all object stores, keys and values, deep-serialised; Blobs, ArrayBuffers and typed arrays
// decoded as UTF-8 and UTF-16 text), localStorage, sessionStorage, cookies, Cache Storage (request URLs and
// response bodies) and the origin private file system (names and contents). Matching is case-insensitive
// (lookup keys are often lower-cased). Returns where each marker was found plus what was scanned, so a
// test can prove the scan actually read something. Used by privacy.spec.mjs with lib/marker-paths.mjs.
export async function scanRawStorage(page, markers) {
  return page.evaluate(async (wanted) => {
    const needles = wanted.map((m) => m.toLowerCase());
    const hits = [];
    const stats = { databases: 0, stores: 0, records: 0, chars: 0, localStorage: 0, sessionStorage: 0, caches: 0, cacheEntries: 0, opfsFiles: 0 };
    const check = (where, text) => {
      if (!text) return;
      stats.chars += text.length;
      const low = text.toLowerCase();
      needles.forEach((n, i) => { if (low.includes(n)) hits.push({ where, marker: wanted[i] }); });
    };
    const utf8 = new TextDecoder('utf-8');
    const utf16 = new TextDecoder('utf-16le');
    const bytesText = (u8) => `${utf8.decode(u8)}\n${utf16.decode(u8.byteLength % 2 ? u8.subarray(0, u8.byteLength - 1) : u8)}`;
    /** Every string inside a value, binary decoded as text. */
    async function flatten(v, out, seen) {
      if (v === null || v === undefined) return;
      if (typeof v === 'string') { out.push(v); return; }
      if (typeof v !== 'object') { out.push(String(v)); return; }
      if (seen.has(v)) return;
      seen.add(v);
      if (v instanceof Blob) { out.push(bytesText(new Uint8Array(await v.arrayBuffer()))); return; }
      if (v instanceof ArrayBuffer) { out.push(bytesText(new Uint8Array(v))); return; }
      if (ArrayBuffer.isView(v)) { out.push(bytesText(new Uint8Array(v.buffer, v.byteOffset, v.byteLength))); return; }
      if (v instanceof Date) { out.push(v.toISOString()); return; }
      if (v instanceof Map) { for (const [k, x] of v) { await flatten(k, out, seen); await flatten(x, out, seen); } return; }
      if (v instanceof Set || Array.isArray(v)) { for (const x of v) await flatten(x, out, seen); return; }
      for (const [k, x] of Object.entries(v)) { out.push(k); await flatten(x, out, seen); }
    }
    const req = (r) => new Promise((res, rej) => { r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });

    for (const info of await indexedDB.databases()) {
      stats.databases++;
      const db = await req(indexedDB.open(info.name));
      for (const store of [...db.objectStoreNames]) {
        stats.stores++;
        const os = db.transaction(store).objectStore(store);
        const [keys, values] = await Promise.all([req(os.getAllKeys()), req(os.getAll())]);
        stats.records += values.length;
        for (let i = 0; i < values.length; i++) {
          const parts = [];
          await flatten(keys[i], parts, new Set());
          await flatten(values[i], parts, new Set());
          check(`indexedDB ${info.name}/${store} #${i}`, parts.join('\n'));
        }
      }
      db.close();
    }
    for (const [name, area] of [['localStorage', localStorage], ['sessionStorage', sessionStorage]]) {
      for (let i = 0; i < area.length; i++) {
        const k = area.key(i);
        stats[name]++;
        check(`${name} ${k}`, `${k}\n${area.getItem(k)}`);
      }
    }
    check('cookies', document.cookie);
    if (globalThis.caches) {
      for (const name of await caches.keys()) {
        stats.caches++;
        const cache = await caches.open(name);
        for (const request of await cache.keys()) {
          stats.cacheEntries++;
          const res = await cache.match(request);
          check(`cache ${name} ${request.url}`, `${request.url}\n${res ? bytesText(new Uint8Array(await res.arrayBuffer())) : ''}`);
        }
      }
    }
    async function walk(dir, path) {
      for await (const [name, handle] of dir.entries()) {
        check(`opfs name ${path}${name}`, name);
        if (handle.kind === 'directory') await walk(handle, `${path}${name}/`);
        else { stats.opfsFiles++; check(`opfs ${path}${name}`, bytesText(new Uint8Array(await (await handle.getFile()).arrayBuffer()))); }
      }
    }
    if (navigator.storage?.getDirectory) await walk(await navigator.storage.getDirectory(), '/');
    return { hits, stats };
  }, markers);
}

/** A unique, CSV-safe marker for one personal field on one write path, e.g. "MRKq3x9formid". */
export function marker(tag) {
  return `MRK${Math.random().toString(36).slice(2, 8)}${tag.replace(/\W/g, '')}`;
}
