// Issue #14 "Backups": Back up now on the dashboard (and Settings) writes the encrypted file, remembers the date
// across reloads, reminds the admin when work older than the chosen N days is in no backup, then asks the
// browser for persistent storage after that click and shows the answer — never claiming browser data is safe.
import { signIn } from './lib/session.mjs';
import { expect } from './lib/lead.mjs';
import { axeViolations, formatViolations } from './lib/axe.mjs';

const $ = (page, id) => page.locator(`[data-testid="${id}"]`).first();
const DAY = 86_400_000;

/** Makes the oldest stored client look `days` old, bypassing the app (stands in for work done days ago). */
async function ageClients(page, days) {
  await page.evaluate(async (ms) => {
    const db = await new Promise((res) => { const r = indexedDB.open('leadlens'); r.onsuccess = () => res(r.result); });
    const all = await new Promise((res) => { const r = db.transaction('clients').objectStore('clients').getAll(); r.onsuccess = () => res(r.result); });
    await new Promise((res) => { const tx = db.transaction('clients', 'readwrite'); for (const c of all) tx.objectStore('clients').put({ ...c, updatedAt: c.updatedAt - ms }); tx.oncomplete = res; });
    db.close();
  }, days * DAY);
}

export async function backUpNowRemembersTheDateRemindsAndAsksToPersist(t) {
  const { page } = t;
  await t.goto('?api');
  await signIn(page);
  await page.waitForFunction(() => window.leadlensApi?.whoami());
  const card = $(page, 'backup-now');
  await card.waitFor();
  expect((await $(page, 'backup-now-last').getAttribute('data-last-at')) === '0', 'a new workspace has never been backed up');
  expect(/not safe by itself/.test(await card.textContent()), 'the card must say browser data is not safe by itself');

  // Settings: remind after 2 days; work 3 days old is due.
  await page.locator('ll-app nav a[href$="/settings"]').click();
  await $(page, 'backup-reminder-days').fill('2');
  await $(page, 'backup-reminder-save').click();
  await page.getByText('Reminder saved.').waitFor();
  await page.evaluate(() => window.leadlensApi.loadDemoClients(4));
  await ageClients(page, 3);
  await page.locator('ll-app nav a[href$="/"]').first().click();
  const reminder = $(page, 'backup-now-reminder');
  await reminder.waitFor({ timeout: 10_000 });
  t.log(`reminder: "${(await reminder.textContent()).trim()}"`);
  const axe = await axeViolations(page);
  expect(axe.length === 0, formatViolations('dashboard with reminder', axe));

  const pw = 'Backup Pass Phrase 2026';
  await $(page, 'backup-now-password').fill(pw);
  await $(page, 'backup-now-password2').fill(pw);
  const [download] = await Promise.all([page.waitForEvent('download'), $(page, 'backup-now-button').click()]);
  expect(download.suggestedFilename().endsWith('.leadlens'), 'a .leadlens file is downloaded');
  const persist = $(page, 'backup-now-persist');
  await persist.waitFor();
  t.log(`persist() answered ${await persist.getAttribute('data-persisted')}: "${(await persist.textContent()).trim()}"`);
  await reminder.waitFor({ state: 'detached', timeout: 10_000 });
  const lastAt = Number(await $(page, 'backup-now-last').getAttribute('data-last-at'));
  expect(lastAt > Date.now() - 60_000, 'the backup date is shown');

  await page.reload();
  await signIn(page);
  await $(page, 'backup-now-last').waitFor();
  expect(Number(await $(page, 'backup-now-last').getAttribute('data-last-at')) === lastAt, 'the last backup date survives a reload');
  // Phone width: nothing overflows the card.
  await page.setViewportSize({ width: 360, height: 800 });
  const overflow = await $(page, 'backup-now').evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow <= 0, `the Back up now card overflows by ${overflow}px at 360 px`);
}
