// Issue #13 "single leads are a dead end": leads scored from the form are listed (search, sort, CSV export with the
// lead columns and decimal commas in a ';' file), open the same lead card as a batch lead with the explanation
// recomputed by the model that scored them (named), pass axe light and dark; an analyst cannot delete (disabled with
// the reason on focus, the data API refuses and audits), an admin deletes one and it is gone from IndexedDB.
import { ADMIN, signIn } from './lib/session.mjs';
import { SAMPLE_LEAD, expect, fillLead } from './lib/lead.mjs';
import { axeViolations, formatViolations } from './lib/axe.mjs';
import { scanRawStorage } from './lib/raw-scan.mjs';

const $ = (page, id) => page.locator(`[data-testid="${id}"]`).first();
const go = (page, path) => page.evaluate((p) => window.dispatchEvent(new CustomEvent('vaadin-router-go', { detail: { pathname: p } })), path);
const ANALYST = { email: 'analyst.leads@example.com', password: 'Copper Meadow Tiger 42' };
const LEAD_B = { ...SAMPLE_LEAD, CustomerID: 'LIST-B-77', ConversionRate: '0.0213', EmailOpens: '1', PreviousPurchases: '0', Gender: '', CampaignType: '', Age: '' };

/** Scores two leads from the form (the second with a lower conversion rate and three optional fields left blank) and waits for both in the recent list. */
async function scoreTwo(page) {
  for (const lead of [{ ...SAMPLE_LEAD, CustomerID: 'LIST-A-42' }, LEAD_B]) {
    await fillLead(page, lead);
    await $(page, 'score-submit').click();
    await page.locator(`[data-testid="recent-lead-link"]:text-is("${lead.CustomerID}")`).waitFor({ timeout: 60_000 });
  }
}

const rowIds = (page) => page.locator('[data-testid="lead-row"]').evaluateAll((rs) => rs.map((r) => r.dataset.customer));
const rowScores = (page) => page.locator('[data-testid="lead-row"] td[data-score]').evaluateAll((cs) => cs.map((c) => Number(c.dataset.score)));

