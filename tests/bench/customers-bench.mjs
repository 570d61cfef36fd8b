// npm run bench:customers — the customer half on the real built app in headless Chromium: imports an order
// file through the customers worker (window.leadlensCustomers, exposed only with ?bench), then runs
// forecasts, and prints wall time per step (worker-side breakdown), the browser's CPU time per step (from
// /proc: all its processes, the page's main thread and the workers; the machine is shared and loaded, so
// wall time is inflated by others' work), the longest main-thread task (goal: none over 100 ms) and the
// store totals. Files: CDNOW_master.txt (69,659 orders, 23,570 clients) and a
// seeded synthetic book (default 1,000,000 orders over 100,000 clients, temp dir). Prints figures,
// asserts nothing. Baseline printed beside each figure, measured on the same file just before it under the
// same load: the same core in Node (`npm run forecast`: read + fit + predict + CSV out, no IndexedDB, no
// sealing, no worker), i.e. what the browser adds on top of the computation itself. Long main-thread tasks are
// listed with the step they fell in. Flags: --orders 1000000 --clients 100000 --only cdnow|synthetic
// --no-build --keep --no-baseline --stay-on-list (by default the steps run on the Settings screen, so the
// Clients screen's list refreshes after each write do not share the worker; this flag keeps it open)
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir, loadavg, cpus } from 'node:os';
import { join } from 'node:path';
import { ROOT, startServer } from '../browser/lib/server.mjs';
import { launch } from '../browser/lib/browser.mjs';
import { signIn } from '../browser/lib/session.mjs';
import { probeWithFile } from './page-probe.mjs';
import { browserCpu, cpuBetween } from './proc-cpu.mjs';
import { SHARED } from '../fixtures/batch-fixtures.mjs';

const args = process.argv.slice(2);
const opt = (n, d) => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : d; };
const fmt = (n, d = 0) => Number(n).toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');
const only = opt('--only', '');

/** Seeded synthetic orders CSV: each client buys on random days over two years, baskets ~ 10–200. */
async function syntheticOrders(file, orders, clients) {
  let s = 12345;
  const rnd = () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 4294967296);
  const out = createWriteStream(file);
  out.write('customer_id,date,amount,items\n');
  const start = Date.UTC(2023, 0, 1);
  let buf = '';
  for (let i = 0; i < orders; i++) {
    const c = i < clients ? i : Math.floor(rnd() ** 2 * clients); // every client once, then heavy buyers more often
    const day = new Date(start + Math.floor(rnd() * 730) * 86_400_000).toISOString().slice(0, 10);
    buf += `C${String(c).padStart(7, '0')},${day},${(10 + rnd() * 190).toFixed(2)},${1 + Math.floor(rnd() * 4)}\n`;
    if (buf.length > 1 << 20) { if (!out.write(buf)) await new Promise((r) => out.once('drain', r)); buf = ''; }
  }
  out.write(buf);
  await new Promise((r) => out.end(r));
}

if (!args.includes('--no-build')) execFileSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: 'ignore' });
console.log(`machine: ${cpus().length} cores, load average ${load()} (other processes inflate every wall-clock figure below)`);
const dir = mkdtempSync(join(tmpdir(), 'leadlens-customers-'));
const server = await startServer();
const browser = await launch();
try {
  if (only !== 'synthetic') await benchOne('CDNOW_master.txt', join(process.env.LEADLENS_SHARED_DATA ?? SHARED, 'cdnow', 'CDNOW_master.txt'), '[goal: import + fit + predict ≤ 5 s]');
  if (only !== 'cdnow') {
    const orders = Number(opt('--orders', '1000000'));
    const clients = Number(opt('--clients', '100000'));
    const file = join(dir, `orders-${orders}.csv`);
    await syntheticOrders(file, orders, clients);
    await benchOne(`synthetic ${fmt(orders)} orders / ${fmt(clients)} clients`, file, '[goal: ≤ 30 s]');
  }
} finally {
  await browser.close();
  await server.close();
  if (!args.includes('--keep')) rmSync(dir, { recursive: true, force: true });
}

/** CPU seconds of this process's finished children so far (cutime + cstime from /proc/self/stat), or NaN. */
function childCpu() {
  try {
    const st = readFileSync('/proc/self/stat', 'utf8');
    const f = st.slice(st.lastIndexOf(')') + 2).split(' ');
    return (Number(f[13]) + Number(f[14])) / 100;
  } catch {
    return NaN;
  }
}

/** Wall and CPU time of the same core in Node on the same file (npm run forecast), in s; undefined if it failed. */
function nodeBaseline(file) {
  if (args.includes('--no-baseline')) return undefined;
  const t0 = performance.now();
  const c0 = childCpu();
  try {
    execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/forecast.ts'), file, '-o', join(dir, 'baseline-forecast.csv')], { cwd: ROOT, stdio: 'ignore' });
  } catch (e) {
    if (e.status !== 2) return undefined; // 2 = done with an errors file
  }
  return { wall: (performance.now() - t0) / 1000, cpu: childCpu() - c0 };
}

