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
  const c = { id: marker('cid'), name: marker('cname'), email: `${marker('cmail')}@example.org`, notes: marker('cnotes') };
  await nav(page, 'clients');
  await $(page, 'clients-import').setInputFiles({ name: 'clients.csv', mimeType: 'text/csv', buffer: Buffer.from(`id,name,email,notes\n${c.id},${c.name},${c.email},${c.notes}\n`) });
  await page.locator('[data-testid="client-row"]').filter({ hasText: c.name }).waitFor({ timeout: 20_000 });
  return Object.values(c);
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
  ['audit details', auditDetails],
];
