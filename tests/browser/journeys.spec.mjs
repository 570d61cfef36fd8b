// Issue #3's user journeys against the production build: score a lead, parity with `npm run score`, the lead
// survives a reload, an invalid form explains itself, and every screen passes axe (serious/critical).
// "No request leaves the origin" and "no console errors" are enforced for every test by run.mjs.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { signIn } from './lib/session.mjs';
import { SAMPLE_LEAD, expect, fillLead, submitAndReadResult } from './lib/lead.mjs';
import { axeViolations, formatViolations } from './lib/axe.mjs';
import { ROOT, run } from './lib/server.mjs';

const SCREENS = ['', 'score', 'batch', 'runs', 'clients', 'models', 'settings'];

export async function scoreLeadThroughForm(t) {
  await t.goto('score');
  await signIn(t.page);
  await fillLead(t.page);
  const r = await submitAndReadResult(t.page);
  t.log(`score ${r.rawScore}, decile "${r.decile}", segment "${r.segment}", model "${r.modelId}"`);
  expect(Number.isFinite(r.score) && r.score >= 0 && r.score <= 1, `data-score should be a probability, got ${r.rawScore}`);
  expect(r.scoreText.length > 0, 'score value shows no text');
  expect(r.decile.length > 0 && r.segment.length > 0 && r.modelId.length > 0, 'decile, segment and model id must be shown');
  // Announced to screen readers: the result sits in a live region, or a live region says something about it.
  const inLiveRegion = await t.page.locator('[data-testid="score-result"]').first()
    .evaluate((el) => { for (let n = el; n; n = n.parentElement ?? n.getRootNode().host) if (n.getAttribute?.('aria-live') || n.getAttribute?.('role') === 'status') return true; return false; });
  const announcements = await t.page.locator('ll-score-screen [aria-live]:not([aria-live="off"]), ll-score-screen [role="status"]').allTextContents();
  t.log(`announced: ${JSON.stringify(announcements.map((a) => a.trim()).filter(Boolean))}`);
  expect(inLiveRegion || announcements.some((a) => a.trim().length > 0), 'the score result should be announced (aria-live region)');
}

export async function browserScoreMatchesCli(t) {
  const dir = mkdtempSync(join(tmpdir(), 'leadlens-parity-'));
  try {
    const input = join(dir, 'lead.csv');
    const output = join(dir, 'scored.csv');
    writeFileSync(input, Papa.unparse([SAMPLE_LEAD]));
    await run(process.execPath, ['--import', 'tsx', 'src/cli/score.ts', input, '-o', output], { cwd: ROOT, timeoutMs: 120_000 });
    const rows = Papa.parse(readFileSync(output, 'utf8'), { header: true, skipEmptyLines: true }).data;
    const cliRow = rows.find((row) => row.CustomerID === SAMPLE_LEAD.CustomerID) ?? rows[0];
    expect(cliRow && 'score' in cliRow, `CLI output has no score column: ${Object.keys(cliRow ?? {}).join(',')}`);
    const cliScore = Number(cliRow.score);

    await t.goto('score');
    await signIn(t.page);
    await fillLead(t.page);
    const r = await submitAndReadResult(t.page);
    const diff = Math.abs(r.score - cliScore);
    t.log(`browser ${r.rawScore} vs CLI ${cliRow.score} (|Δ| = ${diff})`);
    expect(Number.isFinite(cliScore) && diff <= 1e-12, `browser score ${r.rawScore} differs from CLI score ${cliRow.score} by ${diff}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function leadSurvivesReload(t) {
  const lead = { ...SAMPLE_LEAD, CustomerID: `RELOAD-${Date.now()}` };
  await t.goto('score');
  await signIn(t.page);
  await fillLead(t.page, lead);
  await submitAndReadResult(t.page);
  await t.page.reload({ waitUntil: 'load' });
  await signIn(t.page);
  const list = t.page.locator('[data-testid="recent-leads"]').first();
  await list.waitFor({ state: 'visible' });
  const item = list.locator('[data-testid="recent-lead"]', { hasText: lead.CustomerID });
  await item.first().waitFor({ state: 'visible', timeout: 15_000 });
}

export async function invalidFormShowsMessage(t) {
  await t.goto('score');
  await signIn(t.page);
  const form = await fillLead(t.page, { ...SAMPLE_LEAD, WebsiteVisits: '-5' });
  await t.page.locator('[data-testid="score-submit"]').first().click();
  const error = t.page.locator('[data-testid="field-error-WebsiteVisits"]').first();
  await error.waitFor({ state: 'visible', timeout: 10_000 });
  const message = (await error.textContent())?.trim() ?? '';
  t.log(`message: "${message}"`);
  expect(message.length > 0, 'field error is empty');
  const kept = await form.locator('[name="WebsiteVisits"]').first().inputValue();
  expect(kept === '-5', `the invalid value should be kept in the input, found "${kept}"`);
  const described = await form.locator('[name="WebsiteVisits"]').first().evaluate((el) => el.getAttribute('aria-invalid'));
  expect(described === 'true', `the invalid input should have aria-invalid="true", found ${described}`);
}

/** Walks the navigation like a keyboard/mouse user and runs axe on every screen (plus the scored result). */
export async function everyScreenPassesAxe(t) {
  await t.goto('');
  // The first-run / sign-in screen is a screen too.
  const gate = await t.page.locator('[data-testid="setup-form"], [data-testid="signin-form"]').count();
  const problems = [];
  if (gate) problems.push(formatViolations('auth gate', await axeViolations(t.page)));
  await signIn(t.page);
  // Every link the nav shows (admin-only screens included, we are the admin), and at least issue #3's list.
  const hrefs = await t.page.locator('ll-app nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  const base = new URL(t.app.url).pathname;
  const paths = hrefs.map((h) => h.slice(base.length).replace(/\/$/, ''));
  const missing = SCREENS.filter((p) => !paths.includes(p));
  expect(missing.length === 0, `nav lacks screens: ${missing.join(', ')} (has ${paths.join(', ')})`);
  for (const [i, path] of paths.entries()) {
    await t.page.locator('ll-app nav a').nth(i).click();
    await t.page.waitForURL((url) => url.pathname.replace(/\/$/, '') === `${base}${path}`.replace(/\/$/, ''));
    await t.page.locator('ll-app main > *').first().waitFor({ state: 'attached' });
    await t.page.waitForTimeout(400);
    problems.push(formatViolations(`/${path}`, await axeViolations(t.page)));
  }
  await t.page.locator('ll-app nav a[href$="/score"]').first().click();
  await fillLead(t.page);
  await submitAndReadResult(t.page);
  problems.push(formatViolations('/score with a result', await axeViolations(t.page)));
  t.log(`axe ran on ${paths.length + 1 + (gate ? 1 : 0)} views: ${paths.map((p) => `/${p}`).join(' ')} + score result${gate ? ' + auth gate' : ''}`);
  const report = problems.filter(Boolean).join('\n');
  expect(report === '', `axe found serious/critical violations:\n${report}`);
}