async function benchOne(name, file, goal) {
  console.log(`\n== ${name} (${fmt(statSync(file).size / 1e6, 1)} MB)`);
  const base = nodeBaseline(file);
  if (base !== undefined) console.log(`baseline, same core in Node (npm run forecast: start Node + tsx, read + fit + predict + write CSV; no IndexedDB, sealing or worker): ${fmt(base.wall, 2)} s wall, ${fmt(base.cpu, 2)} s CPU, load average ${load()}`);
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('pageerror', (e) => console.log('pageerror:', e.message));
  await page.goto(`${server.url}clients?bench`);
  await signIn(page);
  await page.waitForFunction(() => 'leadlensCustomers' in window, null, { timeout: 20_000 });
  if (!args.includes('--stay-on-list')) {
    // Leave the Clients screen (the hook stays: the app is one page): its list refreshes after every write and
    // asks the same customers worker, which would mix the list's own cost (measured by bench:clients) into these steps.
    await page.evaluate(() => window.dispatchEvent(new CustomEvent('vaadin-router-go', { detail: { pathname: new URL('settings', document.baseURI).pathname } })));
    await page.waitForFunction(() => location.pathname.endsWith('/settings'));
  }
  await probeWithFile(page, file);
  const cpu0 = browserCpu();
  const a = await page.evaluate(async () => {
    const b = window.leadlensCustomers;
    const f = document.getElementById('bench-file').files[0];
    const t0 = performance.now();
    const s = await b.sniffCustomerFile(f, 'orders');
    const tSniff = performance.now();
    const imp = await b.importCustomerFile(f, 'orders', { encoding: s.encoding, format: s.format, delimiter: s.delimiter, decimalComma: s.decimalComma, hasHeader: s.hasHeader, mapping: s.suggested }, s.headers, () => {});
    const t1 = performance.now();
    window.__steps = { t0, tSniff, t1 };
    const longestImport = window.__longest;
    window.__longest = 0;
    return { format: s.format, imp, importMs: t1 - t0, longestImport };
  });
  const cpu1 = browserCpu();
  const r = await page.evaluate(async () => {
    const b = window.leadlensCustomers;
    const t1 = performance.now();
    const fc = await b.runForecasts({}, () => {});
    const t2 = performance.now();
    const { t0, tSniff } = window.__steps;
    const step = (at) => (at < t0 ? 'before' : at < tSniff ? 'sniff (page)' : at < t1 ? 'import (worker)' : at < t2 ? 'forecast (worker)' : 'after');
    const tasks = window.__tasks.map(([at, ms]) => `${Math.round(ms)} ms in ${step(at)}`);
    return { fc, forecastMs: t2 - t1, longestForecast: window.__longest, tasks, totals: await b.customerTotals() };
  });
  const cpu2 = browserCpu();
  const steps = (o) => Object.entries(o ?? {}).map(([k, v]) => `${k} ${fmt(v / 1000, 2)}`).join(', ');
  const lt = (ms) => (ms > 0 ? `${fmt(ms)} ms` : 'none over 50 ms');
  console.log(`format ${a.format}; rows ${fmt(a.imp.rows)}, added ${fmt(a.imp.added)}, invalid ${fmt(a.imp.invalid)}, new clients ${fmt(a.imp.newClients)}`);
  console.log(`import: ${fmt(a.importMs / 1000, 2)} s wall, browser ${cpuBetween(cpu0, cpu1)}  (worker steps, wall s: ${steps(a.imp.timing)})`);
  console.log(`forecast (load + fit + backtest + predict + save): ${fmt(r.forecastMs / 1000, 2)} s wall, browser ${cpuBetween(cpu1, cpu2)}  (worker steps, wall s: ${steps(r.fc.timing)})`);
  const cpuAll = cpu0 && cpu2 ? `, ${fmt(cpu2.total - cpu0.total, 2)} s browser CPU` : '';
  console.log(`import + fit + predict: ${fmt((a.importMs + r.forecastMs) / 1000, 2)} s wall${cpuAll}  ${goal}${base !== undefined ? `  (Node baseline above: ${fmt(base.wall, 2)} s wall, ${fmt(base.cpu, 2)} s CPU)` : ''}`);
  console.log(`chosen: ${r.fc.salesModelId} / ${r.fc.purchaseModelId}; forecasts for ${fmt(r.fc.clients)} of ${fmt(r.totals.clients)} clients`);
  console.log(`longest main-thread task: ${lt(a.longestImport)} during import, ${lt(r.longestForecast)} during forecast   [goal ≤ 100 ms]`);
  if (r.tasks.length) console.log(`long tasks (over 50 ms): ${r.tasks.join(', ')}`);
  console.log(`load average after: ${load()}`);
  await context.close();
}
