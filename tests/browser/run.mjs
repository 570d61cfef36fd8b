// Real-browser journeys: serves the production build (dist/) with scripts/serve.mjs, drives Debian's Chromium
// through playwright-core with a fresh context per test, and fails any test whose page requests anything
// outside the app's origin (data:/blob: aside), logs a console error or throws. No test framework: each
// tests/browser/*.spec.mjs exports named async functions; the last line printed is `N passed, N failed`.
// Usage: node tests/browser/run.mjs [substring-of-"file › test" ...]   (npm run test:browser builds first)
// LEADLENS_BROWSER_JOBS=N runs up to N tests at once (each in its own fresh context of the one browser); tests
// marked `fn.exclusive = true` run alone, and retries always run alone, after the others.
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, startServer } from './lib/server.mjs';
import { CHROMIUM, launch } from './lib/browser.mjs';

const HERE = join(ROOT, 'tests/browser');
const ARTIFACTS = join(HERE, 'artifacts');
const DEFAULT_TIMEOUT_MS = 120_000;
const RETRIES = Number(process.env.LEADLENS_BROWSER_RETRIES ?? 1);
const JOBS = Math.max(1, Number(process.env.LEADLENS_BROWSER_JOBS ?? 1) || 1);
const filters = process.argv.slice(2);

async function collectTests() {
  const tests = [];
  for (const file of readdirSync(HERE).filter((f) => f.endsWith('.spec.mjs')).sort()) {
    const mod = await import(pathToFileURL(join(HERE, file)).href);
    for (const [name, fn] of Object.entries(mod)) {
      if (typeof fn !== 'function') continue;
      const id = `${file.replace(/\.spec\.mjs$/, '')} › ${name}`;
      if (filters.length && !filters.some((f) => id.includes(f))) continue;
      tests.push({ id, name, fn, index: tests.length });
    }
  }
  return tests;
}

/** A page error as text; an empty stack (e.g. a rejected non-Error value) still says what was thrown. */
function describeError(err) {
  const text = err?.stack || err?.message || '';
  return text || `${err?.name ?? typeof err} (no message) ${JSON.stringify(err)}`;
}

/**
 * Builds the `t` object a test receives, with request/console policing wired to a fresh context. `log` prints
 * at once when the test runs alone; beside others its lines are kept and printed under its result.
 */