export async function listSearchSortExportAndCardExplainedByItsModel(t) {
  const { page } = t;
  await t.goto('score');
  await signIn(page);
  await scoreTwo(page);
  await $(page, 'recent-all').click();
  await page.waitForFunction(() => location.pathname.endsWith('/leads'));
  await page.locator('[data-testid="lead-row"]').nth(1).waitFor();
  expect((await rowIds(page)).join() === 'LIST-B-77,LIST-A-42', `newest first: ${await rowIds(page)}`);

  await $(page, 'leads-search').fill('list-b');
  await page.locator('[data-testid="leads-count"][data-n="1"]').waitFor();
  expect((await rowIds(page)).join() === 'LIST-B-77', 'search by Customer ID');
  await $(page, 'leads-search').fill('');
  await page.locator('[data-testid="leads-count"][data-n="2"]').waitFor();
  await page.locator('[data-sort="score"]').click();
  const desc = await rowScores(page);
  await page.locator('[data-sort="score"]').click();
  const asc = await rowScores(page);
  t.log(`scores by score ▼ ${desc.join(', ')}; ▲ ${asc.join(', ')}`);
  expect(desc[0] > desc[1] && asc[0] < asc[1], 'sort by score both ways');
  expect((await page.locator('th[aria-sort="ascending"] [data-sort="score"]').count()) === 1, 'aria-sort on the sorted column');

  // export: ';' and the readable row → decimal commas, the shared lead columns, the model id
  await $(page, 'leads-delimiter').selectOption(';');
  await $(page, 'export-label-row').check();
  const [dl] = await Promise.all([page.waitForEvent('download'), $(page, 'leads-export').click()]);
  const csv = Buffer.concat(await (await dl.createReadStream()).toArray()).toString('utf8').replace(/^\uFEFF/, '');
  const lines = csv.trim().split('\r\n');
  const head = lines[0].split(';');
  t.log(`CSV ${dl.suggestedFilename()}: ${lines[0].slice(0, 120)}…\n  ${lines[2].slice(0, 140)}…`);
  expect(lines.length === 4 && head[0] === 'CustomerID' && head.includes('score') && head.includes('tier_validation_conversion_rate') && head.at(-1) === 'model_id', `CSV header: ${lines[0]}`);
  expect(lines[1].includes('Probability of converting (0–1)') && lines[1].includes('Ad spend'), `readable row: ${lines[1].slice(0, 200)}`);
  const first = lines[2].split(';');
  expect(first[0] === 'LIST-B-77' && /^0,\d+$/.test(first[head.indexOf('score')]) && first.at(-1) === 'conv-xgb-1', `first data row: ${lines[2]}`);
  expect(/^0,\d+$/.test(first[head.indexOf('tier_validation_conversion_rate')]) && /^0,\d+$/.test(first[head.indexOf('threshold')]), `tier figure and threshold: ${lines[2]}`);

  // the card: same body as a batch lead, explanation recomputed by the lead's model and named
  const listScore = Number(await page.locator('[data-testid="lead-row"][data-customer="LIST-B-77"] td[data-score]').getAttribute('data-score'));
  await page.locator('[data-testid="lead-row"][data-customer="LIST-B-77"] [data-testid="lead-link"]').click();
  await page.waitForFunction(() => /\/leads\/\d+$/.test(location.pathname));
  const named = $(page, 'explain-model');
  await named.waitFor({ timeout: 60_000 });
  const sentence = await page.locator('[data-testid="factor"] .label').first().textContent();
  const value = await $(page, 'factor-value').textContent();
  t.log(`card: ${await named.textContent()} | ${sentence} (${value})`);
  expect((await named.textContent()).includes('conv-xgb-1') && (await $(page, 'lead-model').textContent()) === 'conv-xgb-1', 'the explanation names its model');
  expect(Number(await $(page, 'lead-score').getAttribute('data-score')) === listScore, 'the card shows the stored score');
  expect(/pp$/.test(value.trim()) && /typical|left blank|is /.test(sentence), 'factors in pp as sentences');
  const blank = await page.locator('[data-testid="factor"][data-blank="true"] .label').allTextContents();
  t.log(`blank fields: ${blank.join(' | ')}`);
  expect(blank.some((b) => /^Campaign type was left blank \(scored as Not specified\) and this moved the score by [+−-]\d/.test(b)), `a blank field says it moved the score: ${blank}`);
  // Age, left blank, was stored as its default (43): the card re-scores it as blank, not as a typed 43
  const ageBlank = await page.evaluate(() => document.querySelector('ll-app').shadowRoot.querySelector('ll-lead-screen').shadowRoot
    .querySelector('ll-lead-card-body').explanation.factors.find((f) => f.key === 'Age')?.context?.blank);
  expect(ageBlank === true, `a blank numeric field is recomputed as blank: ${ageBlank}`);
  expect(!blank.some((b) => /by [+−-]?0\.0 pp/.test(b)), `a blank's effect reads as "0.0 pp": ${blank}`);
  await $(page, 'explain-toggle').click();
  expect(!/pp/.test(await $(page, 'factor-value').textContent()), 'exact log-odds one click away');

  const problems = [formatViolations('light /leads/:id', await axeViolations(page))];
  await page.emulateMedia({ colorScheme: 'dark' });
  problems.push(formatViolations('dark /leads/:id', await axeViolations(page)));
  await page.goBack();
  await page.locator('[data-testid="lead-row"]').nth(1).waitFor();
  problems.push(formatViolations('dark /leads', await axeViolations(page)));
  await page.emulateMedia({ colorScheme: 'light' });
  problems.push(formatViolations('light /leads', await axeViolations(page)));
  const v = problems.filter(Boolean).join('\n');
  expect(v === '', `axe violations:\n${v}`);
}
listSearchSortExportAndCardExplainedByItsModel.timeout = 150_000;

