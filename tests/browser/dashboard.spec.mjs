// Issue #11's dashboard proofs: after scoring the Kaggle-layout labelled file, the dashboard's segment counts,
// mean score and decile table equal what the run's own CSV export implies (computed here, independently);
// every chart has its data table; axe finds no serious/critical violations.
import { expect } from './lib/lead.mjs';
import { signIn } from './lib/session.mjs';
import { axeViolations, formatViolations } from './lib/axe.mjs';
import { kaggleFile } from '../fixtures/batch-fixtures.mjs';
import { exportRunCsv, openAllChartTables, scoreFile } from './lib/score-file.mjs';

const close = (a, b, tol = 1e-9) => Math.abs(a - b) <= tol * Math.max(1, Math.abs(b));

export async function dashboardMatchesTheStoredRun(t) {
  const { file, rows } = kaggleFile(1000);
  const s = await scoreFile(t, file);
  expect(s.status === 'completed' && s.scored === rows, `run should complete with ${rows} leads: ${JSON.stringify(s)}`);
  const leads = await exportRunCsv(t);
  expect(leads.length === rows, `export holds ${leads.length} of ${rows} leads`);
  const seg = { High: 0, Medium: 0, Low: 0 };
  let sum = 0;
  const dec = Array.from({ length: 10 }, () => ({ n: 0, pos: 0, sum: 0 }));
  for (const r of leads) {
    seg[r.priority_segment]++;
    const score = Number(r.score);
    sum += score;
    const d = dec[Number(r.decile) - 1];
    d.n++; d.sum += score; d.pos += Number(r.Conversion);
  }

  await t.goto('');
  await signIn(t.page);
  const insights = t.page.locator('ll-leads-insights[data-ready]');
  await insights.waitFor({ state: 'attached', timeout: 30_000 });
  const kpis = t.page.locator('[data-testid="insights-kpis"]');
  const got = { High: Number(await kpis.getAttribute('data-high')), Medium: Number(await kpis.getAttribute('data-medium')), Low: Number(await kpis.getAttribute('data-low')) };
  t.log(`segments: export ${JSON.stringify(seg)}, dashboard ${JSON.stringify(got)}`);
  expect(JSON.stringify(got) === JSON.stringify(seg), 'segment counts equal the export');
  const mean = Number(await t.page.locator('[data-testid="kpi-mean"]').getAttribute('data-value'));
  t.log(`mean score: export ${sum / rows}, dashboard ${mean}`);
  expect(close(mean, sum / rows), 'mean score equals the export');
  const table = await t.page.locator('[data-testid="decile-table"] tbody tr').evaluateAll((trs) => trs.map((tr) => ({
    d: Number(tr.dataset.decile), n: Number(tr.dataset.count), pos: Number(tr.dataset.positives), mean: tr.dataset.mean === '' ? NaN : Number(tr.dataset.mean) })));
  expect(table.length === 10, `decile table has 10 rows, got ${table.length}`);
  for (const row of table) {
    const e = dec[row.d - 1];
    expect(row.n === e.n && row.pos === e.pos && (e.n === 0 ? Number.isNaN(row.mean) : close(row.mean, e.sum / e.n)), `decile ${row.d}: dashboard ${JSON.stringify(row)}, export n ${e.n} pos ${e.pos} mean ${e.sum / e.n}`);
  }
  const charts = await openAllChartTables(t.page);
  t.log(`charts: ${charts.map(([c, n]) => `${c} (${n})`).join('; ')}`);
  expect(charts.length >= 10, `expected the overview, model-quality and cluster charts, got ${charts.length}`);
  for (const [title, n] of charts) expect(n > 0, `chart "${title}" has no data table rows`);
  if (process.env.CHART_SHOTS) {
    await t.screenshot('dashboard');
    await t.page.setViewportSize({ width: 375, height: 800 });
    await t.page.waitForTimeout(500);
    await t.screenshot('dashboard-375');
  }
  const v = await axeViolations(t.page);
  expect(v.length === 0, formatViolations('dashboard', v));
}
dashboardMatchesTheStoredRun.timeout = 180_000;
