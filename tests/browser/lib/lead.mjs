// Drives the score form by its test hooks (data-testid + canonical field names) so journeys read as steps.
// Playwright's CSS locators pierce open shadow roots, so these selectors reach into the Lit components.
export const FORM = '[data-testid="lead-form"]';

/** A realistic lead with full-precision floats (as in the training CSV) so parity checks exercise rounding. */
export const SAMPLE_LEAD = {
  CustomerID: 'BROWSER-001',
  Age: '41',
  Gender: 'Female',
  Income: '87321',
  CampaignChannel: 'Email',
  CampaignType: 'Conversion',
  AdSpend: '5123.456789012345',
  ClickThroughRate: '0.1873312345678901',
  ConversionRate: '0.1298765432109876',
  WebsiteVisits: '23',
  PagesPerVisit: '6.123456789012345',
  TimeOnSite: '9.876543210987654',
  SocialShares: '37',
  EmailOpens: '12',
  EmailClicks: '5',
  PreviousPurchases: '4',
  LoyaltyPoints: '2871',
};

/** Sets one field whatever control the form uses for it (input, select, textarea, radio group). */
async function setField(form, name, value) {
  const control = form.locator(`[name="${name}"]`);
  const count = await control.count();
  if (count === 0) throw new Error(`lead form has no control named ${name}`);
  const first = control.first();
  const kind = await first.evaluate((el) => `${el.tagName.toLowerCase()}:${el.getAttribute('type') ?? ''}`);
  if (kind.startsWith('select')) await first.selectOption({ value }).catch(() => first.selectOption({ label: value }));
  else if (kind.endsWith(':radio')) await form.locator(`[name="${name}"][value="${value}"]`).check();
  else await first.fill(value);
}

export async function fillLead(page, lead = SAMPLE_LEAD) {
  const form = page.locator(FORM).first();
  await form.waitFor({ state: 'visible' });
  for (const [name, value] of Object.entries(lead)) await setField(form, name, value);
  return form;
}

/** Submits the form and waits for the result to show this lead's score; returns what the result shows. */
export async function submitAndReadResult(page, { timeoutMs = 60_000 } = {}) {
  await page.locator('[data-testid="score-submit"]').first().click();
  const value = page.locator('[data-testid="score-value"]').first();
  await value.waitFor({ state: 'visible', timeout: timeoutMs });
  const text = async (id) => (await page.locator(`[data-testid="${id}"]`).first().textContent({ timeout: 5000 }))?.trim() ?? '';
  return {
    score: Number(await value.getAttribute('data-score')),
    rawScore: await value.getAttribute('data-score'),
    scoreText: (await value.textContent())?.trim() ?? '',
    decile: await text('score-decile'),
    segment: await text('score-segment'),
    cluster: (await page.locator('[data-testid="score-cluster"]').count()) ? await text('score-cluster') : null,
    modelId: await text('model-id'),
  };
}

/** Throws with a readable message (journeys use it instead of node:assert for clearer runner output). */
export function expect(condition, message) {
  if (!condition) throw new Error(message);
}
