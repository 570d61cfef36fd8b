// Regenerates docs/screenshot.png for the README: the production build's score screen with a scored lead,
// taken with the same headless Chromium the tests use. Usage: npm run build && node tests/browser/screenshot.mjs
import { resolve } from 'node:path';
import { ROOT, startServer } from './lib/server.mjs';
import { launch } from './lib/browser.mjs';
import { signIn } from './lib/session.mjs';
import { SAMPLE_LEAD, fillLead, submitAndReadResult } from './lib/lead.mjs';

const out = resolve(ROOT, process.argv[2] ?? 'docs/screenshot.png');
const server = await startServer();
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, locale: 'en-US' });
  await page.goto(`${server.url}score`, { waitUntil: 'load' });
  await signIn(page);
  // Round numbers read better in the README than the full-precision floats the parity test uses.
  await fillLead(page, { ...SAMPLE_LEAD, CustomerID: 'ACME-0042', AdSpend: '5120', ClickThroughRate: '0.19',
    ConversionRate: '0.13', PagesPerVisit: '6.1', TimeOnSite: '9.9' });
  const r = await submitAndReadResult(page);
  await page.locator('[data-testid="score-result"]').first().scrollIntoViewIfNeeded();
  await page.waitForTimeout(500);
  await page.screenshot({ path: out, fullPage: true });
  console.log(`wrote ${out} (score ${r.rawScore})`);
} finally {
  await browser.close();
  await server.close();
}
