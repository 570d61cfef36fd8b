// bench:forecast's before/after: the forecast engine (CSV reader, order book, engine) of an earlier commit,
// extracted with `git archive` into a temp dir and imported beside this tree's, so both run in one process on
// the same book under the same load; and a bit-for-bit comparison of their outputs (tests/fixtures/forecast/digest.ts).
import { execSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { outputDigest } from '../fixtures/forecast/digest.ts';

/** { name, readOrders, buildOrderBook, runForecast } of the tree at `ref` (its src/ only; the core has no npm imports). */
export async function loadEngineAt(ref) {
  const dir = mkdtempSync(join(tmpdir(), 'leadlens-before-'));
  execSync(`git archive ${ref} src | tar -x -C ${dir}`, { stdio: ['ignore', 'ignore', 'ignore'] });
  const [read, book, engine] = await Promise.all([
    import(join(dir, 'src/cli/forecast-read.ts')),
    import(join(dir, 'src/core/customers/order-book.ts')),
    import(join(dir, 'src/core/forecast/engine.ts')),
  ]);
  return { name: `before (${ref.slice(0, 7)})`, readOrders: read.readOrders, buildOrderBook: book.buildOrderBook, runForecast: engine.runForecast };
}

const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

/** Import + engine of each engine in turn on the same text; CPU and wall seconds, CPU ms per engine step when it reports them. */
export async function timeEngines(engines, text, asOfDay, today) {
  const out = [];
  for (const e of engines) {
    let w = performance.now();
    let c = cpuMs();
    const book = e.buildOrderBook(e.readOrders(text, today).values);
    const importWall = (performance.now() - w) / 1000;
    const importCpu = (cpuMs() - c) / 1000;
    const timing = {};
    w = performance.now();
    c = cpuMs();
    const result = await e.runForecast(book, undefined, undefined, { asOfDay, trainedAt: '2000-01-01T00:00:00.000Z', timing, clock: cpuMs });
    out.push({ name: e.name, importWall, importCpu, engineWall: (performance.now() - w) / 1000, engineCpu: (cpuMs() - c) / 1000, timing, result });
  }
  return out;
}

export const sameOutput = (a, b) => outputDigest(a) === outputDigest(b);
