// The two Settings sections that keep one choice beside the model's figures (threshold scenario, priority-tier
// rule; ui/screens/settings/model-choice.ts): each loads the saved value, saves a new one with "saved", and the
// choice is still there after a reload.
import { signIn } from './lib/session.mjs';
import { expect } from './lib/lead.mjs';

const checkedValue = (page, id) => page.locator(`[data-testid="${id}"]:checked`).first().getAttribute('value');

export async function scenarioAndTierChoicesSaveAndSurviveAReload(t) {
  const { page } = t;
  await t.goto('settings');
  await signIn(page);
  await page.locator('[data-testid="tier-option"]').first().waitFor();
  expect((await checkedValue(page, 'tier-option')) === 'probability', 'the card default (probability bands) is chosen');
  expect((await checkedValue(page, 'scenario-option')) === '', 'the model default scenario is chosen');
  await page.locator('[data-testid="tier-option"][value="decile"]').check();
  await page.locator('ll-settings-tiers .ok').filter({ hasText: /\S/ }).waitFor();
  const scenario = page.locator('[data-testid="scenario-option"]').nth(1);
  const id = await scenario.getAttribute('value');
  await scenario.check();
  await page.locator('ll-settings-scenario .ok').filter({ hasText: /\S/ }).waitFor();
  await page.reload();
  await signIn(page);
  await page.locator('[data-testid="tier-option"]').first().waitFor();
  const tier = await checkedValue(page, 'tier-option');
  const sc = await checkedValue(page, 'scenario-option');
  t.log(`after reload: tier rule ${tier}, scenario ${sc}`);
  expect(tier === 'decile' && sc === id, `saved choices kept: tier ${tier}, scenario ${sc} (want decile, ${id})`);
}
