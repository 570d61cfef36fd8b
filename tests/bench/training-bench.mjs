// `npm run bench`, in-browser training (issue #12): logistic regression, MLP and boosted trees trained in the
// training worker of the production build on 100,000 labelled rows generated in the worker (demo inputs, outcomes
// drawn from the built-in champion), with the page's longest main-thread task observed meanwhile (longtask API).
// Baseline beside it: Python (sklearn LogisticRegression newton-cholesky, xgboost hist, sklearn MLPClassifier) on
// the SAME rows (tests/bench/training-data.ts regenerates them in Node), one thread each, same settings.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from '../browser/lib/browser.mjs';
import { ROOT, run } from '../browser/lib/server.mjs';
import { signIn } from '../browser/lib/session.mjs';

export const TRAIN_ROWS = 100_000;
const PY_NAMES = { logistic: 'sklearn LogisticRegression', gbt: 'xgboost hist (1 thread)', mlp: 'sklearn MLPClassifier' };
export const TARGETS = { logistic: 1000, mlp: 10_000, gbt: 10_000 };

export async function measureTraining(url, rows = TRAIN_ROWS, kinds = ['logistic', 'mlp', 'gbt']) {
  const browser = await launch();
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${url}?bench`, { waitUntil: 'load' });
    await signIn(page);
    await page.waitForFunction(() => window.__llBench !== undefined, null, { timeout: 30_000 });
    const out = [];
    for (const kind of kinds) out.push(await page.evaluate(([k, n]) => window.__llBench.train(k, n), [kind, rows]));
    return out;
  } finally {
    await browser.close();
  }
}

/** Python on the same rows (cached CSV in tests/bench/out/), single-threaded BLAS/OpenMP like one worker. */
export async function pythonTraining(rows, mlpEpochs) {
  const dir = join(ROOT, 'tests/bench/out');
  mkdirSync(dir, { recursive: true });
  const csv = join(dir, `training-${rows}.csv`);
  if (!existsSync(csv)) await run(process.execPath, ['--import', 'tsx', join(ROOT, 'tests/bench/training-data.ts'), String(rows), csv], { timeoutMs: 900_000 });
  const one = { OMP_NUM_THREADS: '1', OPENBLAS_NUM_THREADS: '1', MKL_NUM_THREADS: '1' };
  const out = await run('/usr/bin/python3', [join(ROOT, 'tests/bench/training_python.py'), csv, String(mlpEpochs)], { env: one, timeoutMs: 900_000 });
  return JSON.parse(out.trim().split('\n').at(-1));
}

export function printTraining(results, python) {
  console.log(`In-browser training on ${results[0]?.rows.toLocaleString('en')} labelled rows (training worker; targets LR ≤ 1 s, MLP ≤ 10 s, GBT ≤ 10 s; main thread ≤ 100 ms):`);
  for (const r of results) {
    const longest = r.longTasks ? `longest main-thread task ${r.longestTaskMs.toFixed(0)} ms (${r.longTasks} over 50 ms)` : 'no main-thread task over 50 ms';
    console.log(`  ${r.kind.padEnd(8)} fit ${(r.fitMs / 1000).toFixed(2)} s (target ${(TARGETS[r.kind] / 1000).toFixed(0)} s), ${r.steps} steps, card ${(r.cardMs / 1000).toFixed(2)} s, val AUC ${r.validAuc.toFixed(4)}${r.params.backend ? `, tfjs backend ${r.params.backend}` : ''}; ${longest}`);
    const py = python?.[r.kind];
    if (py) console.log(`  ${''.padEnd(8)} baseline ${PY_NAMES[r.kind]} on the same rows: fit ${py.fitS.toFixed(2)} s (CPU ${py.cpuS?.toFixed(2) ?? '?'} s), val AUC ${py.validAuc.toFixed(4)}`);
  }
}
