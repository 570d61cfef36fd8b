// Issue #13 on a phone (390 × 844): no horizontal overflow on any route (one test loops them all, with a real
// run for run detail and the lead card), focus moves to the batch summary and to the score result, tiers show
// their validation conversion, and factors read in percentage points with the log-odds one click away.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { signIn } from './lib/session.mjs';
import { SAMPLE_LEAD, expect, fillLead } from './lib/lead.mjs';

const $ = (page, id) => page.locator(`[data-testid="${id}"]`).first();
const KAGGLE = fileURLToPath(new URL('../../../shared/data/conversion/digital_marketing_trainval.csv', import.meta.url));
const ROUTES = ['', 'score', 'batch', 'runs', 'RUN', 'RUN/leads/1', 'clients', 'models', 'planner', 'settings', 'users', 'audit', 'no-such-page', 'leads', 'LEAD'];

/** The id of the element focused inside shadow roots (testid or tag). */
const deepFocus = (page) => page.evaluate(() => {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a ? (a.getAttribute('data-testid') ?? a.tagName.toLowerCase()) : '';
});

/** Page width against the viewport, and the innermost elements sticking out (shadow roots included) to name the culprit. */
async function overflow(page) {
  return page.evaluate(() => {
    const win = window.innerWidth;
    const out = [];
    const tableOf = (el) => { let e = el; while (e && e.tagName !== 'TABLE') e = e.parentElement; return e; };
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (r.right > win + 1 && r.width > 0 && ![...el.children].some((c) => c.getBoundingClientRect().right > win + 1)) out.push(`${el.tagName.toLowerCase()}.${el.className}`.slice(0, 60) + `@${Math.round(r.right)}`);
        for (const n of el.childNodes) {
          if (n.nodeType !== 3 || !n.textContent.trim()) continue;
          const rg = document.createRange();
          rg.selectNodeContents(n);
          if (rg.getBoundingClientRect().right > win + 1) out.push(`text "${n.textContent.trim().slice(0, 30)}" in ${el.tagName.toLowerCase()}${tableOf(el)?.dataset.testid ? ` (table ${tableOf(el).dataset.testid})` : ''}@${Math.round(rg.getBoundingClientRect().right)}`);
        }
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return { doc: document.documentElement.scrollWidth, win, culprits: out.slice(-8) };
  });
}

export async function noOverflowOnEveryRoute(t) {
  const { page } = t;
  await page.setViewportSize({ width: 390, height: 844 });
  await t.goto('batch');
  await signIn(page);
  const lines = readFileSync(KAGGLE, 'utf8').split(/\r?\n/).slice(0, 301).join('\n');
  await $(page, 'batch-file').setInputFiles({ name: 'phone-leads.csv', mimeType: 'text/csv', buffer: Buffer.from(lines) });
  await $(page, 'batch-mapping').waitFor({ state: 'visible' });
  const start = $(page, 'batch-start');
  await page.waitForFunction((el) => !el.disabled, await start.elementHandle(), { timeout: 20_000 });
  await start.click();
  const summary = $(page, 'batch-summary');
  await summary.waitFor({ state: 'visible', timeout: 90_000 });
  await page.waitForFunction(() => {
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return a?.getAttribute('data-testid') === 'batch-summary';
  }, null, { timeout: 10_000 });
  const tiers = await $(page, 'tier-figures').textContent();
  t.log(`batch summary focused; tiers: ${tiers?.replace(/\s+/g, ' ').trim()}`);
  expect(/%/.test(tiers ?? ''), 'tier figures show validation conversion rates');
  const runHref = await page.locator('ll-run-summary a.btn').first().getAttribute('href');
  const runPath = runHref.replace(/^.*?\/(runs\/[^/]+)$/, '$1');
  // a single lead scored from the form, for the scored-leads list and its card
  await page.evaluate((p) => window.dispatchEvent(new CustomEvent('vaadin-router-go', { detail: { pathname: p } })), new URL('score', t.app.url).pathname);
  await fillLead(page, { ...SAMPLE_LEAD, CustomerID: 'PHONE-LEAD-1' });
  await $(page, 'score-submit').click();
  const leadLink = page.locator('[data-testid="recent-lead-link"]:text-is("PHONE-LEAD-1")');
  await leadLink.waitFor({ timeout: 60_000 });
  const leadPath = (await leadLink.getAttribute('href')).replace(/^.*?\/(leads\/\d+)$/, '$1');
  const wide = [];
  for (const r of ROUTES) {
    const path = r.replace('RUN', runPath).replace('LEAD', leadPath);
    const pathname = new URL(path, t.app.url).pathname;
    await page.evaluate((p) => window.dispatchEvent(new CustomEvent('vaadin-router-go', { detail: { pathname: p } })), pathname);
    await page.waitForFunction((p) => location.pathname === p, pathname, { timeout: 10_000 });
    await page.locator('main h1').first().waitFor({ state: 'visible', timeout: 30_000 });
    await page.waitForFunction(() => !document.querySelector('[data-busy]'), null, { timeout: 30_000 });
    const o = await overflow(page);
    t.log(`/${path}: ${o.doc}px wide (viewport ${o.win})`);
    if (o.doc > o.win) wide.push(`/${path} ${o.doc}px (${o.culprits.join(', ')})`);
  }
  expect(wide.length === 0, `wider than 390 px: ${wide.join(', ')}`);
  // The navigation is folded behind one button on a phone.
  expect(await page.locator('nav a').first().isHidden(), 'navigation is folded on a phone');
  await $(page, 'nav-toggle').click();
  expect(await page.locator('nav a').first().isVisible(), 'Menu opens the navigation');
}
noOverflowOnEveryRoute.timeout = 240_000;

export async function scoreFocusTiersAndPoints(t) {
  const { page } = t;
  await page.setViewportSize({ width: 390, height: 844 });
  await t.goto('score');
  await signIn(page);
  await fillLead(page);
  await page.locator('[data-testid="score-submit"]').first().click();
  await page.waitForFunction(() => {
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return a?.getAttribute('data-testid') === 'score-result';
  }, null, { timeout: 60_000 });
  expect((await deepFocus(page)) === 'score-result', 'focus moves to the result after Score');
  const seg = $(page, 'score-segment');
  expect((await seg.getAttribute('data-tier-rule')) === 'probability', 'tiers follow the card bands');
  const v = await $(page, 'tier-validation').textContent();
  expect(/\d+(\.\d)?%.*\d+(\.\d)?%/.test(v ?? ''), `tier validation figures shown: ${v}`);
  const first = await page.locator('[data-testid="factor"] .label').first().textContent();
  const val = await $(page, 'factor-value').textContent();
  t.log(`tier: ${(await seg.textContent())?.replace(/\s+/g, ' ').trim()}; factor: ${first} (${val})`);
  expect(/pp$/.test(val?.trim() ?? ''), 'factor effect in percentage points');
  expect(/typical|left blank|is /.test(first ?? ''), 'factor as a sentence');
  await $(page, 'explain-toggle').click();
  const exact = await $(page, 'factor-value').textContent();
  expect(!/pp/.test(exact ?? '') && /[+-−]\d/.test(exact ?? ''), `log-odds one click away: ${exact}`);
  const o = await overflow(page);
  expect(o.doc <= o.win, `score screen with a result fits: ${o.doc}px (${o.culprits.join(', ')})`);
}
scoreFocusTiersAndPoints.timeout = 120_000;
