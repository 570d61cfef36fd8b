// Issue #6 updates: when a new version is deployed the app offers "New version available — Reload", never
// while a batch is running (<html data-busy>), and Reload switches to the new version. A copy of dist/ is
// served; "deploying" = changing its index.html and regenerating sw.js with scripts/build-sw.mjs.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './lib/server.mjs';
import { expect } from './lib/lead.mjs';
import { waitForOfflineReady, waitForWaitingWorker } from './lib/pwa.mjs';
import { buildServiceWorker } from '../../scripts/build-sw.mjs';

const TOAST = '[data-testid="update-toast"]';

export async function updatePromptWaitsForIdleAndReloads(t) {
  const dir = mkdtempSync(join(tmpdir(), 'leadlens-update-'));
  try {
    cpSync(join(ROOT, 'dist'), dir, { recursive: true });
    // Regenerate the worker for the copy (dist/ may be rebuilt concurrently by other tooling while we copy).
    await buildServiceWorker({ outDir: dir, base: '/', log: () => {} });
    const server = await t.serve({ dir, base: '/' });
    await t.page.goto(server.url, { waitUntil: 'load' });
    await t.page.locator('ll-app').waitFor({ state: 'attached' });
    await waitForOfflineReady(t.page);
    const firstScript = await t.page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).active.scriptURL);

    // A batch is running when the new version arrives.
    await t.page.evaluate(() => { document.documentElement.dataset.busy = 'batch'; });
    const html = readFileSync(join(dir, 'index.html'), 'utf8').replace('</head>', '<meta name="x-build" content="v2" />\n  </head>');
    writeFileSync(join(dir, 'index.html'), html);
    await buildServiceWorker({ outDir: dir, base: '/', log: () => {} });
    await t.page.evaluate(async () => { await (await navigator.serviceWorker.getRegistration()).update(); });
    await waitForWaitingWorker(t.page);
    await t.page.waitForTimeout(500);
    expect(!(await t.page.locator(TOAST).first().isVisible()), 'the update toast must wait while a batch is running');

    // The batch ends: now the prompt appears, announced by a live region.
    await t.page.evaluate(() => { delete document.documentElement.dataset.busy; });
    const toast = t.page.locator(TOAST).first();
    await toast.waitFor({ state: 'visible', timeout: 10_000 });
    const text = (await toast.textContent())?.replace(/\s+/g, ' ').trim();
    t.log(`toast: "${text}"`);
    const live = await t.page.locator('ll-update-toast [role="status"]').first().getAttribute('aria-live');
    expect(live === 'polite', `update toast should be in an aria-live region, is ${live}`);

    await Promise.all([
      t.page.waitForEvent('load', { timeout: 30_000 }),
      t.page.locator('[data-testid="update-reload"]').first().click(),
    ]);
    await t.page.locator('ll-app').waitFor({ state: 'attached' });
    const build = await t.page.evaluate(() => document.querySelector('meta[name="x-build"]')?.getAttribute('content') ?? null);
    expect(build === 'v2', `after Reload the new version should be served, got x-build=${build}`);
    const state = await t.page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      return { waiting: !!reg.waiting, controlled: !!navigator.serviceWorker.controller, script: reg.active?.scriptURL };
    });
    expect(state.controlled && !state.waiting, `after Reload the new worker should control the page: ${JSON.stringify(state)}`);
    expect(state.script === firstScript, 'service worker URL should be stable');
    expect(!(await t.page.locator(TOAST).first().isVisible()), 'the toast should be gone after the update');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
updatePromptWaitsForIdleAndReloads.timeout = 180_000;
