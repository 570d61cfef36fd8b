// Seeds a demo customer book through the ?bench hook (window.leadlensClientList, src/bridge/client-list-bridge)
// instead of the Clients screen's "Load demo" button: the same worker job, a smaller book, no UI steps, so
// tests whose subject is something else (backup, raw storage, retraining) start fast. The button itself stays
// covered by client-screens › listFilterCardAndOrderRecompute.
import { signIn } from './session.mjs';

/** Opens `path` with ?bench added, signs in and stores a demo book of `clients` clients (forecast if asked). */
export async function openWithDemoBook(t, path, { clients = 600, forecast = false } = {}) {
  await t.goto(`${path}${path.includes('?') ? '&' : '?'}bench`);
  await signIn(t.page);
  await t.page.waitForFunction(() => 'leadlensClientList' in window);
  await t.page.evaluate(async ({ n, f }) => {
    await window.leadlensClientList.loadDemo(n);
    if (f) await window.leadlensClientList.forecast();
  }, { n: clients, f: forecast });
}
