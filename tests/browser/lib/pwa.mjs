// Service-worker helpers for the PWA journeys: wait until the app is offline-ready (worker activated and
// controlling the page, every precache entry stored), and read the registration from the page.

/**
 * Resolves once the page is controlled by an activated service worker whose precache holds every entry listed
 * in sw.js. Returns { scope, expected, cached, bytes }.
 */
export async function waitForOfflineReady(page, { timeoutMs = 90_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const active = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      return !!reg?.active && reg.active.state === 'activated' && !!navigator.serviceWorker.controller;
    });
    if (active) break;
    if (Date.now() > deadline) throw new Error(`no activated, controlling service worker after ${timeoutMs} ms`);
    await page.waitForTimeout(250);
  }
  const ready = await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    const sw = await (await fetch(reg.active.scriptURL)).text();
    const expected = (sw.match(/\{url:"[^"]+",revision:/g) ?? []).length;
    let cached = 0;
    let bytes = 0;
    for (const name of await caches.keys()) {
      if (!name.includes('precache')) continue;
      const cache = await caches.open(name);
      for (const req of await cache.keys()) {
        cached++;
        bytes += (await (await cache.match(req)).arrayBuffer()).byteLength;
      }
    }
    return { scope: reg.scope, expected, cached, bytes };
  });
  if (ready.expected === 0 || ready.cached < ready.expected) {
    throw new Error(`precache incomplete: ${ready.cached} of ${ready.expected} entries cached`);
  }
  return ready;
}

/** Waits until a new service worker is installed and waiting (an update was found). */
export async function waitForWaitingWorker(page, { timeoutMs = 60_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting))) {
    if (Date.now() > deadline) throw new Error(`no waiting service worker after ${timeoutMs} ms`);
    await page.waitForTimeout(250);
  }
}
