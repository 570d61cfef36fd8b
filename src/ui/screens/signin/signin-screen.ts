/**
 * Sign-in: email + password, verified by unwrapping the user's key (storage/auth). Failed attempts show
 * a growing wait (persisted back-off) with a live countdown; the submit button stays disabled meanwhile.
 * "Forgot password" can only erase this device's data (nothing can decrypt it without a password): a
 * deliberate, collapsed panel with a typed confirmation word and the last backup's age (ll-erase-workspace).
 * Test hooks: signin-form, signin-submit, signin-error, signin-backoff (data-backoff-ms = the last wait).
 */
import { LitElement, html } from 'lit';
import { t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { isEmail } from '../../../core/crypto/password-policy';
import { BackoffError, SignInError, backoffRemaining, signIn } from '../../../storage/auth';
import { authErrorText } from './auth-errors';
import { authFormStyles } from './auth-form.styles';
import '../../components/erase-workspace/erase-workspace';

export class SigninScreen extends LitElement {
  static override styles = authFormStyles;
  static override properties = { busy: { state: true }, error: { state: true }, waitMs: { state: true }, lastWait: { state: true }, notice: { type: String } };
  declare busy: boolean;
  declare error: string;
  declare waitMs: number;
  declare lastWait: number;
  declare notice: string;
  private until = 0;
  private timer?: ReturnType<typeof setInterval>;

  constructor() {
    super();
    new LocaleController(this);
    this.busy = false;
    this.error = '';
    this.waitMs = 0;
    this.lastWait = 0;
    this.notice = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void backoffRemaining().then((ms) => { if (ms > 0) this.startWait(ms); });
  }

  override disconnectedCallback(): void {
    clearInterval(this.timer);
    super.disconnectedCallback();
  }

  private startWait(ms: number): void {
    this.lastWait = ms;
    this.until = Date.now() + ms;
    this.waitMs = ms;
    clearInterval(this.timer);
    this.timer = setInterval(() => {
      this.waitMs = Math.max(0, this.until - Date.now());
      if (this.waitMs === 0) clearInterval(this.timer);
    }, 250);
  }

  private async onSubmit(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const f = new FormData(e.target as HTMLFormElement);
    const email = String(f.get('email') ?? '').trim();
    const pw = String(f.get('password') ?? '');
    if (!isEmail(email)) { this.error = t('auth.err.email'); return; }
    if (!pw) { this.error = t('auth.err.required'); return; }
    this.busy = true;
    this.error = '';
    try {
      await signIn(email, pw); // the shell swaps to the app on success
    } catch (err) {
      if (err instanceof BackoffError) this.startWait(err.waitMs);
      else if (err instanceof SignInError) {
        this.error = t(err.code === 'disabled' ? 'auth.signin.disabled' : 'auth.signin.invalid');
        if (err.waitMs > 0) this.startWait(err.waitMs);
      } else this.error = authErrorText(err);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const waiting = this.waitMs > 0;
    return html`
      <div class="card">
        <h1>${t('auth.signin.title')}</h1>
        ${this.notice ? html`<p class="hint" role="status">${this.notice}</p>` : ''}
        <p class="hint">${t('auth.signin.intro')}</p>
        <form data-testid="signin-form" @submit=${this.onSubmit} novalidate>
          <label>${t('auth.email')}<input name="email" type="email" autocomplete="username" required /></label>
          <label>${t('auth.password')}<input name="password" type="password" autocomplete="current-password" required /></label>
          <button type="submit" data-testid="signin-submit" ?disabled=${this.busy || waiting}>${t('auth.signin.submit')}</button>
        </form>
        <div aria-live="polite" role="status">
          ${this.busy ? html`<p class="busy">${t('auth.busy')}</p>` : ''}
          ${this.error ? html`<p class="error" data-testid="signin-error">${this.error}</p>` : ''}
          ${waiting ? html`<p class="error" data-testid="signin-backoff" data-backoff-ms=${String(this.lastWait)}>${t('auth.signin.wait', { s: Math.ceil(this.waitMs / 1000) })}</p>` : ''}
        </div>
        <ll-erase-workspace></ll-erase-workspace>
      </div>
    `;
  }
}
customElements.define('ll-signin-screen', SigninScreen);
declare global { interface HTMLElementTagNameMap { 'll-signin-screen': SigninScreen } }
