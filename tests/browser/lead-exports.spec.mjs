// Issue #13's proofs for tiers, field labels and exports: on a labelled file each tier's actual conversion is
// shown beside its validation rate and falls High ≥ Medium ≥ Low; run detail names no field by the card's raw
// name in Russian, English or Polish; a Russian export opens with ';' and decimal commas.
import { signIn } from './lib/session.mjs';
import { expect } from './lib/lead.mjs';
import { kaggleFile } from '../fixtures/batch-fixtures.mjs';

const $ = (page, id) => page.locator(`[data-testid="${id}"]`).first();
const RAW = ['AdSpend', 'EngagementScore', 'ClickThroughRate', 'ConversionRate', 'WebsiteVisits', 'PagesPerVisit', 'TimeOnSite', 'EmailOpens', 'PreviousPurchases', 'LoyaltyPoints'];

/** Every visible text of the page, through open shadow roots (option values and attributes are not shown). */
function deepText(page) {
  return page.evaluate(() => {
    const out = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) walk(el.shadowRoot);
        for (const n of el.childNodes) if (n.nodeType === 3 && n.textContent.trim()) out.push(n.textContent.trim());
      }
    };
    walk(document);
    return out.join('\n');
  });
}

async function openRunDetail(t, path, locale) {
  await t.page.evaluate((l) => localStorage.setItem('leadlens.locale', l), locale);
  await t.goto(path);
  await signIn(t.page);
  await $(t.page, 'tier-figures').waitFor({ state: 'visible', timeout: 30_000 });
  await t.page.waitForFunction(() => document.querySelector('ll-app')?.shadowRoot?.querySelector('ll-run-detail-screen')?.shadowRoot
    ?.querySelector('ll-leads-table')?.shadowRoot?.querySelectorAll('[role="row"] a').length > 0, null, { timeout: 30_000 });
}

export async function tierConversionOnLabelledFileOrderedShownAndRussianExportHasDecimalCommas(t) {
  await t.page.addInitScript(() => { if (!localStorage.getItem('leadlens.locale')) localStorage.setItem('leadlens.locale', 'ru'); });
  const { file, rows } = kaggleFile(1200);
  await t.goto('batch');
  await signIn(t.page);
  await $(t.page, 'batch-file').setInputFiles(file);
  await $(t.page, 'batch-mapping').waitFor({ state: 'visible' });
  const mapping = (await $(t.page, 'batch-mapping').locator('th').allTextContents()).join(' | ');
  expect(!RAW.some((n) => mapping.includes(n)), `mapping names fields by label: ${mapping}`);
  const start = $(t.page, 'batch-start');
  await t.page.waitForFunction((el) => !el.disabled, await start.elementHandle(), { timeout: 20_000 });
  await start.click();
  const summary = $(t.page, 'batch-summary');
  await summary.waitFor({ state: 'visible', timeout: 90_000 });
  expect(Number(await summary.getAttribute('data-scored')) === rows, 'every labelled lead scored');

  // Tier table: validation rate and this file's rate side by side, ordered.
  const tiers = $(t.page, 'tier-figures');
  const rates = [];
  for (const s of ['High', 'Medium', 'Low']) {
    const row = tiers.locator(`tr[data-tier="${s}"]`);
    rates.push(Number(await row.getAttribute('data-actual-rate')));
    const cells = (await row.locator('td').allTextContents()).join(' | ');
    t.log(`${s}: ${cells}`);
    expect(/%/.test(await row.locator('[data-testid="tier-validation-rate"]').textContent()), `${s}: validation rate shown`);
    expect(/%.*\(\d[\d\s ]* из \d/.test(await row.locator('[data-testid="tier-actual-rate"]').textContent()), `${s}: actual rate and count shown`);
  }
  expect(rates[0] >= rates[1] && rates[1] >= rates[2] && rates[0] > rates[2], `tier rates ordered: ${rates}`);
  expect((await tiers.getAttribute('data-ordered')) === 'true', 'the table says the tiers are ordered');

  // Run detail in ru, en and pl: no raw field name anywhere on the screen.
  const href = await t.page.locator('ll-run-summary a.btn').first().getAttribute('href');
  const path = href.replace(/^.*?\/(runs\/[^/]+)$/, '$1');
  for (const locale of ['ru', 'en', 'pl']) {
    await openRunDetail(t, path, locale);
    const text = await deepText(t.page);
    const raw = RAW.filter((n) => new RegExp(`\\b${n}\\b`).test(text));
    expect(raw.length === 0, `${locale}: raw field names on run detail: ${raw.join(', ')}`);
  }

  // A Russian export: ';' separator (the default in Russian) and decimal commas.
  await openRunDetail(t, path, 'ru');
  const [download] = await Promise.all([t.page.waitForEvent('download'), $(t.page, 'leads-export').click()]);
  const chunks = [];
  for await (const c of await download.createReadStream()) chunks.push(c);
  const lines = Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  const head = lines[0].split(';');
  const first = lines[1].split(';');
  const at = (c) => first[head.indexOf(c)];
  t.log(`ru export: ${head.length} columns; score ${at('score')}, tier ${at('priority_segment')} at ${at('tier_validation_conversion_rate')}`);
  expect(lines.length - 1 === rows, `export holds ${lines.length - 1} of ${rows} leads`);
  expect(/^0,\d+$/.test(at('score')) && /^0,\d+$/.test(at('tier_validation_conversion_rate')), 'numbers with decimal commas');
  expect(['Высокий', 'Средний', 'Низкий'].includes(at('priority_segment')), `tier in Russian: ${at('priority_segment')}`);
}
tierConversionOnLabelledFileOrderedShownAndRussianExportHasDecimalCommas.timeout = 240_000;
