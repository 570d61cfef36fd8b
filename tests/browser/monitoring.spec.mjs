// Issue #12's monitoring in a real browser: a labelled file is scored, its run detail shows the model-quality
// block (this file's ROC AUC beside the model's validation ROC AUC, with the flag and its rule), and the Models
// panel's Monitoring list names the run. Input: the Kaggle-layout file with a Conversion column (batch fixtures).
import { signIn } from './lib/session.mjs';
import { scoreFile } from './lib/score-file.mjs';
import { expect } from './lib/lead.mjs';
import { kaggleFile } from '../fixtures/batch-fixtures.mjs';

const $ = (page, id) => page.locator(`[data-testid="${id}"]`).first();

export async function labelledRunShowsRunAgainstValidation(t) {
  const { file } = kaggleFile(300);
  await scoreFile(t, file);
  const runAuc = Number(await $(t.page, 'metrics-panel').getAttribute('data-roc-auc'));

  await t.page.locator('ll-run-summary a.btn').first().click();
  const block = $(t.page, 'run-quality');
  await block.waitFor({ state: 'visible', timeout: 30_000 });
  const shownRun = (await $(t.page, 'run-rocAuc').textContent()).trim();
  const shownValid = Number((await $(t.page, 'valid-rocAuc').textContent()).trim());
  const flagged = await block.getAttribute('data-flagged');
  t.log(`run AUC ${runAuc} shown ${shownRun}, validation ${shownValid}, flagged ${flagged}`);
  expect(shownRun === runAuc.toFixed(3), `run AUC shown ${shownRun}, stored ${runAuc}`);
  expect(shownValid > 0.5 && shownValid <= 1, `validation AUC ${shownValid}`);
  expect(flagged === 'true' || flagged === 'false', `flag state ${flagged}`);
  expect(((await $(t.page, 'run-quality-flag').textContent()) ?? '').trim().length > 0, 'flag sentence missing');

  await t.goto('models');
  await signIn(t.page);
  const row = $(t.page, 'monitoring-row');
  await row.waitFor({ state: 'visible', timeout: 30_000 });
  expect((await row.getAttribute('data-flagged')) === flagged, 'Models panel and run detail disagree on the flag');
}
labelledRunShowsRunAgainstValidation.timeout = 150_000;
