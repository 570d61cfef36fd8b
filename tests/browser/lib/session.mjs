// Gets a journey past the accounts feature: on first run the app asks to create an admin, later to sign in.
// Every journey calls signIn(page) after opening the app; when neither form is shown it does nothing.
// It waits on <ll-app data-auth="loading|setup|signin|signed-in"> (set by the shell once a state is rendered),
// never on a fixed time. A caller that has just signed out should first wait for data-auth="signin".
export const ADMIN = { email: 'admin@example.com', password: 'correct horse battery staple 42' };

const FORM = { setup: '[data-testid="setup-form"]', signin: '[data-testid="signin-form"]' };
const SETTLED = 'll-app[data-auth]:not([data-auth="loading"])';

/** Waits until the shell shows the setup form, the sign-in form or the app, and returns which. */
async function settle(page, timeoutMs) {
  const shell = page.locator(SETTLED).first();
  const ok = await shell.waitFor({ state: 'attached', timeout: timeoutMs }).then(() => true, () => false);
  if (!ok) return 'unknown';
  const state = await shell.getAttribute('data-auth').catch(() => null);
  if (state === 'signed-in') return 'app';
  return state === 'setup' || state === 'signin' ? state : settle(page, timeoutMs); // changed meanwhile: look again
}

/** Resolves when the shell no longer shows `state` (e.g. setup turned into sign-in after a restore). */
function stateLeft(page, state, timeoutMs) {
  return page.waitForFunction((s) => document.querySelector('ll-app')?.dataset.auth !== s, state, { timeout: timeoutMs });
}

async function submitForm(page, state, timeoutMs) {
  const form = page.locator(`ll-app[data-auth="${state}"] ${FORM[state]}`).first();
  await form.locator('[name="email"]').fill(ADMIN.email, { timeout: timeoutMs });
  await form.locator('[name="password"]').fill(ADMIN.password, { timeout: timeoutMs });
  if (state === 'setup') await form.locator('[name="password2"]').fill(ADMIN.password, { timeout: timeoutMs });
  await form.locator(`[data-testid="${state}-submit"]`).click({ timeout: timeoutMs });
}

export async function signIn(page, { timeoutMs = 20_000 } = {}) {
  for (let step = 0; step < 4; step++) {
    const state = await settle(page, timeoutMs);
    if (state === 'app' || state === 'unknown') return state;
    // If the shell moves to another state while the form is being filled, the fill is abandoned: settle again.
    const left = stateLeft(page, state, timeoutMs);
    const filled = submitForm(page, state, timeoutMs);
    for (const p of [left, filled]) p.catch(() => undefined); // the loser's later failure is not unhandled
    await Promise.race([filled, left]);
    await left;
  }
  return 'app';
}
