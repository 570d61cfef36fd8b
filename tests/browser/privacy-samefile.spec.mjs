// Issue #14 defect 4 (part): picking a file whose exact contents were already imported says so before Start,
// with a link to that run; a different file of the same size does not trigger it.
import { signIn } from './lib/session.mjs';
import { expect } from './lib/lead.mjs';
import { demoLeadsFile } from '../fixtures/demo-file.mjs';
import { readFileSync, writeFileSync } from 'node:fs';

const $ = (page, id) => page.locator(`[data-testid="${id}"]`).first();

export async function reimportingTheSameFileLinksToTheEarlierRun(t) {
  const { page } = t;
  const { file } = await demoLeadsFile(500, { prefix: 'SAME-' });
  const twin = file.replace(/\.csv$/, '-twin.csv');
  writeFileSync(twin, readFileSync(file, 'utf8').replace('SAME-1,', 'SAME-9,')); // same size, other contents
  await t.goto('batch');
  await signIn(page);
  await $(page, 'batch-file').setInputFiles(file);
  await page.waitForFunction((el) => !el.disabled, await $(page, 'batch-start').elementHandle(), { timeout: 20_000 });
  expect(await page.locator('[data-testid="same-file"]').count() === 0, 'a first import shows no warning');
  await $(page, 'batch-start').click();
  await $(page, 'batch-summary').waitFor({ state: 'visible', timeout: 90_000 });
  await page.getByRole('button', { name: 'Score another file' }).click();
  await $(page, 'batch-file').setInputFiles(twin);
  await $(page, 'batch-preview').waitFor();
  await page.waitForTimeout(1000);
  expect(await page.locator('[data-testid="same-file"]').count() === 0, 'same size but other contents is not the same file');
  await $(page, 'batch-file').setInputFiles(file);
  const warn = $(page, 'same-file');
  await warn.waitFor({ timeout: 10_000 });
  t.log(`warning: "${(await warn.textContent()).replace(/\s+/g, ' ').trim()}"`);
  await warn.locator('a').first().click();
  await page.locator('ll-run-detail-screen').waitFor({ timeout: 10_000 });
}