async function makeContext(browser, app, log) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  const allowedOrigins = new Set([app.origin]);
  const problems = [];
  const allowedConsole = [];
  const servers = [];
  const requests = [];
  context.on('request', (req) => {
    const url = req.url();
    requests.push(url);
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    let origin;
    try { origin = new URL(url).origin; } catch { origin = url; }
    if (!allowedOrigins.has(origin)) problems.push(`request left the origin: ${req.method()} ${url}`);
  });
  const watch = (page) => {
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      const text = msg.text();
      if (allowedConsole.some((re) => re.test(text))) return;
      const loc = msg.location();
      problems.push(`console error: ${text}${loc?.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
    });
    page.on('pageerror', (err) => problems.push(`page error: ${describeError(err)}`));
  };
  context.on('page', watch);
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  const t = {
    browser, context, page, app, requests,
    /** Opens an app path (relative to the base, e.g. 'score') and waits for the shell to render. */
    async goto(path = '', server = app) {
      await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
      await page.locator('ll-app').waitFor({ state: 'attached' });
    },
    /** Starts another server (e.g. a sub-path build); its origin becomes allowed; closed after the test. */
    async serve(options) {
      const server = await startServer(options);
      servers.push(server);
      allowedOrigins.add(server.origin);
      return server;
    },
    /** Tolerates console errors matching `re` for this test (say why in a comment). */
    allowConsoleError(re) { allowedConsole.push(re); },
    log: (...args) => log(`    ${args.join(' ')}`),
    async screenshot(name) {
      mkdirSync(ARTIFACTS, { recursive: true });
      const file = join(ARTIFACTS, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
  };
  const dispose = async () => {
    await context.close().catch(() => {});
    await Promise.all(servers.map((s) => s.close()));
  };
  return { t, problems, dispose };
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms); });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * One attempt of a test in a fresh context: { ok, ms, details }. A failure screenshot is kept. A test that
 * fails is run once more (LEADLENS_BROWSER_RETRIES=0 turns that off): a real defect fails twice and fails
 * the suite; one that passes on retry is listed as FLAKY in the summary, to be fixed, not ignored.
 */
async function runOnce(browser, app, test, alone) {
  const started = Date.now();
  const lines = [];
  const { t, problems, dispose } = await makeContext(browser, app, alone ? console.log : (line) => lines.push(line));
  let error;
  try {
    await withTimeout(test.fn(t), test.fn.timeout ?? DEFAULT_TIMEOUT_MS, test.id);
  } catch (err) {
    error = err;
  }
  if (error || problems.length) {
    await t.screenshot(`failed-${test.id.replace(/[^\w.-]+/g, '_')}`).catch(() => {});
  }
  await dispose();
  const details = [error ? String(error.stack ?? error) : null, ...problems.slice(0, 10)].filter(Boolean);
  return { ok: !error && problems.length === 0, ms: Date.now() - started, details, lines };
}

function report(test, outcome, suffix = '') {
  for (const line of outcome.lines) console.log(line);
  console.log(`  ✗ ${test.id} (${outcome.ms} ms) ${suffix}`);
  for (const d of outcome.details) console.log(`      ${d.split('\n').slice(0, 8).join('\n      ')}`);
}

async function main() {
  let passed = 0;
  let failed = 0;
  const failures = [];
  const flaky = [];
  let browser;
  let app;
  try {
    if (!existsSync(join(ROOT, 'dist/index.html'))) throw new Error('dist/index.html missing: run `npm run build` first');
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} missing: run scripts/install-chromium.sh`);
    const tests = await collectTests();
    app = await startServer();
    browser = await launch();
    console.log(`Browser journeys: ${tests.length} tests against ${app.url} (Chromium ${browser.version()}, ${JOBS} at a time)`);
    const record = (test, outcome, first) => {
      if (outcome.ok) {
        passed++;
        if (first) flaky.push({ index: test.index, id: test.id, details: first.details });
        for (const line of outcome.lines) console.log(line);
        console.log(`  ✓ ${test.id} (${outcome.ms} ms)${first ? ' — passed on retry: FLAKY' : ''}`);
      } else {
        failed++;
        failures.push({ index: test.index, id: test.id, details: outcome.details });
        report(test, outcome);
      }
    };
    // First pass: up to JOBS tests at once, in file order; an exclusive test waits for the others and runs alone.
    const retries = [];
    const firstPass = async (test, alone) => {
      const outcome = await runOnce(browser, app, test, alone);
      if (outcome.ok || RETRIES <= 0) return record(test, outcome);
      report(test, outcome, `(retrying once${alone ? '' : ', alone, after the others,'} in a fresh browser context)`);
      if (alone) return record(test, await runOnce(browser, app, test, true), outcome);
      retries.push({ test, first: outcome });
    };
    const running = new Set();
    for (const test of tests) {
      const alone = JOBS === 1 || test.fn.exclusive === true;
      if (alone) await Promise.all(running);
      else while (running.size >= JOBS) await Promise.race(running);
      const job = firstPass(test, alone).finally(() => running.delete(job));
      running.add(job);
      if (alone) await job;
    }
    await Promise.all(running);
    for (const { test, first } of retries.sort((a, b) => a.test.index - b.test.index)) {
      record(test, await runOnce(browser, app, test, true), first);
    }
  } catch (err) {
    failed++;
    failures.push({ id: 'runner', details: [String(err.stack ?? err)] });
    console.log(`  ✗ runner: ${err.stack ?? err}`);
  } finally {
    await browser?.close().catch(() => {});
    await app?.close();
  }
  const byIndex = (a, b) => (a.index ?? -1) - (b.index ?? -1);
  flaky.sort(byIndex);
  failures.sort(byIndex);
  if (flaky.length) console.log(`Flaky (failed once, passed on retry; fix them): ${flaky.map((f) => f.id).join(', ')}`);
  if (failures.length) console.log(`Failed: ${failures.map((f) => f.id).join(', ')}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

await main();
