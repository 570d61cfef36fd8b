// Issue #10's purchase threshold and order edits on a small demo book (600 clients, set up through the
// ?bench hooks so each test stays short): Settings shows how many clients a threshold flags, the backtest's
// confusion matrix and figures at it and the best-F1 threshold; using it re-counts the list, the dashboard and
// the card without a forecast run. On the card, removing an order recomputes the forecast.
import { signIn } from './lib/session.mjs';
import { expect } from './lib/lead.mjs';
import { axeViolations, formatViolations } from './lib/axe.mjs';

const $ = (page, id) => page.locator(`[data-testid="${id}"]`);
/** In-app navigation (keeps the session; a page load would lock the workspace). */
const go = (page, pathname, search = '') => page.evaluate((d) => window.dispatchEvent(new CustomEvent('vaadin-router-go', { detail: d })), { pathname, search });

/** Signs in on the Clients screen, stores a 600-client demo book and runs forecasts once (hooks, no UI). */
async function demoWithForecast(t) {
  await t.goto('clients?bench');
  await signIn(t.page);
  await t.page.waitForFunction(() => 'leadlensClientList' in window);
  await t.page.evaluate(async () => { await window.leadlensClientList.loadDemo(600); await window.leadlensClientList.forecast(); });
  return new URL(t.app.url).pathname;
}

const forecastRuns = (page) => page.evaluate(() => new Promise((res, rej) => {
  const r = indexedDB.open('leadlens');
  r.onerror = () => rej(r.error);
  r.onsuccess = () => { const q = r.result.transaction('forecastRuns').objectStore('forecastRuns').count(); q.onsuccess = () => { r.result.close(); res(q.result); }; };
}));

const attr = async (loc, name) => Number(await loc.getAttribute(name));

export async function thresholdInSettingsRecountsWithoutAForecastRun(t) {
  const { page } = t;
  const base = await demoWithForecast(t);
  await go(page, `${base}settings`);
  const flagged = page.locator('[data-testid="custthr-flagged"][data-threshold="0.7"]');
  await flagged.waitFor({ timeout: 30_000 });
  const at70 = await attr(flagged, 'data-flagged');
  const clients = await attr(flagged, 'data-clients');
  expect(clients >= 500, `clients with a forecast: ${clients}`);
  // the backtest at 70%: a full confusion matrix, and F1 from it
  const cell = (k) => attr($(page, `custthr-${k}`), 'data-value');
  const [tp, fp, fn, tn] = [await cell('tp'), await cell('fp'), await cell('fn'), await cell('tn')];
  const f1 = await attr(page.locator('[data-testid="custthr-metrics"] [data-metric="f1"]'), 'data-value');
  expect(tp + fp + fn + tn > 0 && Math.abs(f1 - (2 * tp > 0 ? (2 * tp) / (2 * tp + fp + fn) : 0)) < 1e-12, `matrix ${tp}/${fp}/${fn}/${tn}, F1 ${f1}`);
  const best = $(page, 'custthr-best');
  const bestThr = await attr(best, 'data-threshold');
  const bestF1 = await attr(best, 'data-f1');
  expect(bestF1 >= f1, `best F1 ${bestF1} at ${bestThr} vs ${f1} at 70%`);
  const runs = await forecastRuns(page);

  // a value out of range is refused beside the field
  await $(page, 'custthr-input').fill('150');
  await $(page, 'custthr-save').click();
  await $(page, 'custthr-error').and(page.locator(':not([hidden])')).waitFor();
  expect(await $(page, 'custthr-input').getAttribute('aria-invalid') === 'true', 'aria-invalid on the threshold');

  // typing a threshold previews its count; "use best-F1" saves it
  await $(page, 'custthr-input').fill('5');
  const at5 = await attr(page.locator('[data-testid="custthr-flagged"][data-threshold="0.05"]'), 'data-flagged');
  expect(at5 >= at70, `5% flags ${at5}, 70% flags ${at70}`);
  await $(page, 'custthr-use-best').click();
  const grid = Math.floor(Math.round(bestThr * 1e6) / 1e3) / 1e3;
  const saved = page.locator(`[data-testid="custthr-flagged"][data-threshold="${grid}"]`);
  await saved.waitFor();
  const nBest = await attr(saved, 'data-flagged');
  await page.locator('[data-testid="custthr-status"]', { hasText: /Saved/ }).waitFor();
  const axe = formatViolations('/settings (purchase threshold)', await axeViolations(page));
  expect(axe === '', `axe violations:\n${axe}`);
  // on a phone the section with its figures fits the screen
  const size = page.viewportSize();
  await page.setViewportSize({ width: 360, height: 800 });
  const width = await page.evaluate(() => new Promise((res) => requestAnimationFrame(() => res(document.documentElement.scrollWidth))));
  expect(width <= 360, `settings at 360 px is ${width} px wide`);
  await page.setViewportSize(size);
  t.log(`${clients} clients: 70% flags ${at70}, 5% flags ${at5}; best F1 ${bestF1.toFixed(3)} at ${bestThr.toFixed(4)} → saved ${grid}, flags ${nBest}`);

  // the dashboard KPI and the list follow the saved threshold
  await go(page, base);
  const kpi = page.locator(`[data-testid="custdash-flagged"][data-threshold="${grid}"]`);
  await kpi.waitFor({ timeout: 30_000 });
  expect(await attr(kpi, 'data-flagged') === nBest, `dashboard flags ${await kpi.getAttribute('data-flagged')}, settings ${nBest}`);
  await go(page, `${base}clients`);
  await page.locator('[data-testid="client-row"]').first().waitFor({ timeout: 30_000 });
  await $(page, 'clients-will-buy').check();
  await page.waitForFunction((n) => {
    const el = document.querySelector('ll-app')?.shadowRoot?.querySelector('ll-clients-screen')?.shadowRoot?.querySelector('[data-testid="clients-matching"]');
    return el && Number(el.dataset.matching) === n;
  }, nBest, { timeout: 30_000 });
  expect(page.url().includes(`pmin=${Math.round(grid * 1000) / 10}`), `the filter is in the URL: ${page.url()}`);
  if (nBest > 0) {
    const flags = await page.locator('[data-testid="client-row"] [data-testid="will-buy"]').evaluateAll((els) => els.map((e) => e.dataset.flag));
    expect(flags.length > 0 && flags.every((f) => f === 'true'), `flags in the filtered list: ${flags.join(',')}`);
    await page.locator('[data-testid="client-link"]').first().click();
    await page.locator('[data-testid="card-will-buy"][data-flag="true"]').waitFor({ timeout: 30_000 });
  }
  expect(await forecastRuns(page) === runs, 'no forecast was run for the new threshold');
}
thresholdInSettingsRecountsWithoutAForecastRun.timeout = 180_000;

