// Issue #4: clients' personal fields are encrypted at rest — after loading demo clients and importing a CSV,
// the raw IndexedDB contents (read directly, bypassing the app) hold no plaintext name or email.
import { ADMIN, signIn } from './lib/session.mjs';
import { expect } from './lib/lead.mjs';
import { rawDump } from './lib/raw-idb.mjs';

const CSV = 'id,name,email,notes\nIMP-1,Grzegorz Brzęczyszczykiewicz,grzegorz.b@example.org,Called twice\nIMP-2,Ekaterina Sidorova,e.sidorova@example.net,\nIMP-3,,missing@example.com,\n';

async function clientRows(page) {
  return page.locator('[data-testid="client-row"]').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent.trim())));
}

export async function rawIndexedDbHasNoPlaintextPersonalData(t) {
  const { page } = t;
  await t.goto('clients');
  await signIn(page);
  await page.locator('[data-testid="clients-demo"]').click();
  await page.locator('[data-testid="client-row"]').first().waitFor();
  await page.locator('[data-testid="clients-import"]').setInputFiles({ name: 'clients.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  await page.getByText('Grzegorz Brzęczyszczykiewicz').waitFor();
  const rows = await clientRows(page);
  expect(rows.length >= 42, `expected demo + imported clients, got ${rows.length}`);
  const raw = await rawDump(page);
  t.log(`${rows.length} clients, raw IndexedDB dump ${raw.length} chars`);
  expect(raw.includes('"clients"') && raw.includes('nameEnc'), 'the dump should contain the clients store');
  const leaks = [];
  for (const [name, email] of rows) {
    if (raw.includes(name)) leaks.push(name);
    if (raw.includes(email)) leaks.push(email);
    if (raw.includes(email.split('@')[0])) leaks.push(`local part of ${email}`);
  }
  for (const s of [ADMIN.email, 'Called twice', 'IMP-1', 'Brz\\u0119czyszczykiewicz', 'Sidorova']) if (raw.includes(s)) leaks.push(s);
  expect(leaks.length === 0, `plaintext personal data in IndexedDB: ${leaks.slice(0, 5).join(', ')}`);
  // the invalid CSV row is reported with row and column
  await page.getByText(/Row 4, column name/).waitFor();
}

