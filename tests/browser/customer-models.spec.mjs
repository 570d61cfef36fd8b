// Issue #12's customer models in a real browser: an admin loads the demo customers, opens the Models panel and
// presses "Retrain now"; the panel then shows the active sales and purchase models with their last-trained time
// and backtest figures. An analyst's call to retrain, made straight to the data API, is refused and audited.
import { ADMIN } from './lib/session.mjs';
import { expect } from './lib/lead.mjs';
import { axeViolations, formatViolations } from './lib/axe.mjs';
import { openWithDemoBook } from './lib/demo-book.mjs';

const ANALYST = { email: 'analyst@example.com', password: 'Copper Meadow Tiger 42' };
const $ = (page, id) => page.locator(`[data-testid="${id}"]`);

export async function retrainShowsLastTrainedAndAnalystIsRefused(t) {
  const { page } = t;
  await openWithDemoBook(t, 'clients?api');
  await page.locator('ll-app nav a[href$="/models"]').first().click(); // in-app: a reload would lock the workspace
  const retrain = $(page, 'custmodels-retrain');
  await page.waitForFunction(() => {
    const el = document.querySelector('ll-app')?.shadowRoot?.querySelector('ll-models-screen')?.shadowRoot
      ?.querySelector('ll-customer-models')?.shadowRoot?.querySelector('[data-testid="custmodels-retrain"]');
    return el && !el.disabled;
  }, null, { timeout: 60_000 });
  await retrain.click();
  const outcome = $(page, 'custmodels-outcome');
  await outcome.waitFor({ timeout: 180_000 });
  expect(await outcome.getAttribute('data-activated') === 'true', 'a first retrain is activated');
  const trained = $(page, 'custmodels-sales-trained');
  await trained.waitFor({ timeout: 30_000 });
  const at = Date.parse(await trained.getAttribute('data-at'));
  expect(Number.isFinite(at) && Math.abs(Date.now() - at) < 3_600_000, `last trained is now, got ${await trained.getAttribute('data-at')}`);
  expect((await trained.textContent()).trim().length > 0, 'last trained is shown');
  for (const task of ['sales', 'purchase']) {
    const rows = $(page, `custmodels-${task}-candidates`).locator('tbody tr');
    expect(await rows.count() >= 2, `${task}: every candidate's backtest is listed`);
    const active = $(page, `custmodels-${task}-candidates`).locator('tbody tr[data-active="true"] td').first();
    expect(/\d/.test(await active.textContent()), `${task}: the active model has a backtest figure`);
  }
  const violations = await axeViolations(page);
  expect(violations.length === 0, formatViolations('models screen, customer models', violations));
  const byTask = await $(page, 'custmodels-by-task').locator('tbody tr').count();
  expect(byTask === 3, `three tasks listed with their active model, got ${byTask}`);
  t.log(`retrained: sales ${await $(page, 'custmodels-sales').getAttribute('data-model')}, purchase ${await $(page, 'custmodels-purchase').getAttribute('data-model')}`);

  // An analyst calling the data API directly is refused, and the refusal is in the audit log.
  const res = await page.evaluate(async ({ a, admin }) => {
    const api = window.leadlensApi;
    await api.addUser(a.email, 'analyst', a.password, admin.password);
    await api.signOut();
    await api.signIn(a.email, a.password);
    let outcome = 'ALLOWED';
    try { await window.leadlensCustomerModels.retrain(); } catch (e) { outcome = e.name; }
    await api.signOut();
    await api.signIn(admin.email, admin.password);
    const refused = (await api.listAudit()).some((e) => e.type === 'refused' && e.detail?.action === 'models.customers.retrain');
    return { outcome, refused };
  }, { a: ANALYST, admin: ADMIN });
  expect(res.outcome === 'PermissionError', `analyst retrain should be refused, got ${res.outcome}`);
  expect(res.refused, 'the refusal is audited');
}
retrainShowsLastTrainedAndAnalystIsRefused.timeout = 300_000;
