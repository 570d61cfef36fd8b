// `npm run bench`: the figures issue #3 asks for, measured on the production build in headless Chromium —
// single-lead scoring latency through the real scoring worker (p50/p95/max over 200 calls after a warm-up,
// via window.__llBench which main.ts loads only with ?bench) and the first screen's JS size (gzip).
// Prints figures and writes tests/bench/out/bench.json; never asserts on times (machines differ).
// Usage: node tests/bench/bench.mjs [--runs 200] [--warmup 20] [--rebuild] [--no-training | --training-only] [--kinds logistic,mlp,gbt]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, run, startServer } from '../browser/lib/server.mjs';
import { launch } from '../browser/lib/browser.mjs';
import { signIn } from '../browser/lib/session.mjs';
import { SAMPLE_LEAD } from '../browser/lib/lead.mjs';
import { buildIsStale, firstScreenSize } from './size.mjs';
import { measureTraining, printTraining, pythonTraining } from './training-bench.mjs';

const args = process.argv.slice(2);
const opt = (name, def) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : def; };
const RUNS = opt('--runs', 200);
const WARMUP = opt('--warmup', 20);
const DIST = join(ROOT, 'dist');

function stats(times) {
  const s = [...times].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  return { n: s.length, p50: q(0.5), p95: q(0.95), max: s[s.length - 1], mean };
}
const ms = (x) => `${x.toFixed(2)} ms`;
const kb = (x) => `${(x / 1024).toFixed(1)} KiB`;

async function measureScoring(url) {
  const browser = await launch();
  try {
    const page = await (await browser.newContext()).newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // The dashboard, not the score screen: the first init() below must be the cold model load.
    await page.goto(`${url}?bench`, { waitUntil: 'load' });
    await signIn(page);
    await page.waitForFunction(() => window.__llBench !== undefined, null, { timeout: 30_000 })
      .catch(() => { throw new Error(`window.__llBench never appeared (page errors: ${errors.join('; ') || 'none'})`); });
    const [modelId, coldMs] = await page.evaluate(async () => {
      const start = performance.now();
      const id = await window.__llBench.init();
      return [id, performance.now() - start];
    });
    await page.evaluate(([lead, n]) => window.__llBench.time(lead, n), [SAMPLE_LEAD, WARMUP]);
    const withExplain = await page.evaluate(([lead, n]) => window.__llBench.time(lead, n, true), [SAMPLE_LEAD, RUNS]);
    const scoreOnly = await page.evaluate(([lead, n]) => window.__llBench.time(lead, n, false), [SAMPLE_LEAD, RUNS]);
    return { modelId, coldMs, withExplain: stats(withExplain), scoreOnly: stats(scoreOnly), browser: browser.version() };
  } finally {
    await browser.close();
  }
}

async function main() {
  if (args.includes('--rebuild') || buildIsStale(ROOT, DIST)) {
    console.log('bench: building the production build (vite build)…');
    await run(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { timeoutMs: 600_000 });
  }
  const size = firstScreenSize(DIST);
  console.log('First screen (index.html entry + static imports, JS only, excluding wasm/models/lazy routes):');
  for (const c of size.chunks) console.log(`  ${c.file.padEnd(44)} ${kb(c.bytes).padStart(10)} raw ${kb(c.gzip).padStart(10)} gzip`);
  console.log(`  total JS: ${kb(size.jsBytes)} raw, ${kb(size.jsGzip)} gzip (${size.chunks.length} chunks); CSS ${kb(size.cssGzip)} gzip`);

  const server = await startServer({ dir: DIST });
  let scoring;
  let training;
  try {
    if (!args.includes('--training-only')) scoring = await measureScoring(server.url);
    const kinds = args.includes('--kinds') ? args[args.indexOf('--kinds') + 1].split(',') : undefined;
    if (!args.includes('--no-training')) training = await measureTraining(server.url, undefined, kinds);
  } finally {
    await server.close();
  }
  if (scoring) printScoring(scoring);
  const python = training ? await pythonTraining(training[0].rows, training.find((r) => r.kind === 'mlp')?.steps ?? 4) : undefined;
  if (training) printTraining(training, python);
  const out = join(ROOT, 'tests/bench/out');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'bench.json'), `${JSON.stringify({ date: new Date().toISOString(), size, scoring, training, trainingPython: python }, null, 2)}\n`);
  console.log(`bench: figures written to ${join('tests/bench/out', 'bench.json')}`);
}

function printScoring(scoring) {
  console.log(`Single-lead scoring via the scoring worker (model ${scoring.modelId}, Chromium ${scoring.browser}, warm-up ${WARMUP}):`);
  console.log(`  first model load (worker start, fetch, ONNX session): ${ms(scoring.coldMs)}`);
  for (const [name, s] of [['score + TreeSHAP explanation (what the form does)', scoring.withExplain], ['score only', scoring.scoreOnly]]) {
    console.log(`  ${name}, n=${s.n}: p50 ${ms(s.p50)}, p95 ${ms(s.p95)}, max ${ms(s.max)}, mean ${ms(s.mean)}`);
  }
}

main().catch((err) => { console.error(`bench failed: ${err.stack ?? err}`); process.exitCode = 1; });
