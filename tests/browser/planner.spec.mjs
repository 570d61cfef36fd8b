// Issue #11's planner proofs on a scored Kaggle-layout file: the recommended cut-off and profit equal a hand
// computation from the run's export; the control-group golden sizes (31,234 per group; 158,360 / 17,596); a
// saved plan's target and control files partition the chosen leads; imported outcomes show the uplift and its
// 95% interval (computed here independently); axe finds no serious/critical violations; charts have tables.
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from './lib/lead.mjs';
import { signIn } from './lib/session.mjs';
import { axeViolations, formatViolations } from './lib/axe.mjs';
import { kaggleFile } from '../fixtures/batch-fixtures.mjs';
import { exportRunCsv, openAllChartTables, scoreFile } from './lib/score-file.mjs';

const $ = (page, id) => page.locator(`[data-testid="${id}"]`).first();
const num = async (page, id, attr = 'data-value') => Number(await $(page, id).getAttribute(attr));

async function setInput(page, id, value) {
  await $(page, `planner-${id}`).fill(String(value));
}

async function downloadText(page, id) {
  const [d] = await Promise.all([page.waitForEvent('download'), $(page, id).click()]);
  const chunks = [];
  for await (const c of await d.createReadStream()) chunks.push(c);
  return Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, '');
}

function listIds(text) {
  const lines = text.split(/\r?\n/).filter((l) => l && !l.startsWith('#'));
  return { header: lines[0], ids: lines.slice(1).map((l) => l.split(',')[0]), comments: text.split(/\r?\n/).filter((l) => l.startsWith('#')) };
}

