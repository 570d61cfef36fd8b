// Deployment under a sub-path (LEADLENS_BASE=/leadlens/, as on GitHub Pages): builds that variant into a temp
// folder, serves it under /leadlens/, opens the deep link /leadlens/score directly and again after a reload.
import { buildForBase } from './lib/server.mjs';
import { signIn } from './lib/session.mjs';
import { expect, fillLead, submitAndReadResult } from './lib/lead.mjs';

const BASE = '/leadlens/';

export async function deepLinkReloadUnderSubPath(t) {
  const dir = await buildForBase(BASE);
  const server = await t.serve({ dir, base: BASE });
  const deepLink = `${server.url}score`;
  await t.page.goto(deepLink, { waitUntil: 'load' });
  await signIn(t.page);
  await t.page.locator('ll-score-screen').waitFor({ state: 'attached' });
  await t.page.reload({ waitUntil: 'load' });
  await signIn(t.page);
  await t.page.locator('ll-score-screen').waitFor({ state: 'attached' });
  expect(new URL(t.page.url()).pathname === `${BASE}score`, `deep link should stay at ${BASE}score, is ${t.page.url()}`);

  const hrefs = await t.page.locator('ll-app nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.length > 0 && hrefs.every((h) => h?.startsWith(BASE)), `nav links must stay under ${BASE}: ${hrefs.join(', ')}`);

  // Models and wasm must load from under the sub-path too: score once.
  await fillLead(t.page);
  const r = await submitAndReadResult(t.page);
  expect(Number.isFinite(r.score), `no score under the sub-path (data-score=${r.rawScore})`);
  const outside = t.requests.filter((u) => u.startsWith(server.origin) && !new URL(u).pathname.startsWith(BASE));
  expect(outside.length === 0, `requests outside ${BASE}: ${outside.join(', ')}`);
}
deepLinkReloadUnderSubPath.timeout = 300_000;
