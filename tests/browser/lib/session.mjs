// Gets a journey past the accounts feature: on first run the app asks to create an admin, later to sign in.
// Every journey calls signIn(page) after opening the app; when neither form is shown it does nothing.
export const ADMIN = { email: 'admin@example.com', password: 'correct horse battery staple 42' };

const SETUP = '[data-testid="setup-form"]';
const SIGNIN = '[data-testid="signin-form"]';
/** Anything that proves the app itself (not an auth gate) is showing. */
const APP_READY = 'll-app nav a';

async function visible(page, selector) {
  return page.locator(selector).first().isVisible().catch(() => false);
}

/** Waits until the page shows the setup form, the sign-in form or the app, and returns which. */
async function settle(page, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await visible(page, SETUP)) return 'setup';
    if (await visible(page, SIGNIN)) return 'signin';
    if (await visible(page, APP_READY)) {
      // The auth gate may decide a moment after the shell rendered (it reads IndexedDB): look once more.
      await page.waitForTimeout(300);
      if (await visible(page, SETUP)) return 'setup';
      if (await visible(page, SIGNIN)) return 'signin';
      return 'app';
    }
    await page.waitForTimeout(100);
  }
  return 'unknown';
}

export async function signIn(page, { timeoutMs = 20_000 } = {}) {
  for (let step = 0; step < 3; step++) {
    const state = await settle(page, timeoutMs);
    if (state === 'app' || state === 'unknown') return state;
    const form = page.locator(state === 'setup' ? SETUP : SIGNIN).first();
    await form.locator('[name="email"]').fill(ADMIN.email);
    await form.locator('[name="password"]').fill(ADMIN.password);
    if (state === 'setup') await form.locator('[name="password2"]').fill(ADMIN.password);
    await form.locator(`[data-testid="${state}-submit"]`).click();
    await form.waitFor({ state: 'detached', timeout: timeoutMs }).catch(() => form.waitFor({ state: 'hidden', timeout: 1000 }));
  }
  return 'app';
}
