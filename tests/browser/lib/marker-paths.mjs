// Every path that writes personal data today, as one function each: it plants unique markers in that path's
// personal fields through the real UI (or the data API the UI calls) and returns them. privacy.spec.mjs runs
// them all, then scans raw storage with lib/raw-scan.mjs. A new writer (orders, activity, predictions…) adds
// ONE line to WRITE_PATHS below. Every path expects a signed-in admin on a page opened with `?api`.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FORM, fillLead, SAMPLE_LEAD } from './lead.mjs';
import { demoLeadsFile } from '../../fixtures/demo-file.mjs';
import { marker } from './raw-scan.mjs';
import { importCustomerFile } from './customers-import.mjs';

const $ = (page, id) => page.locator(`[data-testid="${id}"]`).first();
const nav = (page, path) => page.locator(`ll-app nav a[href$="/${path}"]`).first().click();

/** Score form: the Customer ID typed into the form (#14 defect 1). */
async function formLead({ page }) {
  const id = marker('formid');
  await nav(page, 'score');
  await fillLead(page, { ...SAMPLE_LEAD, CustomerID: id });
  await page.locator(FORM).locator('[data-testid="score-submit"]').first().click();
  await page.locator('[data-testid="recent-lead"]').filter({ hasText: id }).waitFor({ timeout: 60_000 });
  return [id];
}

/** Batch import: Customer IDs of valid rows and of an invalid row (errors must not keep the ID). */
async function batchImport({ page }) {
  const lines = readFileSync((await demoLeadsFile(5)).file, 'utf8').trim().split('\n');
  const head = lines[0].split(',');
  const idCol = head.indexOf('CustomerID');
  const ids = [];
  const rows = lines.slice(1).map((l, i) => { const c = l.split(','); c[idCol] = marker(`batch${i}`); ids.push(c[idCol]); return c; });
  const bad = [...rows[0]];
  bad[idCol] = marker('batchbad');
  bad[head.indexOf('Age')] = 'forty';
  ids.push(bad[idCol]);
  const file = join(mkdtempSync(join(tmpdir(), 'leadlens-mark-')), 'leads.csv');
  writeFileSync(file, [head, ...rows, bad].map((r) => r.join(',')).join('\n') + '\n');
  await nav(page, 'batch');
  await $(page, 'batch-file').setInputFiles(file);
  const start = $(page, 'batch-start');
  await page.waitForFunction((el) => !el.disabled, await start.elementHandle(), { timeout: 20_000 });
  await start.click();
  await $(page, 'batch-summary').waitFor({ state: 'visible', timeout: 90_000 });
  return ids;
}

/** Clients CSV import: Customer ID, name, email and notes. */
async function clients({ page }) {
  const c = { id: marker('cid'), name: marker('cname'), last: marker('clast'), email: `${marker('cmail')}@example.org`, notes: marker('cnotes') };
  await nav(page, 'clients');
  await importCustomerFile(page, 'clients', { name: 'clients.csv', mimeType: 'text/csv', buffer: Buffer.from(`id,first name,last name,email,notes\n${c.id},${c.name},${c.last},${c.email},${c.notes}\n`) });
  return Object.values(c);
}

/** Orders and activity of a client known only by a marker Customer ID, then forecasts (predictions). */
async function ordersActivityForecasts({ page }) {
  const id = marker('ordid');
  const aid = marker('actid');
  await nav(page, 'clients');
  await importCustomerFile(page, 'orders', { name: 'orders.csv', mimeType: 'text/csv', buffer: Buffer.from(`customer id,date,amount,items\n${id},2024-01-05,12.5,1\n${id},2024-03-07,20,2\n${aid},2024-02-01,5,1\n`) });
  await importCustomerFile(page, 'activity', { name: 'activity.csv', mimeType: 'text/csv', buffer: Buffer.from(`customer id,date,visits,newsletter opened\n${aid},2024-02-10,3,1\n`) });
  await $(page, 'cust-forecast-run').click();
  await $(page, 'cust-forecast-done').waitFor({ timeout: 60_000 });
  return [id, aid];
}

/** Audit details: a user added with a marker email, a failed sign-in with another, refused calls by that user. */
async function auditDetails({ page }, admin) {
  const user = { email: `${marker('umail')}@example.org`, password: 'Copper Meadow Tiger 42' };
  const stranger = `${marker('failmail')}@example.org`;
  await page.evaluate(async ({ user, admin, stranger }) => {
    const api = window.leadlensApi;
    await api.addUser(user.email, 'analyst', user.password, admin.password);
    await api.signOut();
    await api.signIn(stranger, 'not the password at all').catch(() => undefined);
    await new Promise((r) => setTimeout(r, 1100)); // the 1 s back-off after one failure
    await api.signIn(user.email, user.password);
    await api.listUsers().catch(() => undefined); // refused: audited with who and what
    await api.signOut();
    await new Promise((r) => setTimeout(r, 1100));
    await api.signIn(admin.email, admin.password);
  }, { user, admin, stranger });
  return [user.email, stranger];
}

export const WRITE_PATHS = [
  ['form lead', formLead],
  ['batch import', batchImport],
  ['clients import', clients],
  ['orders, activity and forecasts', ordersActivityForecasts],
  ['audit details', auditDetails],
];
