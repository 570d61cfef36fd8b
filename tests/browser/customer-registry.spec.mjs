// Issue #12's customer-model registry in a real browser. (1) The on-open schedule end to end: an admin's first
// forecast is made 40 days before the last order (so newer orders exist), the schedule is set to 1 day, the
// browser clock is moved 3 days ahead (Playwright's clock override), and a reload shows the notice with previous
// vs retrained figures and the decision, and the audit log holds the scheduled retrain. (2) Roll back, export and
// import: after a retrain, roll back; a tampered file is refused with the reason and changes nothing; a deleted
// model comes back from its exported file.
import { signIn } from './lib/session.mjs';
import { expect } from './lib/lead.mjs';

const $ = (page, id) => page.locator(`[data-testid="${id}"]`);
const DAY = 86_400_000;

/** Demo customers, then a first (fitted) forecast 40 days before the last order, through the ?bench/?api hooks. */
async function demoWithEarlyForecast(t) {
  const { page } = t;
  await t.goto('clients?api&bench');
  await signIn(page);
  await $(page, 'clients-demo').click();
  await $(page, 'clients-status').waitFor({ timeout: 120_000 });
  return page.evaluate(async () => {
    const st = await window.leadlensCustomerModels.status();
    const s = await window.leadlensCustomers.runForecasts({ asOfDay: st.lastOrderDay - 40 }, () => {});
    return { source: s.source, sales: s.salesModelId, purchase: s.purchaseModelId, last: st.lastOrderDay };
  });
}

async function openModels(page) {
  await page.locator('ll-app nav a[href$="/models"]').first().click(); // in-app: a reload would lock the workspace
  await $(page, 'custreg-table').locator('[data-testid="custreg-row"]').first().waitFor({ timeout: 60_000 });
}

export async function scheduleRetrainsOnOpenWithNotice(t) {
  const { page } = t;
  const first = await demoWithEarlyForecast(t);
  expect(first.source === 'fitted', `the first forecast fits, got ${first.source}`);
  await openModels(page);
  const form = $(page, 'custmodels-schedule');
  await form.locator('[name="enabled"]').check();
  await form.locator('[name="days"]').fill('1');
  await form.locator('button[type="submit"]').click();
  await form.locator('[role="status"]').filter({ hasText: /\S/ }).waitFor();
  await page.clock.setSystemTime(Date.now() + 3 * DAY); // the active models are now 3 days old
  await t.goto('models?api'); // a reload (the data API hooks need ?api in the URL)
  await signIn(page);
  const outcome = page.locator('ll-customer-retrain-notice [data-testid="custmodels-outcome"]');
  await outcome.waitFor({ timeout: 240_000 });
  const activated = await outcome.getAttribute('data-activated');
  for (const task of ['sales', 'purchase']) {
    const table = outcome.locator(`[data-testid="custmodels-outcome-${task}"]`);
    expect(/^(better_or_equal|within_margin|worse|no_backtest)$/.test(await table.getAttribute('data-verdict')), `${task}: a verdict against the previous model`);
    const models = (await table.locator('tbody tr').first().textContent()) ?? '';
    expect(models.includes(first[task]), `${task}: the previous model ${first[task]} is named: ${models}`);
    const figures = await table.locator('tbody tr').nth(1).locator('td.num').allTextContents();
    expect(figures.length === 2 && figures.every((x) => /\d/.test(x)), `${task}: previous and new figures shown: ${figures}`);
  }
  const audit = await page.evaluate(() => window.leadlensApi.listAudit());
  const retrain = audit.find((e) => e.type === 'retrain' && e.detail?.trigger === 'schedule');
  const decision = audit.find((e) => e.type === 'activate' && e.detail?.trigger === 'schedule');
  expect(retrain && retrain.detail['old.sales.id'] === first.sales && retrain.detail['new.sales.id'], `the scheduled retrain is audited with old and new models: ${JSON.stringify(retrain?.detail)}`);
  expect(decision && String(decision.detail.activated) === activated, `the decision is audited: ${JSON.stringify(decision?.detail)}`);
  t.log(`scheduled retrain on open: activated ${activated}, sales ${decision.detail.sales}, purchase ${decision.detail.purchase}`);
}
scheduleRetrainsOnOpenWithNotice.timeout = 360_000;

export async function rollbackExportImport(t) {
  const { page } = t;
  const a = await demoWithEarlyForecast(t);
  await openModels(page);
  await $(page, 'custmodels-retrain').click();
  const newSales = page.locator('[data-testid="custmodels-outcome-sales"] tbody tr').first().locator('td').nth(1).locator('small');
  await newSales.waitFor({ timeout: 240_000 });
  const b = (await newSales.textContent()).trim();
  const row = (id) => page.locator(`[data-testid="custreg-row"][data-id="${id}"]`);
  await row(b).waitFor();
  const status = $(page, 'custreg-status');

  await row(b).locator('[data-testid="custreg-activate"]').click(); // the retrained sales model is not worse (its verdict)
  await page.locator(`[data-testid="custreg-row"][data-id="${b}"][data-active="true"]`).waitFor({ timeout: 120_000 });
  expect((await status.textContent()).includes(b), `activated and forecast with ${b}: ${await status.textContent()}`);
  await $(page, 'custreg-rollback-sales').click();
  await page.locator(`[data-testid="custreg-row"][data-id="${a.sales}"][data-active="true"]`).waitFor({ timeout: 120_000 });
  const st = await page.evaluate(() => window.leadlensCustomerModels.status());
  expect(st.active.sales.id === a.sales, `rolled back to ${a.sales}, status says ${st.active.sales.id}`);

  const download = page.waitForEvent('download');
  await row(b).locator('[data-testid="custreg-export"]').click();
  const text = await (await download).createReadStream().then(async (s) => { let out = ''; for await (const c of s) out += c; return out; });
  const rows = await $(page, 'custreg-row').count();
  const tampered = JSON.parse(text);
  tampered.card.metrics.r2 = (tampered.card.metrics.r2 ?? 0) + 0.1;
  await $(page, 'custreg-import').setInputFiles({ name: 'tampered.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(tampered)) });
  await $(page, 'custreg-error').filter({ hasText: /checksum/i }).waitFor();
  expect(await $(page, 'custreg-row').count() === rows, 'a bad file changes nothing');

  await row(b).locator('[data-testid="custreg-delete"]').click();
  await row(b).waitFor({ state: 'detached' });
  await $(page, 'custreg-import').setInputFiles({ name: 'model.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await row(b).waitFor();
  expect((await status.textContent()).includes(b), `imported back: ${await status.textContent()}`);
  const audit = await page.evaluate(() => window.leadlensApi.listAudit());
  const types = ['activate', 'export', 'delete', 'import'].filter((type) => audit.some((e) => e.type === type && e.detail?.modelId === b));
  expect(types.length === 4, `activation, export, delete and import of ${b} are audited: ${types}`);
}
rollbackExportImport.timeout = 360_000;
