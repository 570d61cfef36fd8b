// Issue #14, defect 1 and "nothing leaks": markers planted in every personal field through every path that
// writes (lib/marker-paths.mjs) are found nowhere in raw storage — IndexedDB (every database and store),
// localStorage, sessionStorage, cookies, Cache Storage, OPFS — neither after writing nor after a backup is
// restored. Sanity: the scan does find a marker the test itself stores in plain text.
import { ADMIN, signIn } from './lib/session.mjs';
import { expect } from './lib/lead.mjs';
import { scanRawStorage } from './lib/raw-scan.mjs';
import { WRITE_PATHS } from './lib/marker-paths.mjs';
import { axeViolations, formatViolations } from './lib/axe.mjs';

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
  // The wipe showed first-run setup; the restore signs out into the restored users: wait until sign-in shows.
  await page.locator('ll-app[data-auth="signin"]').waitFor({ state: 'attached' });
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
  await page.locator('ll-app[data-auth="signin"]').waitFor({ state: 'attached' });
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

const ANALYST = { email: 'analyst@example.com', password: 'Copper Meadow Tiger 42' };

/** Defect 5: erasing from the sign-in screen needs the typed (translated) word, shows the backup's age, and is recorded. */
export async function eraseOnSignInIsDeliberateAndRecorded(t) {
  const { page } = t;
  await t.goto('?api');
  await signIn(page);
  await page.waitForFunction(() => window.leadlensApi?.whoami());
  await page.evaluate(async () => { await window.leadlensApi.loadDemoClients(3); await window.leadlensApi.exportWorkspace('Backup Pass Phrase 2026'); });
  await page.locator('[data-testid="signout"]').click();
  const panel = page.locator('[data-testid="erase-panel"]');
  await panel.waitFor();
  expect(!(await page.locator('[data-testid="erase-confirm"]').isVisible()), 'the erase button must be hidden until the panel is opened');
  await panel.locator('summary').click();
  const age = page.locator('[data-testid="erase-backup-age"]');
  await age.waitFor();
  t.log(`backup age shown: "${(await age.textContent()).trim()}"`);
  expect((await age.getAttribute('data-days')) === '0', 'the backup made today should show as 0 days old');
  const confirm = page.locator('[data-testid="erase-confirm"]');
  const word = page.locator('[data-testid="erase-word"]');
  expect(await confirm.isDisabled(), 'erase is disabled before the word is typed');
  await word.fill('erase please');
  expect(await confirm.isDisabled(), 'a wrong word keeps erase disabled');
  // Russian: the word is translated; the English word no longer works.
  await page.locator('ll-app select').first().selectOption('ru');
  await page.getByText('Для подтверждения введите СТЕРЕТЬ').waitFor();
  await word.fill('ERASE');
  expect(await confirm.isDisabled(), 'in Russian the English word must not work');
  const axe = await axeViolations(page);
  expect(axe.length === 0, formatViolations('sign-in erase panel', axe));
  await word.fill('стереть');
  await confirm.click();
  await page.locator('[data-testid="setup-form"]').waitFor({ timeout: 20_000 });
  await page.locator('ll-app select').first().selectOption('en');
  await signIn(page);
  await page.waitForFunction(() => window.leadlensApi?.whoami());
  const audit = await page.evaluate(() => window.leadlensApi.listAudit());
  const erased = audit.find((a) => a.type === 'workspace.erased');
  t.log(`new workspace's audit log: ${audit.map((a) => a.type).join(', ')}; erased entry ${JSON.stringify(erased)}`);
  expect(erased && erased.detail.via === 'forgotten-password' && erased.detail.lastBackupAt > 0, 'the new audit log records the erase, how, and the last backup');
  expect((await page.evaluate(() => window.leadlensApi.listClients())).length === 0, 'the old clients are gone');
  await page.locator('ll-app nav a[href$="/audit"]').click();
  await page.locator('[data-testid="audit-row"][data-type="workspace.erased"]').waitFor();
}

/** Defect 6: every refused admin call is in the audit log with who, what and when; the Audit screen shows them. */
export async function refusedAdminActionsAreAudited(t) {
  const { page } = t;
  await t.goto('?api');
  await signIn(page);
  await page.waitForFunction(() => window.leadlensApi?.whoami());
  const started = Date.now();
  const anaId = await page.evaluate(async ({ a, admin }) => {
    const api = window.leadlensApi;
    await api.loadDemoClients(2);
    const u = await api.addUser(a.email, 'analyst', a.password, admin.password);
    await api.signOut();
    await api.signIn(a.email, a.password);
    const clients = await api.listClients();
    const tries = [() => api.deleteClient(clients[0].id), () => api.addUser('m@example.com', 'admin', 'Another Long Secret 99', 'x'),
      () => api.setRole(u.id, 'admin'), () => api.listUsers(), () => api.listAudit(), () => api.exportWorkspace('Some Backup Password 1'), () => api.wipeAll()];
    for (const fn of tries) await fn().catch(() => undefined);
    await api.signOut();
    await api.listClients().catch(() => undefined); // nobody signed in
    return u.id;
  }, { a: ANALYST, admin: ADMIN });
  await page.waitForTimeout(300); // refusals are logged without blocking the refused call: let the last writes land
  await signIn(page);
  await page.waitForFunction(() => window.leadlensApi?.whoami());
  const refused = (await page.evaluate(() => window.leadlensApi.listAudit())).filter((a) => a.type === 'refused').reverse();
  t.log(refused.map((a) => `${a.detail.action}/${a.detail.reason} by ${a.userId ?? 'nobody'}`).join('; '));
  const want = ['clients.delete', 'users.add', 'users.setRole', 'users.list', 'audit.read', 'backup.export', 'workspace.erase'];
  for (const action of want) {
    const e = refused.find((a) => a.detail.action === action);
    expect(e && e.userId === anaId && e.detail.reason === 'admin-only' && e.at >= started, `refusal of ${action} by the analyst should be audited`);
  }
  expect(refused.some((a) => a.detail.action === 'clients.list' && a.detail.reason === 'not-signed-in' && !a.userId), 'an anonymous refusal is audited too');
  await page.locator('ll-app nav a[href$="/audit"]').click();
  await page.locator('[data-testid="audit-row"][data-type="refused"]').nth(want.length).waitFor({ timeout: 10_000 });
}
