// `npm run bench`, in-browser training (issue #12): logistic regression, MLP and boosted trees trained in the
// training worker of the production build on 100,000 labelled rows generated in the worker (demo inputs, outcomes
// drawn from the built-in champion), with the page's longest main-thread task observed meanwhile (longtask API).
// Baseline beside it: the same rows' sizes with Python's sklearn LogisticRegression / xgboost hist are not
// comparable inside a browser, so the fair baseline printed is the same TypeScript trainers in Node (no worker).
import { launch } from '../browser/lib/browser.mjs';
import { signIn } from '../browser/lib/session.mjs';

export const TRAIN_ROWS = 100_000;
export const TARGETS = { logistic: 1000, mlp: 10_000, gbt: 10_000 };

export async function measureTraining(url, rows = TRAIN_ROWS) {
  const browser = await launch();
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${url}?bench`, { waitUntil: 'load' });
    await signIn(page);
    await page.waitForFunction(() => window.__llBench !== undefined, null, { timeout: 30_000 });
    const out = [];
    for (const kind of ['logistic', 'mlp', 'gbt']) out.push(await page.evaluate(([k, n]) => window.__llBench.train(k, n), [kind, rows]));
    return out;
  } finally {
    await browser.close();
  }
}

export function printTraining(results) {
  console.log(`In-browser training on ${results[0]?.rows.toLocaleString('en')} labelled rows (training worker; targets LR ≤ 1 s, MLP ≤ 10 s, GBT ≤ 10 s; main thread ≤ 100 ms):`);
  for (const r of results) {
    const longest = r.longTasks ? `longest main-thread task ${r.longestTaskMs.toFixed(0)} ms (${r.longTasks} over 50 ms)` : 'no main-thread task over 50 ms';
    console.log(`  ${r.kind.padEnd(8)} fit ${(r.fitMs / 1000).toFixed(2)} s (target ${(TARGETS[r.kind] / 1000).toFixed(0)} s), ${r.steps} steps, card ${(r.cardMs / 1000).toFixed(2)} s, val AUC ${r.validAuc.toFixed(4)}${r.params.backend ? `, tfjs backend ${r.params.backend}` : ''}; ${longest}`);
  }
}
