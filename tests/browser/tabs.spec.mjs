// Issue #14 "Two tabs": a second page in the same context is a second tab on the same IndexedDB. Locking one
// tab locks both; signing in as another user in one tab drops the other tab's key; views refresh when another
// tab changes clients or settings; two tabs import at once, each run with one writer (Web Locks).
import { ADMIN, signIn } from './lib/session.mjs';
import { expect } from './lib/lead.mjs';
import { demoLeadsFile } from '../fixtures/demo-file.mjs';

const ANALYST = { email: 'analyst@example.com', password: 'Copper Meadow Tiger 42' };
import { importCustomerFile } from './lib/customers-import.mjs';
const $ = (page, id) => page.locator(`[data-testid="${id}"]`).first();

async function secondTab(t, path = '?api') {
  const b = await t.context.newPage();
  b.setDefaultTimeout(30_000);
  await b.goto(`${t.app.url}${path}`, { waitUntil: 'load' });
  await signIn(b);
  return b;
}

export async function lockingOneTabLocksBothAndAnotherUserCannotUseTheKey(t) {
  const a = t.page;
  await t.goto('?api');
  await signIn(a);
  await a.waitForFunction(() => window.leadlensApi?.whoami());
  await a.evaluate(async ({ u, admin }) => { await window.leadlensApi.loadDemoClients(3); await window.leadlensApi.addUser(u.email, 'analyst', u.password, admin.password); }, { u: ANALYST, admin: ADMIN });
  const b = await secondTab(t);
  await b.waitForFunction(() => window.leadlensApi?.whoami()?.role === 'admin');
  // Lock (sign out) in tab A: tab B drops its keys too.
  await a.locator('[data-testid="signout"]').click();
  await b.locator('[data-testid="signin-form"]').waitFor({ timeout: 10_000 });
  expect(await b.evaluate(() => window.leadlensApi.whoami()) === null, 'tab B must be locked too');
  // Admin again in A, then the analyst signs in in B: A's admin key is dropped, nothing admin-only works in A.
  await signIn(a);
  await a.waitForFunction(() => window.leadlensApi?.whoami()?.role === 'admin');
  await b.evaluate((u) => window.leadlensApi.signIn(u.email, u.password), ANALYST);
  await a.locator('[data-testid="signin-form"]').waitFor({ timeout: 10_000 });
  const inA = await a.evaluate(async () => {
    const api = window.leadlensApi;
    const r = { whoami: api.whoami() };
    for (const [k, fn] of Object.entries({ listClients: () => api.listClients(), listUsers: () => api.listUsers(), exportWorkspace: () => api.exportWorkspace('Some Backup Password 1') })) {
      try { await fn(); r[k] = 'ALLOWED'; } catch (e) { r[k] = e.name; }
    }
    return r;
  });
  const inB = await b.evaluate(async () => { try { await window.leadlensApi.listUsers(); return 'ALLOWED'; } catch (e) { return e.name; } });
  t.log(`tab A after the analyst signed in in tab B: ${JSON.stringify(inA)}; tab B listUsers: ${inB}`);
  expect(inA.whoami === null && inA.listClients === 'PermissionError' && inA.listUsers === 'PermissionError' && inA.exportWorkspace === 'PermissionError', 'tab A must not act with the admin key any more');
  expect(inB === 'PermissionError', 'the analyst in tab B is still an analyst');
}

