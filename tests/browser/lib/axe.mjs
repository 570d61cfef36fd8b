// Runs axe-core inside the page (it walks open shadow roots by default) and keeps only the violations
// that matter for the "no serious or critical" rule, formatted so a failure says what and where.
// page.addScriptTag({ path }) would insert an inline <script>, which the app's CSP (script-src 'self') rightly
// refuses (and logs as a console error); evaluating the source through DevTools is not subject to CSP.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export async function axeViolations(page, { impacts = ['serious', 'critical'] } = {}) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)),
    }));
  });
  return result.filter((v) => impacts.includes(v.impact ?? ''));
}

export function formatViolations(where, violations) {
  return violations.map((v) => `${where}: [${v.impact}] ${v.id} — ${v.help} at ${v.targets.join(', ')}`).join('\n');
}
