// Issue #12's browser proof: retrain the conversion model on a labelled file (the shared train+valid rows with
// their fixed split), watch the live chart, see candidate and active model side by side, activate, score a lead
// with the new model, roll back and score with the built-in one; an analyst's activate call is refused by the
// data API. run.mjs fails the test on any off-origin request or console error.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ADMIN, signIn } from './lib/session.mjs';
import { expect, fillLead, submitAndReadResult } from './lib/lead.mjs';
import { axeViolations, formatViolations } from './lib/axe.mjs';

const DATA = [process.env.LEADLENS_DATA, new URL('../../../shared/data/conversion', import.meta.url).pathname, '/work/shared/data/conversion']
  .filter(Boolean).find((d) => existsSync(join(d, 'digital_marketing_trainval.csv')) && existsSync(join(d, 'split.csv')));
const ANALYST = { email: 'analyst@example.com', password: 'Copper Meadow Tiger 42' };
const BUILT_INS = ['conv-xgb-1', 'conv-hgb-1'];

/** The train+valid CSV with a `split` column from split.csv, in a temp folder (never committed). */
function labelledFile() {
  const split = new Map(readFileSync(join(DATA, 'split.csv'), 'utf8').trim().split(/\r?\n/).slice(1).map((l) => l.split(',')));
  const lines = readFileSync(join(DATA, 'digital_marketing_trainval.csv'), 'utf8').trim().split(/\r?\n/);
  const out = lines.map((l, i) => `${l},${i === 0 ? 'split' : split.get(l.split(',')[0])}`).join('\n');
  const dir = mkdtempSync(join(tmpdir(), 'leadlens-train-'));
  const file = join(dir, 'labelled_leads.csv');
  writeFileSync(file, out);
  return { dir, file };
}

/**
 * Signs in on `?api` with the labelled training file written to a temp folder, runs `body`, and removes the
 * file. Fails (never skips) when the shared conversion data is missing: CI always has it beside the clone.
 */
