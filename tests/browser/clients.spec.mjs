// Issue #4: clients' personal fields are encrypted at rest — after loading demo data and importing a clients
// CSV through the Clients screen's importer, the raw IndexedDB contents (read directly, bypassing the app)
// hold no plaintext name or email of the clients on screen, nor of the imported ones.
import { ADMIN } from './lib/session.mjs';
import { expect } from './lib/lead.mjs';
import { rawDump } from './lib/raw-idb.mjs';
import { openWithDemoBook } from './lib/demo-book.mjs';

const CSV = 'id,first name,last name,email,notes\nIMP-1,Grzegorz,Brzęczyszczykiewicz,grzegorz.b@example.org,Called twice\nIMP-2,Ekaterina,Sidorova,e.sidorova@example.net,\n,Nobody,Without-Id,missing@example.com,\n';
const $ = (page, id) => page.locator(`[data-testid="${id}"]`);

async function clientRows(page) {
  return page.locator('[data-testid="client-row"]').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('[role="cell"]')].slice(0, 2).map((td) => td.textContent.trim())));
}

export async function rawIndexedDbHasNoPlaintextPersonalData(t) {
  const { page } = t;
  await openWithDemoBook(t, 'clients');
  await page.locator('[data-testid="client-row"]').first().waitFor();
  await $(page, 'cust-kind').selectOption('clients');
  await $(page, 'cust-file').setInputFiles({ name: 'clients.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  await $(page, 'cust-import-start').click();
  await $(page, 'cust-import-result').waitFor({ timeout: 30_000 });
  // The virtualised list re-fetches its rows after the import, and may do so more than once (this tab's write
  // and the coalesced data-change event): read the page once it holds a full page of rows.
  let rows = [];
  for (let tries = 0; tries < 150 && rows.length < 20; tries++) {
    if (tries) await page.waitForTimeout(200);
    rows = await clientRows(page);
  }
  expect(rows.length >= 20, `expected a page of clients, got ${rows.length}`);
  const raw = await rawDump(page);
  t.log(`${rows.length} clients on the first page, raw IndexedDB dump ${raw.length} chars`);
  expect(raw.includes('"clients"') && raw.includes('firstNameEnc'), 'the dump should contain the clients store');
  const leaks = [];
  // Full names (with their space: base64 ciphertext never holds one) of every client on the page.
  for (const [, name] of rows) if (name.includes(' ') && raw.includes(JSON.stringify(name).slice(1, -1))) leaks.push(name);
  for (const s of [ADMIN.email, 'Called twice', 'IMP-1', 'Brz\\u0119czyszczykiewicz', 'Sidorova', 'grzegorz.b@', 'e.sidorova']) if (raw.includes(s)) leaks.push(s);
  expect(leaks.length === 0, `plaintext personal data in IndexedDB: ${leaks.slice(0, 5).join(', ')}`);
  // the row without a Customer ID is reported with row and column
  await page.locator('[data-testid="batch-error"][data-row="3"][data-column="id"]').waitFor();
}
rawIndexedDbHasNoPlaintextPersonalData.timeout = 180_000;
