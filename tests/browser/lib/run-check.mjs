// Reads a batch run straight from IndexedDB (bypassing the app) for the disk-full and crash proofs: its record
// and a checksum of its committed output columns (source row, score bits, decile, segment, cluster, predicted),
// in chunk order, so two runs of the same file can be compared exactly.
export async function runOutputs(page, runId) {
  return page.evaluate(async (id) => {
    const db = await new Promise((res, rej) => { const r = indexedDB.open('leadlens'); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
    const get = (store, fn) => new Promise((res, rej) => { const r = fn(db.transaction(store).objectStore(store)); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
    const run = await get('runs', (s) => s.get(id));
    const outs = (await get('runChunks', (s) => s.index('runId').getAll(id))).filter((c) => c.chunk < 0).sort((x, y) => y.chunk - x.chunk);
    db.close();
    let h = 0x811c9dc5;
    const mix = (v) => { h ^= v >>> 0; h = Math.imul(h, 0x01000193) >>> 0; };
    let rows = 0;
    let scoreSum = 0;
    for (const c of outs) {
      const o = c.out;
      const bits = new Uint32Array(o.score.buffer, o.score.byteOffset, o.score.length);
      for (let i = 0; i < c.n; i++) {
        mix(o.sourceRows[i]); mix(bits[i]); mix(o.decile[i]); mix(o.segment[i]); mix(o.cluster[i]); mix(o.predicted[i]);
        scoreSum += o.score[i];
      }
      rows += c.n;
    }
    return {
      status: run?.status, error: run?.error, committedChunks: run?.committedChunks, counts: run?.counts,
      chunks: outs.length, rows, scoreSum, checksum: h.toString(16),
    };
  }, runId);
}

/** Ids of the runs in IndexedDB, newest first, with status. */
export async function listRunsRaw(page) {
  return page.evaluate(async () => {
    const db = await new Promise((res) => { const r = indexedDB.open('leadlens'); r.onsuccess = () => res(r.result); });
    const runs = await new Promise((res) => { const r = db.transaction('runs').objectStore('runs').getAll(); r.onsuccess = () => res(r.result); });
    db.close();
    return runs.sort((a, b) => b.startedAt - a.startedAt).map((r) => ({ id: r.id, status: r.status, committedChunks: r.committedChunks, rows: r.counts.rows }));
  });
}