async function withLabelledFile(t, body) {
  expect(Boolean(DATA), 'the shared conversion data (../shared/data/conversion) is required');
  const { dir, file } = labelledFile();
  try {
    await t.goto('?api');
    await signIn(t.page);
    await t.page.waitForFunction(() => 'leadlensApi' in window);
    await body(t.page, file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** In-app navigation (a reload would lock the workspace: the session lives in memory only). */
async function open(page, path) {
  await page.locator(`ll-app nav a[href$="/${path}"]`).first().click();
}

async function scoreWithActive(page) {
  await open(page, 'score');
  await fillLead(page);
  return submitAndReadResult(page);
}

export async function retrainCompareActivateRollback(t) {
  await withLabelledFile(t, async (page, file) => {
    // Start from the built-in runner-up so a retrained candidate can pass the activation rule.
    await page.evaluate((ids) => window.leadlensApi.activateModel('conv-hgb-1', 'conv-xgb-1', ids), BUILT_INS);
    await open(page, 'models');
    await page.locator('[data-testid="model-row-conv-hgb-1"] [data-testid="active-badge"]').waitFor({ timeout: 20_000 });
    await page.locator('[data-testid="candidate-kind"]').selectOption('gbt');
    await page.locator('[data-testid="training-file"]').setInputFiles(file);
    await page.locator('[data-testid="train-start"]').click();
    // The live chart: it has points while training runs and gains more before the comparison appears.
    const chart = page.locator('[data-testid="training-chart"]');
    await page.waitForFunction(() => {
      const el = document.querySelector('ll-app')?.shadowRoot?.querySelector('ll-models-screen')?.shadowRoot
        ?.querySelector('ll-training-panel')?.shadowRoot?.querySelector('ll-training-chart')?.shadowRoot?.querySelector('[data-testid="training-chart"]');
      return el && Number(el.getAttribute('data-points')) >= 3;
    }, null, { timeout: 120_000 }).catch(() => undefined);
    const early = Number(await chart.getAttribute('data-points'));
    await page.locator('[data-testid="model-compare"]').waitFor({ timeout: 240_000 });
    const late = Number(await chart.getAttribute('data-points'));
    t.log(`live chart: ${early} points seen during training, ${late} at the end`);
    expect(late > early && early >= 1, `chart should grow while training (${early} → ${late})`);
    const cand = await page.locator('[data-testid="cand-rocAuc"]').textContent();
    const act = await page.locator('[data-testid="active-rocAuc"]').textContent();
    t.log(`validation ROC AUC: candidate ${cand}, active ${act}`);
    expect((await page.locator('[data-testid="split-note"]').textContent()).includes('split'), 'the split is stated on screen');
    const violations = await axeViolations(page);
    expect(violations.length === 0, formatViolations('models screen', violations));
    // Phone width: the page itself must not scroll sideways (wide tables scroll inside their own box).
    await page.setViewportSize({ width: 360, height: 780 });
    const overflow = await page.evaluate(() => document.scrollingElement.scrollWidth - window.innerWidth);
    expect(overflow <= 1, `models screen overflows a 360 px screen by ${overflow} px`);
    await page.setViewportSize({ width: 1280, height: 900 });
    const newId = (await page.evaluate(async () => (await window.leadlensApi.listModels())[0].id));
    await page.locator('[data-testid="activate-candidate"]').click();
    await page.locator(`[data-testid="model-row-${newId}"] [data-testid="active-badge"]`).waitFor({ timeout: 20_000 });

    const withNew = await scoreWithActive(page);
    t.log(`scored with ${withNew.modelId}: ${withNew.scoreText}`);
    expect(withNew.modelId === newId, `the result should name the new model ${newId}, got ${withNew.modelId}`);
    expect(await page.locator('[data-testid="score-value"]').count() === 1, 'score shown');

    await open(page, 'models');
    await page.locator('[data-testid="rollback"]').click();
    await page.locator('[data-testid="model-row-conv-hgb-1"] [data-testid="active-badge"]').waitFor({ timeout: 20_000 });
    const withBuiltIn = await scoreWithActive(page);
    t.log(`after rollback scored with ${withBuiltIn.modelId}: ${withBuiltIn.scoreText}`);
    expect(withBuiltIn.modelId === 'conv-hgb-1', `after rollback the built-in model scores, got ${withBuiltIn.modelId}`);

    // An analyst calling the data API directly is refused; nothing changes.
    const res = await page.evaluate(async ({ a, admin, id, ids }) => {
      const api = window.leadlensApi;
      await api.addUser(a.email, 'analyst', a.password, admin.password);
      await api.signOut();
      await api.signIn(a.email, a.password);
      let outcome = 'ALLOWED';
      try { await api.activateModel(id, 'conv-xgb-1', ids); } catch (e) { outcome = e.name; }
      return outcome;
    }, { a: ANALYST, admin: ADMIN, id: newId, ids: BUILT_INS });
    expect(res === 'PermissionError', `analyst activate should be refused, got ${res}`);
    const again = await scoreWithActive(page);
    expect(again.modelId === 'conv-hgb-1', `the analyst's call changed nothing (got ${again.modelId})`);
  });
}
retrainCompareActivateRollback.timeout = 420_000;

export async function cancelStopsTrainingAndKeepsNothing(t) {
  await withLabelledFile(t, async (page, file) => {
    await open(page, 'models');
    await page.locator('[data-testid="candidate-kind"]').selectOption('gbt');
    await page.locator('[data-testid="training-file"]').setInputFiles(file);
    await page.locator('[data-testid="train-start"]').click();
    await page.locator('[data-testid="training-chart"]').waitFor({ timeout: 60_000 });
    await page.locator('[data-testid="train-cancel"]').click();
    const msg = await page.locator('[data-testid="train-error"]').textContent({ timeout: 10_000 });
    t.log(`after Cancel: "${msg}"`);
    expect(/cancelled/i.test(msg), 'Cancel is confirmed on screen');
    const stored = await page.evaluate(async () => (await window.leadlensApi.listModels()).length);
    expect(stored === 0, `a cancelled training stores nothing (found ${stored})`);
    expect(await page.locator('[data-testid="train-start"]:not([disabled])').count() === 1, 'Train is available again');
  });
}
cancelStopsTrainingAndKeepsNothing.timeout = 180_000;
