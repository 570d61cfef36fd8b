// Issue #4: backup → wipe → restore gives back identical data (raw tables and decrypted clients).
import { signIn } from './lib/session.mjs';
import { expect } from './lib/lead.mjs';
import { rawDump } from './lib/raw-idb.mjs';
import { openWithDemoBook } from './lib/demo-book.mjs';

export async function backupWipeRestoreGivesIdenticalData(t) {
  const { page } = t;
  page.on('dialog', (d) => void d.accept());
  // The demo book is stored whole (clients, then orders and their derived fields) before the hook returns, so
  // the "before" list cannot catch a client whose order count is not written yet.
  await openWithDemoBook(t, 'clients?api');
  await page.locator('[data-testid="client-row"]').first().waitFor();
  const clientsBefore = await page.evaluate(() => window.leadlensApi.listClients());
  const rawBefore = await rawDump(page, { skip: ['audit'] });

  await page.locator('nav a[href$="settings"]').click();
  const pw = 'Backup Pass Phrase 2026';
  await page.locator('[data-testid="backup-password"]').fill(pw);
  await page.locator('[data-testid="backup-password2"]').fill(pw);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="backup-export"]').click()]);
  const name = download.suggestedFilename();
  const file = await download.path();
  expect(name.endsWith('.leadlens'), `backup file name ${name}`);

  await page.locator('[data-testid="wipe-all"]').click();
  await page.locator('[data-testid="setup-form"]').waitFor({ timeout: 20_000 });
  const rawWiped = await rawDump(page, { skip: ['audit'] });
  expect(!rawWiped.includes('nameEnc'), 'wipe should leave no clients');

  await page.locator('[data-testid="setup-restore-password"]').fill(pw);
  await page.locator('[data-testid="setup-restore"]').setInputFiles(file);
  await page.locator('[data-testid="signin-form"]').waitFor({ timeout: 30_000 });
  const rawAfter = await rawDump(page, { skip: ['audit'] });
  t.log(`backup ${name}; raw tables before ${rawBefore.length} chars, after ${rawAfter.length} chars`);
  expect(rawAfter === rawBefore, 'raw IndexedDB contents (all tables but the audit log) differ after restore');
  await signIn(page);
  await page.waitForFunction(() => window.leadlensApi && window.leadlensApi.whoami());
  const clientsAfter = await page.evaluate(() => window.leadlensApi.listClients());
  expect(JSON.stringify(clientsAfter) === JSON.stringify(clientsBefore), 'decrypted clients differ after restore');
  t.log(`${clientsAfter.length} decrypted clients identical after backup → wipe → restore`);
}
