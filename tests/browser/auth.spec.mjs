// Issue #4's browser proofs (accounts): a wrong password fails and the back-off grows (and survives a reload);
// an analyst is refused admin operations by the data API itself. See also clients.spec.mjs (encryption at
// rest) and backup.spec.mjs. run.mjs fails any test that requests anything off the app's origin.
import { ADMIN, signIn } from './lib/session.mjs';
import { expect } from './lib/lead.mjs';
import { axeViolations, formatViolations } from './lib/axe.mjs';

const ANALYST = { email: 'analyst@example.com', password: 'Copper Meadow Tiger 42' };

async function failOnce(page, expectedWaitMs) {
  const form = page.locator('[data-testid="signin-form"]');
  await page.locator('[data-testid="signin-submit"]:not([disabled])').waitFor({ timeout: 20_000 });
  await form.locator('[name="email"]').fill(ADMIN.email);
  await form.locator('[name="password"]').fill('definitely the wrong password');
  await page.locator('[data-testid="signin-submit"]').click();
  const backoff = page.locator(`[data-testid="signin-backoff"][data-backoff-ms="${expectedWaitMs}"]`);
  await backoff.waitFor({ timeout: 20_000 });
  await page.locator('[data-testid="signin-error"]').waitFor();
  return backoff.textContent();
}

export async function wrongPasswordFailsAndBackoffGrows(t) {
  const { page } = t;
  await t.goto();
  await signIn(page);
  await page.locator('[data-testid="signout"]').click();
  const waits = [];
  for (const ms of [1000, 2000, 4000]) { await failOnce(page, ms); waits.push(ms); }
  t.log(`back-off after 1, 2, 3 failures: ${waits.join(' → ')} ms`);
  // persisted: a reload still shows the remaining wait and keeps the button disabled
  await page.reload({ waitUntil: 'load' });
  await page.locator('[data-testid="signin-backoff"]').waitFor({ timeout: 10_000 });
  expect(await page.locator('[data-testid="signin-submit"]').isDisabled(), 'submit must stay disabled during the back-off after a reload');
  await failOnce(page, 8000);
  t.log('4th failure after reload: 8000 ms');
}

export async function analystCannotReachAdminOperations(t) {
  const { page } = t;
  await t.goto('?api');
  await signIn(page);
  await page.waitForFunction(() => 'leadlensApi' in window);
  const anaId = await page.evaluate(async ({ a, admin }) => {
    const api = window.leadlensApi;
    await api.loadDemoClients(5);
    const u = await api.addUser(a.email, 'analyst', a.password, admin.password);
    await api.signOut();
    await api.signIn(a.email, a.password);
    return u.id;
  }, { a: ANALYST, admin: ADMIN });
  await page.locator('[data-testid="current-user"][data-role="analyst"]').waitFor();
  expect(await page.locator('nav a[href$="users"]').count() === 0, 'analysts must not see the Users link');
  const results = await page.evaluate(async ({ anaId }) => {
    const api = window.leadlensApi;
    const clients = await api.listClients(); // allowed: analysts view
    const tries = {
      deleteClient: () => api.deleteClient(clients[0].id),
      addUser: () => api.addUser('mallory@example.com', 'admin', 'Another Long Secret 99', 'whatever'),
      setRole: () => api.setRole(anaId, 'admin'),
      listUsers: () => api.listUsers(),
      listAudit: () => api.listAudit(),
      exportWorkspace: () => api.exportWorkspace('Some Backup Password 1'),
      wipeAll: () => api.wipeAll(),
    };
    const out = { clients: clients.length };
    for (const [name, fn] of Object.entries(tries)) {
      try { await fn(); out[name] = 'ALLOWED'; } catch (e) { out[name] = e.name; }
    }
    out.after = (await api.listClients()).length;
    return out;
  }, { anaId });
  t.log(JSON.stringify(results));
  for (const op of ['deleteClient', 'addUser', 'setRole', 'listUsers', 'listAudit', 'exportWorkspace', 'wipeAll']) {
    expect(results[op] === 'PermissionError', `${op} as analyst should be rejected with PermissionError, got ${results[op]}`);
  }
  expect(results.clients === 5 && results.after === 5, 'the analyst can list clients and nothing was deleted');
  // the admin-only route redirects an analyst away
  await page.evaluate(() => window.dispatchEvent(new CustomEvent('vaadin-router-go', { detail: { pathname: '/users' } })));
  await page.waitForTimeout(500);
  expect(await page.locator('ll-users-screen').count() === 0, 'an analyst must not get the users screen');
}