export async function analystCannotDeleteAdminDeletesAndItIsGoneAtRest(t) {
  const { page } = t;
  await t.goto('score?api');
  await signIn(page);
  await scoreTwo(page);
  const leads = await page.evaluate(() => window.leadlensApi.listLeads());
  const victim = leads.find((l) => l.customerId === 'LIST-B-77');
  // what the victim looks like at rest (its sealed Customer ID and keyed lookup key), read bypassing the app
  const raw = await page.evaluate((id) => new Promise((res, rej) => {
    const r = indexedDB.open('leadlens');
    r.onerror = () => rej(r.error);
    r.onsuccess = () => { const q = r.result.transaction('leads').objectStore('leads').get(id); q.onsuccess = () => { res(q.result); r.result.close(); }; };
  }), victim.id);
  expect(typeof raw.customerIdEnc === 'string' && !JSON.stringify(raw).includes('LIST-B-77'), 'the Customer ID is sealed at rest');
  await page.evaluate(async ({ a, pw }) => window.leadlensApi.addUser(a.email, 'analyst', a.password, pw), { a: ANALYST, pw: ADMIN.password });
  const base = new URL(t.app.url).pathname;

  // the analyst: Delete is disabled with the reason on focus (described for screen readers); the API refuses
  await page.evaluate(async (a) => { await window.leadlensApi.signOut(); await window.leadlensApi.signIn(a.email, a.password); }, ANALYST);
  await page.locator('[data-testid="current-user"][data-role="analyst"]').waitFor();
  await go(page, `${base}leads`);
  await page.locator('[data-testid="lead-row"]').nth(1).waitFor();
  expect((await page.locator('[data-testid="lead-delete"]').count()) === 0, 'an analyst is offered Delete');
  const gated = $(page, 'lead-delete-gated');
  await gated.focus();
  const tip = page.locator('ll-gated-button .tip').first();
  await tip.waitFor({ state: 'visible' });
  const described = await gated.evaluate((b) => b.getRootNode().getElementById(b.getAttribute('aria-describedby'))?.textContent);
  expect(described === 'Only an administrator can do this.' && (await gated.getAttribute('aria-disabled')) === 'true', `reason: ${described}`);
  const refused = await page.evaluate(async (id) => { try { await window.leadlensApi.deleteLead(id); return 'ALLOWED'; } catch (e) { return e.name; } }, victim.id);
  expect(refused === 'PermissionError', `analyst lead delete through the API: ${refused}`);

  // the admin: the refusal is in the audit log; Delete → confirm → gone from the list and from IndexedDB
  await page.evaluate(async (a) => { await window.leadlensApi.signOut(); await window.leadlensApi.signIn(a.email, a.password); }, ADMIN);
  await page.locator('[data-testid="current-user"][data-role="admin"]').waitFor();
  const audit = await page.evaluate(() => window.leadlensApi.listAudit());
  const anaId = (await page.evaluate(() => window.leadlensApi.listUsers())).find((u) => u.email === ANALYST.email).id;
  expect(audit.some((a) => a.type === 'refused' && a.userId === anaId && a.detail?.action === 'leads.delete'), 'the refusal is audited');
  await go(page, `${base}score`);
  await go(page, `${base}leads`);
  const row = page.locator(`[data-testid="lead-row"][data-customer="LIST-B-77"]`);
  await row.locator('[data-testid="lead-delete"]').click();
  await row.locator('[data-testid="lead-delete-confirm"]').click();
  await row.waitFor({ state: 'detached' });
  expect((await page.locator('[data-testid="lead-row"]').count()) === 1, 'one lead left in the list');
  const scan = await scanRawStorage(page, [raw.customerIdEnc, raw.customerKey, 'LIST-B-77']);
  t.log(`raw scan after delete: ${scan.stats.records} records, ${scan.stats.chars} chars; hits: ${JSON.stringify(scan.hits)}`);
  expect(scan.stats.records > 0 && scan.hits.length === 0, `the deleted lead is still at rest: ${JSON.stringify(scan.hits)}`);
  expect((await page.evaluate(() => window.leadlensApi.listAudit())).some((a) => a.type === 'delete' && a.detail?.what === 'lead' && a.detail?.id === victim.id), 'the deletion is audited');
}
analystCannotDeleteAdminDeletesAndItIsGoneAtRest.timeout = 150_000;
