// Issue #13's last rough edges, in dark mode: an analyst walks the screens with admin actions (navigation,
// Settings' security and backup, a client card) and is offered none of them — each is left out with a sentence
// or disabled with a reason reachable by keyboard and read out (aria-describedby) — while the data API refuses
// one and the audit log records it; the side navigation is dark and axe is clean. The customer import shows
// the expected columns and a template before an upload, and lists the columns it will ignore.
import { ADMIN, signIn } from './lib/session.mjs';
import { expect } from './lib/lead.mjs';
import { axeViolations, formatViolations } from './lib/axe.mjs';

const $ = (page, id) => page.locator(`[data-testid="${id}"]`);
const go = (page, path) => page.evaluate((p) => window.dispatchEvent(new CustomEvent('vaadin-router-go', { detail: { pathname: p } })), path);
const ANALYST = { email: 'analyst.gates@example.com', password: 'Amber Valley Kettle 58' };
const as = (page, who) => page.evaluate(async (a) => { await window.leadlensApi.signOut(); await window.leadlensApi.signIn(a.email, a.password); }, who);

/** The gated button's state after keyboard focus: aria-disabled, the text its aria-describedby points at, the tooltip shown. */
async function focusGated(page, testid) {
  const btn = page.locator(`[data-testid="${testid}"]`).first();
  await btn.focus();
  return btn.evaluate((b) => {
    const tip = b.getRootNode().getElementById(b.getAttribute('aria-describedby') ?? '');
    return { disabled: b.getAttribute('aria-disabled'), reason: tip?.textContent.trim() ?? '', shown: !!tip && getComputedStyle(tip).visibility === 'visible', focused: b.matches(':focus') };
  });
}

