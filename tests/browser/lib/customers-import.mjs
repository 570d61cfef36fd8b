// Imports a customer file (clients, orders or activity) through the Clients screen's importer as a user
// would: choose the kind, pick the file (path or {name, mimeType, buffer}), wait for the mapping, start, and
// wait for the result. Returns the result's figures. Shared by the customer, privacy and two-tab tests.
const $ = (page, id) => page.locator(`[data-testid="${id}"]`);

export async function importCustomerFile(page, kind, file, timeout = 120_000) {
  await $(page, 'cust-kind').selectOption(kind);
  await $(page, 'cust-file').setInputFiles(file);
  await $(page, 'batch-mapping').waitFor({ state: 'visible' });
  const start = $(page, 'cust-import-start');
  await page.waitForFunction((el) => !el.disabled, await start.elementHandle(), { timeout: 20_000 });
  const before = await $(page, 'cust-import-result').count();
  await start.click();
  if (before) await $(page, 'cust-import-result').waitFor({ state: 'detached', timeout: 20_000 });
  await $(page, 'cust-import-result').waitFor({ state: 'visible', timeout });
  const el = $(page, 'cust-import-result');
  const attr = (n) => el.getAttribute(n);
  return { timing: await attr('data-timing'), added: Number(await attr('data-added')), invalid: Number(await attr('data-invalid')), already: (await attr('data-already')) === 'true', text: (await el.textContent()).trim() };
}
