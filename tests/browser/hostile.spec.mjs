// Issues #14/#16 in the browser: hostile files from tests/fixtures/hostile/corpus.mjs picked on the Batch
// screen get the same outcome as in the CLI — non-CSV, empty and header-only files refused before mapping
// with their own message; the nine cases of #16 and the encodings of #14 scored with rows in = scored +
// reported (+ non-data lines), rows reported by data row; a weak encoding guess names the plausible ones
// and switching it updates the preview live.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signIn } from './lib/session.mjs';
import { expect } from './lib/lead.mjs';
import { CORPUS } from '../fixtures/hostile/corpus.mjs';
import { csvText, leadRows, HEADER } from '../fixtures/hostile/leads.mjs';
import { encodeSingleByte } from '../fixtures/hostile/texts.mjs';

const $ = (page, id) => page.locator(`[data-testid="${id}"]`).first();
const dir = mkdtempSync(join(tmpdir(), 'leadlens-hostile-'));

function fileOf(name) {
  const c = CORPUS.find((x) => x.name === name);
  const path = join(dir, name);
  writeFileSync(path, c.bytes());
  return { path, expect: c.expect };
}

async function openBatch(t) {
  await t.goto('batch');
  await signIn(t.page);
  await $(t.page, 'batch-file').waitFor({ state: 'attached' });
}

export async function refusesNonCsvBeforeMapping(t) {
  await openBatch(t);
  for (const name of ['empty.csv', 'bom-only.csv', 'header-only.csv', 'xlsx-renamed.csv', 'xls-ole.csv', 'page.html.csv', 'chart.png.csv', 'random.bin.csv']) {
    const f = fileOf(name);
    await $(t.page, 'batch-file').setInputFiles(f.path);
    const msg = t.page.locator(`[data-testid="batch-error-message"][data-code="file_${f.expect.refused}"]`);
    await msg.waitFor({ state: 'visible', timeout: 15_000 });
    expect(await $(t.page, 'batch-mapping').count() === 0, `${name}: column mapping shown for a refused file`);
    t.log(`${name} → ${(await msg.textContent()).trim().slice(0, 90)}`);
  }
}
refusesNonCsvBeforeMapping.timeout = 120_000;

/** Picks a corpus file, checks the sniff, imports it and returns the summary and reader counts. */
async function importFile(t, name) {
  const f = fileOf(name);
  await $(t.page, 'batch-file').setInputFiles(f.path);
  const preview = $(t.page, 'batch-preview');
  await preview.waitFor({ state: 'visible', timeout: 20_000 });
  if (f.expect.encoding) expect(await preview.getAttribute('data-encoding') === f.expect.encoding, `${name}: encoding ${await preview.getAttribute('data-encoding')}`);
  const start = $(t.page, 'batch-start');
  await t.page.waitForFunction((el) => !el.disabled, await start.elementHandle(), { timeout: 20_000 });
  await start.click();
  const summary = $(t.page, 'batch-summary');
  await summary.waitFor({ state: 'visible', timeout: 90_000 });
  const n = async (loc, a) => Number(await loc.getAttribute(a));
  const reader = $(t.page, 'batch-reader');
  const got = { rows: await n(summary, 'data-rows'), scored: await n(summary, 'data-scored'), reported: await n(summary, 'data-invalid'), nonData: await n(reader, 'data-nondata') };
  const want = { rows: f.expect.rows, scored: f.expect.scored, reported: f.expect.reported, nonData: f.expect.nonData };
  t.log(`${name} → ${JSON.stringify(got)}, ${await reader.getAttribute('data-lines')} lines`);
  expect(JSON.stringify(got) === JSON.stringify(want), `${name}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  return f;
}

async function another(t) {
  await $(t.page, 'batch-another').click();
  await $(t.page, 'batch-file').waitFor({ state: 'attached' });
}

export async function scoresIssue16CasesWithRowsAccountedFor(t) {
  await openBatch(t);
  for (const name of ['crlf-then-lf.csv', 'unquoted-thousands.csv', 'stray-quote.csv', 'koi8r-ru.csv', 'utf16le-excel-unicode.txt', 'sep-line.csv', 'grouped-nbsp-pl.csv']) {
    await importFile(t, name);
    if (name === 'stray-quote.csv') {
      const err = t.page.locator('[data-testid="batch-error"][data-row="50"]');
      await err.waitFor({ state: 'visible', timeout: 10_000 });
      expect(/quote/i.test(await err.textContent()), 'row 50 not reported as an unclosed quote');
    }
    await another(t);
  }
}
scoresIssue16CasesWithRowsAccountedFor.timeout = 400_000;

export async function readsPolishAndRussianCodePages(t) {
  await openBatch(t);
  for (const name of ['cp1250-pl.csv', 'iso8859-2-pl.csv', 'cp1251-ru.csv', 'blank-lines.csv', 'repeated-header.csv']) {
    await importFile(t, name);
    await another(t);
  }
}
readsPolishAndRussianCodePages.timeout = 300_000;

export async function uncertainEncodingNamesCandidatesAndSwitchesLive(t) {
  await openBatch(t);
  const path = join(dir, 'gdansk.csv');
  writeFileSync(path, encodeSingleByte(csvText(leadRows(5).map((r) => [...r, 'Gdańsk']), { header: [...HEADER, 'City'] }), 'windows-1250'));
  await $(t.page, 'batch-file').setInputFiles(path);
  const preview = $(t.page, 'batch-preview');
  await preview.waitFor({ state: 'visible' });
  const note = $(t.page, 'batch-encoding-note');
  await note.waitFor({ state: 'visible' });
  expect((await note.getAttribute('data-candidates')) === 'windows-1250,windows-1252', `candidates ${await note.getAttribute('data-candidates')}`);
  expect((await preview.textContent()).includes('Gdańsk'), 'preview does not show Gdańsk');
  await $(t.page, 'batch-encoding').selectOption('windows-1252');
  await t.page.locator('[data-testid="batch-preview"][data-encoding="windows-1252"]').waitFor({ state: 'visible' });
  expect((await $(t.page, 'batch-preview').textContent()).includes('Gdañsk'), 'preview did not update to the Windows-1252 reading');
  await $(t.page, 'batch-encoding').selectOption('windows-1250');
  await t.page.locator('[data-testid="batch-preview"][data-encoding="windows-1250"]').waitFor({ state: 'visible' });
  expect((await $(t.page, 'batch-preview').textContent()).includes('Gdańsk'), 'switching back did not restore Gdańsk');
}
