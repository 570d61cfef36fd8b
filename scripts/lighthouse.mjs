// Lighthouse on the local production build with Debian's Chromium: serves dist/ with scripts/serve.mjs, audits
// the first screen (default: mobile emulation with simulated throttling, Lighthouse's strictest preset) and
// prints the category scores. Fails (exit 1) below the targets of issue #6: accessibility and best practices
// >= 95, performance >= 90. Reports go to .lighthouse/ (git-ignored by lint).
// Usage: npm run build && npm run lighthouse [-- --path settings] [-- --desktop]
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, '.lighthouse');
const TARGETS = { performance: 0.9, accessibility: 0.95, 'best-practices': 0.95 };
const args = process.argv.slice(2);
const opt = (name, def) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : def; };
const appPath = opt('--path', '');
const desktop = args.includes('--desktop');

function serve() {
  const child = spawn(process.execPath, [join(ROOT, 'scripts/serve.mjs'), '--port', '0', '--dir', join(ROOT, 'dist')], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((res, rej) => {
    let out = '';
    child.stdout.on('data', (c) => {
      out += c;
      const m = /running at (http:\/\/\S+)/.exec(out);
      if (m) res({ url: m[1].replace('localhost', '127.0.0.1'), stop: () => child.kill('SIGTERM') });
    });
    child.once('exit', (code) => rej(new Error(`serve.mjs exited ${code}`)));
  });
}

if (!existsSync(join(ROOT, 'dist/index.html'))) {
  console.error('No build in dist/: run `npm run build` first.');
  process.exit(1);
}

const server = await serve();
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});
let failed = false;
try {
  const url = `${server.url}${appPath}`;
  const result = await lighthouse(url, {
    port: chrome.port, output: ['json', 'html'], logLevel: 'error',
    onlyCategories: Object.keys(TARGETS),
  }, desktop ? desktopConfig : undefined);
  if (!result) throw new Error('Lighthouse returned no result');
  const { lhr, report } = result;
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'report.json'), report[0]);
  writeFileSync(join(OUT, 'report.html'), report[1]);
  console.log(`Lighthouse ${lhr.lighthouseVersion} on ${url} (${desktop ? 'desktop' : 'mobile, simulated throttling'}), Chromium ${lhr.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0] ?? ''}`);
  for (const [id, target] of Object.entries(TARGETS)) {
    const cat = lhr.categories[id];
    const score = Math.round((cat?.score ?? 0) * 100);
    const ok = (cat?.score ?? 0) >= target;
    if (!ok) failed = true;
    console.log(`  ${ok ? '✓' : '✗'} ${cat?.title ?? id}: ${score} (target ≥ ${target * 100})`);
    if (!ok) {
      for (const ref of cat?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) console.log(`      - ${audit.title} (${audit.displayValue ?? Math.round(audit.score * 100)})`);
      }
    }
  }
  const m = (id) => lhr.audits[id]?.displayValue ?? '?';
  console.log(`  FCP ${m('first-contentful-paint')}, LCP ${m('largest-contentful-paint')}, TBT ${m('total-blocking-time')}, CLS ${m('cumulative-layout-shift')}`);
  console.log(`  Reports: .lighthouse/report.html, .lighthouse/report.json`);
} finally {
  chrome.kill();
  server.stop();
}
process.exitCode = failed ? 1 : 0;
