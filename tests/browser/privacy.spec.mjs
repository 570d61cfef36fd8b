// Issue #14, defect 1 and "nothing leaks": markers planted in every personal field through every path that
// writes (lib/marker-paths.mjs) are found nowhere in raw storage — IndexedDB (every database and store),
// localStorage, sessionStorage, cookies, Cache Storage, OPFS — neither after writing nor after a backup is
// restored. Sanity: the scan does find a marker the test itself stores in plain text.
import { ADMIN, signIn } from './lib/session.mjs';
import { expect } from './lib/lead.mjs';
import { scanRawStorage } from './lib/raw-scan.mjs';
import { WRITE_PATHS } from './lib/marker-paths.mjs';

function describe(scan) {
  return `${scan.stats.databases} databases, ${scan.stats.stores} stores, ${scan.stats.records} records, ${scan.stats.cacheEntries} cache entries, ${scan.stats.opfsFiles} OPFS files, ${scan.stats.chars} chars`;
}

export async function plantedMarkersNeverReachRawStorage(t) {
  const { page } = t;
  await t.goto('?api');
  await signIn(page);
  await page.waitForFunction(() => window.leadlensApi?.whoami());
  const markers = [];
  for (const [name, plant] of WRITE_PATHS) {
    const m = await plant(t, ADMIN);
    markers.push(...m);
    // Scanned right after each path: a later sign-in runs the clean-up migrations, which could hide a leak.
    const scan = await scanRawStorage(page, markers);
    t.log(`${name}: ${m.length} markers planted, ${scan.hits.length} found`);
    expect(scan.hits.length === 0, `after ${name}, markers in raw storage: ${JSON.stringify(scan.hits.slice(0, 8))}`);
  }
  const first = await scanRawStorage(page, markers);
  t.log(`scan after writing: ${describe(first)}`);
  expect(first.stats.records > 20, 'the scan should have read the stored records');
  expect(first.hits.length === 0, `markers in raw storage: ${JSON.stringify(first.hits.slice(0, 8))}`);

  // Backup → wipe → restore: the restored workspace holds no marker either.
  const pw = 'Backup Pass Phrase 2026';
  const restored = await page.evaluate(async (pw) => {
    const api = window.leadlensApi;
    const bytes = await api.exportWorkspace(pw);
    await api.wipeAll();
    return (await api.restoreWorkspace(bytes, pw)).rows;
  }, pw);
  await signIn(page);
  await page.waitForFunction(() => window.leadlensApi?.whoami());
  const after = await scanRawStorage(page, markers);
  t.log(`restored ${restored} rows; scan after restore: ${describe(after)}`);
  expect(after.stats.records >= first.stats.records - 5, 'the restore should bring the records back');
  expect(after.hits.length === 0, `markers in raw storage after restore: ${JSON.stringify(after.hits.slice(0, 8))}`);

  // Sanity: the scan finds plain text in each kind of place it reads.
  const probe = 'MRKprobe';
  await page.evaluate(async (p) => {
    localStorage.setItem('probe', p);
    await (await (await navigator.storage.getDirectory()).getFileHandle('probe.txt', { create: true })).createWritable().then(async (w) => { await w.write(p.toLowerCase()); await w.close(); });
    await new Promise((res) => { const r = indexedDB.open('probe-db', 1); r.onupgradeneeded = () => r.result.createObjectStore('s'); r.onsuccess = () => { const tx = r.result.transaction('s', 'readwrite'); tx.objectStore('s').put(new Blob([p]), 1); tx.oncomplete = () => { r.result.close(); res(); }; }; });
  }, probe);
  const sanity = await scanRawStorage(page, [probe]);
  const where = new Set(sanity.hits.map((h) => h.where.split(' ')[0]));
  t.log(`sanity probe found in: ${[...where].join(', ')}`);
  expect(where.has('localStorage') && where.has('opfs') && where.has('indexedDB'), `the scan must see localStorage, OPFS and IndexedDB blobs: ${[...where]}`);
}
plantedMarkersNeverReachRawStorage.timeout = 240_000;

/** Migration: a lead stored the old way (plain Customer ID in `customerId` and in `inputs`) is sealed at the next sign-in. */
export async function legacyLeadRecordsAreSealedAfterSignIn(t) {
  const { page } = t;
  await t.goto('?api');
  await signIn(page);
  const legacy = 'MRKlegacyLead77';
  await page.evaluate(async (id) => {
    const db = await new Promise((res) => { const r = indexedDB.open('leadlens'); r.onsuccess = () => res(r.result); });
    await new Promise((res) => {
      const tx = db.transaction('leads', 'readwrite');
      tx.objectStore('leads').add({ customerKey: id.toLowerCase(), customerId: id, createdAt: Date.now(), modelId: 'old', inputs: { CustomerID: id, Age: 40 }, score: 0.5, decile: 5, segment: 'Medium', cluster: 0, predicted: 0 });
      tx.oncomplete = res;
    });
    db.close();
  }, legacy);
  expect((await scanRawStorage(page, [legacy])).hits.length > 0, 'the planted legacy record should be visible before the migration');
  await page.locator('[data-testid="signout"]').click();
  await signIn(page);
  await page.waitForFunction(() => window.leadlensApi?.whoami());
  const after = await scanRawStorage(page, [legacy]);
  expect(after.hits.length === 0, `legacy plain Customer ID still stored: ${JSON.stringify(after.hits)}`);
  await page.locator('ll-app nav a[href$="/score"]').first().click();
  await page.locator('[data-testid="recent-lead"]').filter({ hasText: legacy }).waitFor({ timeout: 20_000 });
  const audit = await page.evaluate(() => window.leadlensApi.listAudit());
  const m = audit.find((a) => a.type === 'migrate');
  t.log(`migration audit entry: ${JSON.stringify(m?.detail)}`);
  expect(m?.detail?.records === 1, 'the migration should record that it rewrote one record');
}