export async function analystIsOfferedNoAdminActionAndTheApiAuditsARefusal(t) {
  const { page } = t;
  await page.emulateMedia({ colorScheme: 'dark' });
  await t.goto('clients?api');
  await signIn(page);
  await page.waitForFunction(() => 'leadlensApi' in window);
  await page.evaluate(async ({ a, pw }) => {
    await window.leadlensApi.loadDemoClients(3);
    await window.leadlensApi.addUser(a.email, 'analyst', a.password, pw);
  }, { a: ANALYST, pw: ADMIN.password });
  const base = new URL(t.app.url).pathname;

  await as(page, ANALYST);
  await page.locator('[data-testid="current-user"][data-role="analyst"]').waitFor();
  // navigation: no admin screens, one sentence says why; a typed URL to one lands on the dashboard; the bar is dark
  await $(page, 'nav-admin-note').waitFor();
  const links = await page.locator('ll-app nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const p of ['models', 'users', 'audit']) expect(!links.includes(`${base}${p}`), `an analyst is offered ${p}: ${links.join(' ')}`);
  await go(page, `${base}models`);
  await page.waitForFunction((b) => location.pathname.replace(/\/$/, '') === b.replace(/\/$/, ''), base);
  const bar = await page.locator('ll-app').evaluate((el) => getComputedStyle(el.shadowRoot.querySelector('header')).backgroundColor);
  const [r, g, b] = bar.match(/\d+/g).map(Number);
  expect(0.2126 * r + 0.7152 * g + 0.0722 * b < 80, `the navigation is not dark in dark mode: ${bar}`);

  // Settings: backups left out with a sentence; security actions disabled, reason on focus and read out
  await go(page, `${base}settings`);
  await $(page, 'security-admin-only').waitFor();
  expect((await $(page, 'backup-now-button').count()) === 0, 'an analyst is offered "Back up now"');
  await page.locator('ll-backup-settings').getByText('Only an administrator can make backups').waitFor();
  const idle = await page.locator('ll-security-settings #idle').evaluate((el) => ({ disabled: el.disabled, why: el.getRootNode().getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent ?? '' }));
  expect(idle.disabled && /Only an administrator/.test(idle.why), `idle minutes: ${JSON.stringify(idle)}`);
  for (const id of ['security-save-gated', 'backup-export-gated', 'backup-restore-gated', 'wipe-all-gated']) {
    const g = await focusGated(page, id);
    expect(g.disabled === 'true' && g.focused && g.shown && g.reason === 'Only an administrator can do this.', `${id}: ${JSON.stringify(g)}`);
  }
  for (const id of ['backup-export', 'backup-restore', 'wipe-all']) expect((await $(page, id).count()) === 0, `an analyst is offered ${id}`);
  const problems = [formatViolations('dark /settings (analyst)', await axeViolations(page))];

  // a client card: Delete disabled with its reason
  await go(page, `${base}clients`);
  await $(page, 'client-link').first().waitFor();
  await go(page, await $(page, 'client-link').first().getAttribute('href'));
  const del = await focusGated(page, 'card-delete-gated');
  expect(del.disabled === 'true' && del.shown && del.reason !== '', `client Delete: ${JSON.stringify(del)}`);
  expect((await $(page, 'card-delete').count()) === 0, 'an analyst is offered Delete on the client card');
  problems.push(formatViolations('dark /clients/:id (analyst)', await axeViolations(page)));

  // the data API refuses an admin action; the admin finds the refusal in the audit log, in words
  const refused = await page.evaluate(async () => { try { await window.leadlensApi.activateModel('m_none', 'c', ['c']); return 'ALLOWED'; } catch (e) { return e.name; } });
  expect(refused === 'PermissionError', `analyst model activation through the API: ${refused}`);
  await as(page, ADMIN);
  const entry = await page.evaluate(async (email) => {
    const ana = (await window.leadlensApi.listUsers()).find((u) => u.email === email);
    return (await window.leadlensApi.listAudit()).find((e) => e.type === 'refused' && e.userId === ana.id && e.detail?.action === 'models.activate');
  }, ANALYST.email);
  expect(entry?.detail?.reason === 'admin-only', `no audited refusal: ${JSON.stringify(entry)}`);
  const report = problems.filter(Boolean).join('\n');
  expect(report === '', `axe found serious/critical violations:\n${report}`);
}
analystIsOfferedNoAdminActionAndTheApiAuditsARefusal.timeout = 120_000;

export async function customerImportShowsExpectedColumnsTemplateAndIgnoredOnes(t) {
  const { page } = t;
  await t.goto('clients');
  await signIn(page);
  const panel = page.locator('ll-customers-import [data-testid="expected-columns"]');
  await $(page, 'cust-kind').selectOption('activity');
  await panel.getByText('Time on site (minutes)').waitFor();
  await $(page, 'cust-kind').selectOption('orders');
  await panel.getByText('Amount (money in one currency').waitFor();
  expect(await panel.getByText('CDNOW').first().isVisible(), 'the orders panel does not mention the CDNOW layout');
  const v = formatViolations('/clients (expected columns)', await axeViolations(page));
  expect(v === '', `axe violations:\n${v}`);
  const [dl] = await Promise.all([page.waitForEvent('download'), page.locator('ll-customers-import [data-testid="columns-template"]').click()]);
  const csv = Buffer.concat(await (await dl.createReadStream()).toArray()).toString('utf8');
  expect(csv.startsWith('Customer ID,Date,Amount,Items\n'), `orders template: ${csv.slice(0, 80)}`);
  // a file with two extra columns: both are listed as ignored, the panel gives way to the mapping
  const file = { name: 'orders-extra.csv', mimeType: 'text/csv', buffer: Buffer.from(`${csv.trim().split('\n')[0]},Store,Coupon\nC-1,2024-03-05,10.00,1,North,X\n`) };
  await $(page, 'cust-file').setInputFiles(file);
  const ignored = $(page, 'ignored-columns');
  await ignored.waitFor();
  expect((await ignored.getAttribute('data-columns')) === 'Store|Coupon', `ignored: ${await ignored.getAttribute('data-columns')}`);
  expect((await panel.count()) === 0, 'the expected-columns panel stays after the file is read');
}
customerImportShowsExpectedColumnsTemplateAndIgnoredOnes.timeout = 90_000;
