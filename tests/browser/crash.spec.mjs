// Issue #14 "Crash": the renderer is killed (DevTools Page.crash, a real crash, not a cancel) at ~50 % of a
// 200,000-row batch. A new tab offers the run for Resume (from its last committed chunk) or Discard; resuming
// gives exactly the rows of an uninterrupted run of the same file: same counts and the same checksum over every
// output (source row, score bits, decile, segment, cluster, predicted).
import { signIn } from './lib/session.mjs';
import { expect } from './lib/lead.mjs';
import { demoLeadsFile } from '../fixtures/demo-file.mjs';
import { listRunsRaw, runOutputs } from './lib/run-check.mjs';

const $ = (page, id) => page.locator(`[data-testid="${id}"]`).first();
const ROWS = 200_000;

async function startBatch(page, file) {
  await $(page, 'batch-file').setInputFiles(file);
  await page.waitForFunction((el) => !el.disabled, await $(page, 'batch-start').elementHandle(), { timeout: 20_000 });
  await $(page, 'batch-start').click();
}

export async function crashAtHalfResumesToTheSameRows(t) {
  const { file } = await demoLeadsFile(ROWS, { prefix: 'CRASH-' });
  const t0 = Date.now();
  await t.goto('batch');
  await signIn(t.page);
  await startBatch(t.page, file);
  const progress = $(t.page, 'batch-progress');
  await progress.waitFor();
  const ticker = setInterval(() => void progress.getAttribute('data-rows-done').then((n) => t.log(`${Math.round((Date.now() - t0) / 1000)} s: ${n} rows`), () => undefined), 15_000);
  await t.page.waitForFunction(([el, half]) => Number(el.getAttribute('data-rows-done')) >= half, [await progress.elementHandle(), ROWS / 2], { timeout: 120_000, polling: 100 });
  clearInterval(ticker);
  const cdp = await t.context.newCDPSession(t.page);
  t.log(`50 % reached after ${Math.round((Date.now() - t0) / 1000)} s`);
  const crashed = new Promise((res) => t.page.once('crash', res));
  void cdp.send('Page.crash').catch(() => undefined); // never answers: the session dies with the renderer
  await Promise.race([crashed, new Promise((res) => setTimeout(res, 10_000))]);
  t.log(`renderer crashed at >= 50 % after ${Math.round((Date.now() - t0) / 1000)} s`);

  const page = await t.context.newPage();
  t.page = page;
  await page.goto(`${t.app.url}runs`, { waitUntil: 'load' });
  await signIn(page);
  const row = page.locator('[data-testid="run-row"][data-status="interrupted"]').first();
  await row.waitFor({ timeout: 20_000 });
  await row.locator('[data-testid="run-discard"]').waitFor();
  const [before] = await listRunsRaw(page);
  t.log(`offered: ${JSON.stringify(before)} (resume from chunk ${before.committedChunks})`);
  expect(before.committedChunks >= 1 && before.committedChunks < ROWS / 25_000, 'the run kept its committed chunks, not all of them');
  await row.locator('[data-testid="run-resume"]').click();
  await $(page, 'run-resume-file').setInputFiles(file);
  await page.locator(`[data-testid="run-row"][data-id="${before.id}"][data-status="completed"]`).waitFor({ timeout: 180_000 });
  const resumed = await runOutputs(page, before.id);
  t.log(`resumed and completed after ${Math.round((Date.now() - t0) / 1000)} s`);

  // The same file, uninterrupted.
  await page.locator('ll-app nav a[href$="/batch"]').click();
  await startBatch(page, file);
  await $(page, 'batch-summary').waitFor({ state: 'visible', timeout: 180_000 });
  const [ref] = (await listRunsRaw(page)).filter((r) => r.id !== before.id);
  const straight = await runOutputs(page, ref.id);
  t.log(`resumed:       ${JSON.stringify(resumed)}`);
  t.log(`uninterrupted: ${JSON.stringify(straight)}`);
  expect(resumed.rows === ROWS && resumed.counts.rows === ROWS, `the resumed run holds all ${ROWS} rows`);
  expect(JSON.stringify(resumed.counts) === JSON.stringify(straight.counts), 'the counts match the uninterrupted run');
  expect(resumed.checksum === straight.checksum && resumed.scoreSum === straight.scoreSum, 'every output matches the uninterrupted run');
}
crashAtHalfResumesToTheSameRows.timeout = 420_000;