export async function plannerCutOffHoldoutExportsAndOutcomes(t) {
  const { file, rows } = kaggleFile(1000);
  const s = await scoreFile(t, file);
  expect(s.status === 'completed', `run should complete: ${JSON.stringify(s)}`);
  const leads = await exportRunCsv(t);
  expect(leads.length === rows, `export holds ${leads.length} leads`);

  await t.goto('planner');
  await signIn(t.page);
  await $(t.page, 'planner-result').waitFor({ state: 'visible', timeout: 30_000 });
  // Hand computation: cost 9, value 10 → contact every lead scored above 0.9; profit = 10·Σscore − 9·K.
  await setInput(t.page, 'cost', 9);
  await setInput(t.page, 'value', 10);
  const chosen = leads.map((l) => ({ id: l.CustomerID, score: Number(l.score) })).filter((l) => l.score > 0.9);
  const K = chosen.length;
  const profit = 10 * chosen.reduce((a, l) => a + l.score, 0) - 9 * K;
  await t.page.waitForFunction((k) => document.querySelector('ll-app')?.shadowRoot?.querySelector('ll-planner-screen')?.shadowRoot
    ?.querySelector('[data-testid="planner-result"]')?.getAttribute('data-contacted') === String(k), K, { timeout: 10_000 });
  const gotProfit = Number(await $(t.page, 'planner-result').getAttribute('data-profit'));
  t.log(`cut-off: ${K} leads above 0.9, profit hand ${profit.toFixed(6)}, planner ${gotProfit.toFixed(6)}`);
  expect(K > 0 && K < rows, `the example should cut somewhere inside the run (K = ${K})`);
  expect(Math.abs(gotProfit - profit) < 1e-6, 'profit equals the hand computation');
  expect(Math.abs((await num(t.page, 'planner-breakeven')) - 0.9) < 1e-12, 'break-even = cost ÷ value');

  // Golden control-group sizes.
  await setInput(t.page, 'baseline', 5);
  await setInput(t.page, 'uplift', 10);
  await setInput(t.page, 'holdout', 50);
  const need50 = [await num(t.page, 'planner-need', 'data-treated'), await num(t.page, 'planner-need', 'data-control')];
  await setInput(t.page, 'holdout', 10);
  const need10 = [await num(t.page, 'planner-need', 'data-treated'), await num(t.page, 'planner-need', 'data-control')];
  t.log(`golden: 50/50 → ${need50.join(' / ')}; 10% holdout → ${need10.join(' / ')}`);
  expect(need50[0] === 31234 && need50[1] === 31234, '50/50 needs 31,234 per group');
  expect(need10[0] === 158360 && need10[1] === 17596, '10% holdout needs 158,360 treated and 17,596 control');

  // Save with a 20% holdout and a fixed seed; export both lists.
  await setInput(t.page, 'holdout', 20);
  await setInput(t.page, 'seed', 12345);
  await $(t.page, 'planner-save').click();
  await $(t.page, 'plan').waitFor({ state: 'visible' });
  const target = listIds(await downloadText(t.page, 'plan-export-target'));
  const control = listIds(await downloadText(t.page, 'plan-export-control'));
  t.log(`target ${target.ids.length}, control ${control.ids.length}; header comments: ${target.comments.slice(0, 3).join(' | ')}`);
  const all = new Set([...target.ids, ...control.ids]);
  expect(target.ids.length + control.ids.length === K && all.size === K, 'target and control are disjoint and together hold K leads');
  expect(chosen.every((l) => all.has(l.id)), 'they hold exactly the chosen leads');
  expect(control.ids.length === Math.round(0.2 * K), `control holds 20%: ${control.ids.length}`);
  expect(target.comments.some((c) => c.includes('seed: 12345')) && target.comments.some((c) => c.includes('plan_id')), 'the list says its plan and seed');

  // Close the loop: outcomes (treated: every 2nd converts; control: every 4th), plus one unknown customer and one bad row.
  const out = ['CustomerID,converted', ...target.ids.map((id, i) => `${id},${i % 2 === 0 ? 1 : 0}`), ...control.ids.map((id, i) => `${id},${i % 4 === 0 ? 1 : 0}`), 'NOBODY,1', `${target.ids[0]},maybe`];
  const dir = mkdtempSync(join(tmpdir(), 'leadlens-outcomes-'));
  writeFileSync(join(dir, 'outcomes.csv'), out.join('\n') + '\n');
  await $(t.page, 'plan-outcomes-file').setInputFiles(join(dir, 'outcomes.csv'));
  const o = $(t.page, 'plan-outcomes');
  await o.waitFor({ state: 'visible' });
  const nt = target.ids.length; const nc = control.ids.length;
  const pt = Math.ceil(nt / 2) / nt; const pc = Math.ceil(nc / 4) / nc;
  const se = Math.sqrt((pt * (1 - pt)) / nt + (pc * (1 - pc)) / nc);
  const exp = { diff: pt - pc, low: pt - pc - 1.959963984540054 * se, high: pt - pc + 1.959963984540054 * se };
  const got = { diff: Number(await o.getAttribute('data-diff')), low: Number(await o.getAttribute('data-low')), high: Number(await o.getAttribute('data-high')) };
  t.log(`uplift: expected ${JSON.stringify(exp)}, shown ${JSON.stringify(got)}; unmatched ${await o.getAttribute('data-unmatched')}`);
  for (const k of ['diff', 'low', 'high']) expect(Math.abs(got[k] - exp[k]) < 1e-12, `${k} of the uplift interval`);
  expect(Number(await o.getAttribute('data-unmatched')) === 1, 'the unknown customer is counted as unmatched');
  expect((await t.page.locator('ll-plan-history [role="alert"]').textContent()).includes('maybe'), 'the bad row is reported with its value');

  const charts = await openAllChartTables(t.page);
  for (const [title, n] of charts) expect(n > 0, `chart "${title}" has no data table rows`);
  if (process.env.CHART_SHOTS) await t.screenshot('planner');
  const v = await axeViolations(t.page);
  expect(v.length === 0, formatViolations('planner', v));
}
plannerCutOffHoldoutExportsAndOutcomes.timeout = 180_000;
