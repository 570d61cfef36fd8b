// Issue #6: the installed app works offline. One online visit installs the service worker and precaches
// everything; then, with the context offline, the app reloads, signs in, scores a lead and a CSV batch.
// Also: a deep link under a sub-path reloads offline, and settings show storage usage.
import Papa from 'papaparse';
import { signIn } from './lib/session.mjs';
import { SAMPLE_LEAD, expect, fillLead, submitAndReadResult } from './lib/lead.mjs';
import { buildForBase } from './lib/server.mjs';
import { waitForOfflineReady } from './lib/pwa.mjs';

const BATCH_ROWS = 5;

function batchCsv() {
  const rows = Array.from({ length: BATCH_ROWS }, (_, i) => ({ ...SAMPLE_LEAD, CustomerID: `OFFLINE-${i + 1}`, Age: String(30 + i) }));
  return Buffer.from(Papa.unparse(rows), 'utf8');
}

/** Scores BATCH_ROWS leads through the batch screen; returns false when the batch UI is not built yet. */
async function scoreBatch(t, baseUrl) {
  await t.page.goto(`${baseUrl}batch`, { waitUntil: 'load' });
  await signIn(t.page);
  await t.page.locator('ll-batch-screen').waitFor({ state: 'attached' });
  const file = t.page.locator('[data-testid="batch-file"]').first();
  if (!(await file.count())) {
    // Guard while the batch feature is being built: the lead removes this once batch-file exists.
    t.log('batch UI (data-testid="batch-file") not present yet: offline batch step skipped');
    return false;
  }
  await file.setInputFiles({ name: 'offline-leads.csv', mimeType: 'text/csv', buffer: batchCsv() });
  await t.page.locator('[data-testid="batch-start"]').first().click();
  const summary = t.page.locator('[data-testid="batch-summary"]').first();
  await summary.waitFor({ state: 'visible', timeout: 90_000 });
  const text = (await summary.textContent())?.trim() ?? '';
  t.log(`offline batch summary: "${text.replace(/\s+/g, ' ').slice(0, 160)}"`);
  expect(text.length > 0, 'batch summary is empty');
  return true;
}

export async function worksOfflineAfterOneVisit(t) {
  await t.goto('');
  await signIn(t.page);
  const ready = await waitForOfflineReady(t.page);
  t.log(`service worker active, ${ready.cached}/${ready.expected} precached (${(ready.bytes / 1e6).toFixed(1)} MB)`);

  await t.context.setOffline(true);
  // A deep link never visited online: the service worker answers the navigation with the cached shell.
  await t.page.goto(`${t.app.url}score`, { waitUntil: 'load' });
  await signIn(t.page);
  expect(await t.page.evaluate(() => !navigator.onLine), 'the context should be offline');
  await fillLead(t.page);
  const r = await submitAndReadResult(t.page, { timeoutMs: 90_000 });
  t.log(`offline score ${r.rawScore} (model ${r.modelId})`);
  expect(Number.isFinite(r.score) && r.score >= 0 && r.score <= 1, `offline score should be a probability, got ${r.rawScore}`);

  await t.page.reload({ waitUntil: 'load' });
  await signIn(t.page);
  await t.page.locator('ll-score-screen').waitFor({ state: 'attached' });
  await scoreBatch(t, t.app.url);
}
worksOfflineAfterOneVisit.timeout = 240_000;

export async function subPathDeepLinksReloadOffline(t) {
  const base = '/leadlens/';
  const dir = await buildForBase(base);
  const server = await t.serve({ dir, base });
  await t.page.goto(`${server.url}settings`, { waitUntil: 'load' });
  await signIn(t.page);
  await t.page.locator('ll-settings-screen ll-storage-settings').waitFor({ state: 'visible' });
  const ready = await waitForOfflineReady(t.page);
  expect(ready.scope === `${server.origin}${base}`, `service worker scope should be ${server.origin}${base}, is ${ready.scope}`);

  await t.page.reload({ waitUntil: 'load' });
  await signIn(t.page);
  await t.page.locator('ll-settings-screen').waitFor({ state: 'attached' });

  await t.context.setOffline(true);
  await t.page.goto(`${server.url}runs`, { waitUntil: 'load' });
  await signIn(t.page);
  await t.page.locator('ll-runs-screen').waitFor({ state: 'attached' });
  await t.page.goto(`${server.url}settings`, { waitUntil: 'load' });
  await signIn(t.page);
  await t.page.locator('ll-settings-screen ll-storage-settings').waitFor({ state: 'visible' });
  expect(new URL(t.page.url()).pathname === `${base}settings`, `offline deep link should stay at ${base}settings, is ${t.page.url()}`);
}
subPathDeepLinksReloadOffline.timeout = 300_000;

export async function settingsShowStorageAndAskToPersist(t) {
  await t.goto('settings');
  await signIn(t.page);
  const usage = t.page.locator('[data-testid="storage-usage"]').first();
  await usage.waitFor({ state: 'visible' });
  t.log(`usage: "${(await usage.textContent())?.trim()}"`);
  const button = t.page.locator('[data-testid="storage-persist"]').first();
  if (await button.count()) {
    await button.click();
    // Headless Chromium may grant or decline; either way the section must say which, in its live region.
    await t.page.locator('[data-testid="storage-persisted"], [data-testid="storage-denied"]').first().waitFor({ state: 'visible' });
  }
  const live = await t.page.locator('[data-testid="storage-status"]').first().getAttribute('aria-live');
  expect(live === 'polite', `storage status should be aria-live=polite, is ${live}`);
}

export async function coopCoepSurviveOffline(t) {
  // Hosts that send COOP/COEP make the page crossOriginIsolated (multi-threaded ORT); the precached copies keep
  // those headers, so the installed app stays isolated offline too.
  const server = await t.serve({ coi: true });
  await t.page.goto(server.url, { waitUntil: 'load' });
  await signIn(t.page);
  expect(await t.page.evaluate(() => crossOriginIsolated), 'online with --coi the page should be crossOriginIsolated');
  await waitForOfflineReady(t.page);
  await t.context.setOffline(true);
  await t.page.goto(`${server.url}settings`, { waitUntil: 'load' });
  await signIn(t.page);
  await t.page.locator('ll-settings-screen').waitFor({ state: 'attached' });
  expect(await t.page.evaluate(() => crossOriginIsolated), 'offline (served by the service worker) the page should stay crossOriginIsolated');
}
coopCoepSurviveOffline.timeout = 180_000;

export async function manifestMakesTheAppInstallable(t) {
  await t.goto('');
  await signIn(t.page);
  await waitForOfflineReady(t.page);
  const cdp = await t.context.newCDPSession(t.page);
  const { url, errors, data } = await cdp.send('Page.getAppManifest');
  expect(errors.length === 0, `manifest errors: ${JSON.stringify(errors)}`);
  const manifest = JSON.parse(data);
  t.log(`manifest ${url}: "${manifest.short_name}", ${manifest.icons.length} icons, shortcuts ${manifest.shortcuts.map((s) => s.url).join(', ')}`);
  expect(manifest.icons.some((i) => i.purpose === 'maskable'), 'manifest needs a maskable icon');
  // Playwright contexts are incognito-like, which alone blocks installing: every other reason must be absent.
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  const blocking = installabilityErrors.filter((e) => e.errorId !== 'in-incognito');
  expect(blocking.length === 0, `not installable: ${JSON.stringify(blocking)}`);
  for (const icon of manifest.icons) {
    const res = await t.page.request.get(new URL(icon.src, url).href);
    expect(res.ok(), `icon ${icon.src} → HTTP ${res.status()}`);
  }
}