export async function removingAnOrderRecomputesTheForecast(t) {
  const { page } = t;
  const base = await demoWithForecast(t);
  await go(page, `${base}clients`, '?sort=orders&dir=desc');
  // the screen was open while the hooks stored the demo: it first shows the list as it was, then refreshes;
  // wait for the refreshed list (every client forecast) so the first row is the client with the most orders
  await page.locator('[data-testid="clients-matching"][data-with-forecast="600"]').waitFor({ timeout: 60_000 });
  await page.locator('[data-testid="client-link"]').first().waitFor({ timeout: 30_000 });
  await page.locator('[data-testid="client-link"]').first().click();
  await page.locator('[data-testid="card-forecast"][data-has="true"]').waitFor({ timeout: 30_000 });
  const orders = await page.locator('[data-testid="order-row"]').count();
  expect(orders >= 2, `orders on the card: ${orders}`);
  const before = (await page.locator('[data-testid="history-row"]').first().locator('td').allTextContents()).slice(1).map((s) => s.trim()).join(' | ');
  await page.locator('[data-testid="order-remove"]').first().click(); // the newest order
  await page.locator('[data-testid="history-row"]').nth(1).waitFor({ timeout: 120_000 });
  await page.locator('[data-testid="card-status"]').waitFor();
  expect(await page.locator('[data-testid="order-row"]').count() === orders - 1, 'the order is gone from the card');
  // the history is by as-of day: the new run's row is the one that is not the first forecast
  const rows = await page.locator('[data-testid="history-row"]').evaluateAll((trs) => trs.map((tr) => [...tr.cells].slice(1).map((c) => c.textContent.trim()).join(' | ')));
  const after = rows.find((r) => r !== before);
  expect(rows.length === 2 && after !== undefined, `the recomputed forecast differs: ${before} → ${rows.join(' / ')}`);
  t.log(`${orders} → ${orders - 1} orders; forecast ${before} → ${after}`);
}
removingAnOrderRecomputesTheForecast.timeout = 180_000;