export async function viewsRefreshWhenAnotherTabChangesClientsOrSettings(t) {
  const a = t.page;
  await t.goto('clients');
  await signIn(a);
  await $(a, 'clients-demo').waitFor();
  const b = await secondTab(t, 'clients');
  await importCustomerFile(b, 'clients', { name: 'c.csv', mimeType: 'text/csv', buffer: Buffer.from('id,first name,last name,email,notes\nTAB-1,Zofia,Tabowska,zofia@example.org,\n') });
  await a.locator('[data-testid="client-row"]').filter({ hasText: 'Zofia Tabowska' }).waitFor({ timeout: 10_000 });
  t.log('a client imported in tab B appeared in tab A without a reload');
  // Settings: idle minutes changed in B shows in A.
  await a.locator('ll-app nav a[href$="/settings"]').click();
  await b.locator('ll-app nav a[href$="/settings"]').click();
  await b.locator('ll-security-settings #idle').fill('42');
  await b.locator('ll-security-settings button', { hasText: 'Save' }).first().click();
  await a.waitForFunction(() => document.querySelector('ll-app')?.shadowRoot?.querySelector('ll-settings-screen')?.shadowRoot
    ?.querySelector('ll-security-settings')?.shadowRoot?.querySelector('#idle')?.value === '42', null, { timeout: 10_000 });
  t.log('idle minutes changed in tab B showed in tab A');
}

export async function twoTabsImportAtOnceWithOneWriterPerRun(t) {
  const a = t.page;
  const N = 100_000; // long enough that both runs are still being written while the checks below run
  const [fa, fb] = await Promise.all([demoLeadsFile(N, { prefix: 'TA-' }), demoLeadsFile(N, { prefix: 'TB-' })]);
  await t.goto('batch?bench');
  await signIn(a);
  const b = await secondTab(t, 'batch?bench');
  for (const [p, f] of [[a, fa], [b, fb]]) {
    await $(p, 'batch-file').setInputFiles(f.file);
    await p.waitForFunction((el) => !el.disabled, await $(p, 'batch-start').elementHandle(), { timeout: 20_000 });
  }
  await Promise.all([$(a, 'batch-start').click(), $(b, 'batch-start').click()]);
  await $(a, 'batch-progress').waitFor();
  // A third tab opening (and signing in) while both runs are written must not mark them interrupted.
  const thirdOpened = (async () => {
    const page = await t.context.newPage();
    await page.goto(`${t.app.url}runs`, { waitUntil: 'load' });
    await signIn(page);
    await $(page, 'runs-table').waitFor();
    return page;
  })();
  // While a run is being written, another tab cannot become a second writer of it: asked as soon as a run
  // shows as running (the columnar engine is fast, so nothing slow may come first).
  let running = [];
  for (let tries = 0; tries < 100 && running.length === 0; tries++) {
    running = await b.evaluate(async () => (await window.leadlensBatch.repo.listRuns()).filter((r) => r.status === 'running').map((r) => r.id));
  }
  const busy = await b.evaluate(async (ids) => {
    const out = [];
    for (const id of ids) {
      const f = new File(['x'], 'x.csv');
      try { await window.leadlensBatch.startImport(f, { resumeRunId: id }, () => {}, new AbortController().signal); out.push('STARTED'); } catch (e) { out.push(e.message.slice(0, 12)); }
    }
    return out;
  }, running);
  t.log(`runs in progress: ${running.length}; a second writer for each: ${busy.join(', ')}`);
  expect(running.length >= 1 && busy.every((m) => m === '[run_busy] A'), `a run another tab is writing must refuse a second writer: ${busy}`);
  const sums = await Promise.all([a, b].map(async (p) => {
    const s = $(p, 'batch-summary');
    await s.waitFor({ state: 'visible', timeout: 150_000 });
    return { rows: Number(await s.getAttribute('data-rows')), status: await s.getAttribute('data-status') };
  }));
  t.log(`tab A ${JSON.stringify(sums[0])}, tab B ${JSON.stringify(sums[1])}`);
  expect(sums.every((s) => s.status === 'completed' && s.rows === N), 'both imports complete with every row');
  const third = await thirdOpened;
  await third.reload();
  await signIn(third);
  await third.locator('[data-testid="run-row"][data-status="completed"]').nth(1).waitFor({ timeout: 10_000 });
  expect(await third.locator('[data-testid="run-row"][data-status="interrupted"]').count() === 0, 'no run was marked interrupted');
}
twoTabsImportAtOnceWithOneWriterPerRun.timeout = 240_000;
