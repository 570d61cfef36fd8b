// Issue #11's dashboard proofs: after scoring the Kaggle-layout labelled file, the dashboard's segment counts,
// mean score and decile table equal what the run's own CSV export implies (computed here, independently);
// every chart has its data table; axe finds no serious/critical violations, in light and, after the system turns
// dark, in dark with every chart redrawn in the dark palette. And the dashboard, left open,
// follows runs that finish in another tab, and fits a 360 px screen with every chart and table shown.
import { expect } from './lib/lead.mjs';
import { signIn } from './lib/session.mjs';
import { axeViolations, formatViolations } from './lib/axe.mjs';
import { kaggleFile } from '../fixtures/batch-fixtures.mjs';
import { exportRunCsv, openAllChartTables, scoreFile } from './lib/score-file.mjs';

const $ = (page, id) => page.locator(`[data-testid="${id}"]`).first();
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

  // #11/#13: the charts follow the theme. In light, axis text is dark on a light card; when the system turns dark
  // every chart redraws (no reload) with light text on a dark card, and axe stays clean in dark with every chart drawn.
  const drawn = await drawEveryChart(t.page);
  const light = await chartLuminance(t.page);
  for (const c of light) expect(c.text < 0.2 && c.card > 0.9, `"${c.title}" in light: label luminance ${c.text}, card ${c.card}`);
  await t.page.emulateMedia({ colorScheme: 'dark' });
  await t.page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
  const dark = await untilChartColours(t.page, drawn, (c) => c.text > 0.5 && c.card < 0.05);
  t.log(`dark: ${dark.length} of ${drawn} charts, axis labels luminance ≥ ${Math.min(...dark.map((c) => c.text)).toFixed(2)}, cards ≤ ${Math.max(...dark.map((c) => c.card)).toFixed(3)}`);
  expect(dark.length === drawn, `every chart drawn in dark: ${dark.length} of ${drawn}`);
  for (const c of dark) expect(c.text > 0.5 && c.card < 0.05, `"${c.title}" in dark: label luminance ${c.text}, card ${c.card}`);
  const vd = await axeViolations(t.page);
  expect(vd.length === 0, formatViolations('dashboard in dark with every chart drawn', vd));
}
dashboardMatchesTheStoredRun.timeout = 180_000;

/** Scrolls every chart into view (they draw when near it) and waits until all are drawn; returns how many. */
async function drawEveryChart(page) {
  const charts = page.locator('ll-chart');
  const n = await charts.count();
  for (let i = 0; i < n; i++) {
    await charts.nth(i).scrollIntoViewIfNeeded();
    await page.locator('ll-chart').nth(i).and(page.locator('[data-drawn="1"]')).waitFor({ state: 'attached', timeout: 30_000 });
  }
  return n;
}

async function drawEveryChartAndOpenTables(page) {
  const n = await drawEveryChart(page);
  await openAllChartTables(page);
  return n;
}

const overflowX = (page) => page.evaluate(() => document.scrollingElement.scrollWidth - window.innerWidth);

// Done-when "the dashboard updates when a run finishes" and "works at 360 px": the dashboard stays open on a
// 360 px phone in tab A while tab B scores two small files; A's KPIs and charts follow without a reload, and
// with every chart drawn and every data table open the page is never wider than the screen (tables scroll
// inside their own box).
export async function dashboardRefreshesWhenARunFinishesAndFitsAPhone(t) {
  const a = t.page;
  await a.setViewportSize({ width: 360, height: 740 });
  await t.goto('');
  await signIn(a);
  await $(a, 'insights-empty').waitFor({ timeout: 30_000 });
  await a.evaluate(() => { window.__sameDocument = true; });
  const b = await t.context.newPage();
  const tabB = { page: b, goto: async (p) => { await b.goto(`${t.app.url}${p}`); await b.locator('ll-app').waitFor({ state: 'attached' }); } };
  const sizes = [];
  for (const n of [300, 120]) {
    const { file, rows } = kaggleFile(n);
    const s = await scoreFile(tabB, file);
    expect(s.status === 'completed' && s.scored === rows, `tab B's run should complete: ${JSON.stringify(s)}`);
    sizes.push(rows);
    const total = sizes.reduce((x, y) => x + y, 0);
    await a.locator(`[data-testid="kpi-scored"][data-value="${total}"]`).waitFor({ state: 'attached', timeout: 30_000 });
    await a.locator(`[data-testid="kpi-runs"][data-value="${sizes.length}"]`).waitFor({ state: 'attached' });
    t.log(`after run ${sizes.length} in tab B, tab A shows ${total} leads in ${sizes.length} run(s)`);
  }
  expect(await a.evaluate(() => window.__sameDocument === true), 'tab A must update without a reload');
  await a.locator('ll-leads-insights[data-ready]').waitFor({ state: 'attached', timeout: 30_000 });
  const charts = await drawEveryChartAndOpenTables(a);
  expect(charts >= 11, `the overview (with the trend across two runs), model-quality and cluster charts, got ${charts}`);
  const over = await overflowX(a);
  t.log(`360 px: ${charts} charts drawn, every table open, page ${over} px wider than the screen`);
  expect(over <= 0, `the dashboard is ${over} px wider than a 360 px screen`);
}
dashboardRefreshesWhenARunFinishesAndFitsAPhone.timeout = 180_000;

/** Per drawn chart: WCAG luminance of its axis-label text and of its card's background (0 = black, 1 = white). */
function chartLuminance(page) {
  return page.locator('ll-chart[data-drawn="1"]').evaluateAll((els) => {
    const lum = (css) => {
      const [r, g, b] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => Number(v) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    return els.map((el) => {
      const label = el.shadowRoot.querySelector('.apexcharts-xaxis-label, .apexcharts-yaxis-label');
      return { title: el.shadowRoot.querySelector('figcaption')?.textContent ?? '', text: label ? lum(getComputedStyle(label).fill) : NaN, card: lum(getComputedStyle(el.shadowRoot.querySelector('figure')).backgroundColor) };
    });
  });
}

/** Polls the drawn charts' colours (a state, not a time) until `ok` holds for all `n` of them or 30 s pass. */
async function untilChartColours(page, n, ok) {
  let cs = await chartLuminance(page);
  for (const end = Date.now() + 30_000; !(cs.length === n && cs.every(ok)) && Date.now() < end;) {
    await page.waitForTimeout(100);
    cs = await chartLuminance(page);
  }
  return cs;
}
