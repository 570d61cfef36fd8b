// Shared by the dashboard and planner specs: scores a file through the Batch screen and downloads the run's CSV
// (the stored run as a user can export it), so tests can compute expected figures independently of the app.
import { signIn } from './session.mjs';

const $ = (page, id) => page.locator(`[data-testid="${id}"]`).first();

/** Imports `file` as a batch run; resolves to the summary's data attributes once the run completes. */
export async function scoreFile(t, file) {
  await t.goto('batch');
  await signIn(t.page);
  await $(t.page, 'batch-file').setInputFiles(file);
  await $(t.page, 'batch-mapping').waitFor({ state: 'visible' });
  const start = $(t.page, 'batch-start');
  await t.page.waitForFunction((el) => !el.disabled, await start.elementHandle(), { timeout: 20_000 });
  await start.click();
  const summary = $(t.page, 'batch-summary');
  await summary.waitFor({ state: 'visible', timeout: 90_000 });
  return { status: await summary.getAttribute('data-status'), scored: Number(await summary.getAttribute('data-scored')) };
}

/** From the completed run's summary: opens the run and downloads its export; returns header + rows as objects. */
export async function exportRunCsv(t) {
  await t.page.locator('ll-run-summary a.btn').first().click();
  await $(t.page, 'leads-table').waitFor({ state: 'visible' });
  const [download] = await Promise.all([t.page.waitForEvent('download'), $(t.page, 'leads-export').click()]);
  const chunks = [];
  for await (const c of await download.createReadStream()) chunks.push(c);
  const lines = Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  const head = lines[0].split(',');
  return lines.slice(1).map((l) => Object.fromEntries(l.split(',').map((v, i) => [head[i], v])));
}

/** Opens every <ll-chart>'s data table (shadow DOM included) and returns [title, table rows] per chart. */
export async function openAllChartTables(page) {
  const toggles = page.locator('ll-chart [data-testid="chart-table-toggle"]');
  const n = await toggles.count();
  for (let i = 0; i < n; i++) await toggles.nth(i).click();
  return page.locator('ll-chart').evaluateAll((els) => els.map((el) => [el.shadowRoot?.querySelector('figcaption')?.textContent ?? '', el.shadowRoot?.querySelectorAll('[data-testid="chart-table"] tbody tr').length ?? 0]));
}