/** The sign-in screen (with an error and a back-off showing) and the admin screens pass axe (serious/critical). */
export async function authScreensPassAxe(t) {
  const { page } = t;
  await t.goto('?api');
  await signIn(page);
  await page.waitForFunction(() => 'leadlensApi' in window);
  await page.evaluate(async ({ a, admin }) => {
    await window.leadlensApi.loadDemoClients(3);
    await window.leadlensApi.addUser(a.email, 'analyst', a.password, admin.password);
  }, { a: ANALYST, admin: ADMIN });
  const problems = [];
  for (const path of ['users', 'audit', 'clients', 'settings']) {
    await page.locator(`ll-app nav a[href$="/${path}"]`).first().click();
    await page.locator('ll-app main > *').first().waitFor({ state: 'attached' });
    await page.waitForTimeout(500);
    problems.push(formatViolations(`/${path}`, await axeViolations(page)));
  }
  await page.locator('[data-testid="signout"]').click();
  await failOnce(page, 1000);
  problems.push(formatViolations('sign-in with error', await axeViolations(page)));
  const text = problems.filter(Boolean).join('\n');
  expect(text === '', `axe violations:\n${text}`);
}

/** Auto-lock: after the default 15 idle minutes the workspace locks (keys dropped) and asks to sign in again. */
export async function locksAfterIdleMinutes(t) {
  const { page } = t;
  await page.clock.install();
  await t.goto('clients');
  await signIn(page);
  await page.locator('[data-testid="signout"]').waitFor();
  await page.clock.fastForward('14:00');
  await page.waitForTimeout(300);
  expect(await page.locator('[data-testid="signout"]').count() === 1, 'still signed in after 14 idle minutes');
  await page.clock.fastForward('02:00');
  await page.locator('[data-testid="signin-form"]').waitFor({ timeout: 10_000 });
  t.log('locked after 16 idle minutes');
}

/** The Users screen end to end: add an analyst (admin re-enters their password), disable them; the audit log shows it. */
export async function adminManagesUsersThroughTheScreen(t) {
  const { page } = t;
  await t.goto('users');
  await signIn(page);
  await page.locator('ll-users-screen').waitFor();
  await page.locator('#admin-pw').fill(ADMIN.password);
  const form = page.locator('[data-testid="user-add-form"]');
  await form.locator('[name="email"]').fill('second@example.com');
  await form.locator('[name="password"]').fill('password123456');
  await form.locator('button[type="submit"]').click();
  await page.locator('[data-testid="users-error"]').filter({ hasText: /common/ }).waitFor();
  await form.locator('[name="password"]').fill(ANALYST.password);
  await form.locator('button[type="submit"]').click();
  const row = page.locator('[data-testid="user-row"]').filter({ hasText: 'second@example.com' });
  await row.waitFor({ timeout: 20_000 });
  await row.getByRole('button', { name: 'Disable' }).click();
  await row.getByText('Disabled').waitFor();
  await page.locator('ll-app nav a[href$="/audit"]').click();
  await page.locator('[data-testid="audit-row"][data-type="user.disable"]').waitFor();
  const types = await page.locator('[data-testid="audit-row"]').evaluateAll((rows) => rows.map((r) => r.dataset.type));
  t.log(`audit (newest first): ${types.join(', ')}`);
  expect(types[0] === 'user.disable' && types.includes('user.add') && types.includes('setup'), `unexpected audit order: ${types.join(', ')}`);
}
