/**
 * First run: create the administrator (email, password, confirmation; password policy explained and checked
 * before the slow key derivation), or restore a workspace from an encrypted backup instead.
 * Test hooks: setup-form, setup-submit, setup-restore.
 */
import { LitElement, html } from 'lit';
import { t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { checkPassword, isEmail } from '../../../core/crypto/password-policy';
import { setupAdmin } from '../../../storage/users-repo';
import { restoreWorkspace } from '../../../storage/backup';
import { authErrorText } from '../signin/auth-errors';
import { authFormStyles } from '../signin/auth-form.styles';

export class SetupScreen extends LitElement {
  static override styles = authFormStyles;
  static override properties = { busy: { state: true }, error: { state: true }, status: { state: true } };
  declare busy: boolean;
  declare error: string;
  declare status: string;

  constructor() {
    super();
    new LocaleController(this);
    this.busy = false;
    this.error = '';
    this.status = '';
  }

  private async onSubmit(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const f = new FormData(e.target as HTMLFormElement);
    const email = String(f.get('email') ?? '').trim();
    const pw = String(f.get('password') ?? '');
    const pw2 = String(f.get('password2') ?? '');
    if (!isEmail(email)) { this.error = t('auth.err.email'); return; }
    const problem = checkPassword(pw, { email, confirm: pw2 });
    if (problem) { this.error = t(`auth.err.${problem}`); return; }
    this.error = '';
    this.busy = true;
    try {
      await setupAdmin(email, pw, pw2); // signs in: the shell swaps to the app
    } catch (err) {
      this.error = authErrorText(err);
    } finally {
      this.busy = false;
    }
  }

  private async onRestore(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    const pw = (this.renderRoot.querySelector('#restore-pw') as HTMLInputElement).value;
    if (!file) return;
    this.busy = true;
    this.error = '';
    try {
      const { rows } = await restoreWorkspace(undefined, new Uint8Array(await file.arrayBuffer()), pw);
      this.status = t('security.restored', { n: rows });
      this.dispatchEvent(new CustomEvent('ll-auth-refresh', { bubbles: true, composed: true }));
    } catch (err) {
      const name = (err as Error).name;
      this.error = name === 'WrongPasswordError' || name === 'NotABackupError' || name === 'BackupFormatError' ? t('security.wrongBackupPassword') : authErrorText(err);
    } finally {
      this.busy = false;
      input.value = '';
    }
  }

  override render() {
    return html`
      <div class="card">
        <h1>${t('auth.setup.title')}</h1>
        <p class="hint">${t('auth.setup.intro')}</p>
        <form data-testid="setup-form" @submit=${this.onSubmit} novalidate aria-describedby="setup-rules">
          <label>${t('auth.email')}<input name="email" type="email" autocomplete="username" required /></label>
          <label>${t('auth.password')}<input name="password" type="password" autocomplete="new-password" required minlength="12" /></label>
          <label>${t('auth.password2')}<input name="password2" type="password" autocomplete="new-password" required /></label>
          <p class="hint" id="setup-rules">${t('auth.setup.rules')}</p>
          <button type="submit" data-testid="setup-submit" ?disabled=${this.busy}>${t('auth.setup.submit')}</button>
        </form>
        <div aria-live="polite" role="status">
          ${this.busy ? html`<p class="busy">${t('auth.busy')}</p>` : ''}
          ${this.error ? html`<p class="error" data-testid="setup-error">${this.error}</p>` : ''}
          ${this.status ? html`<p class="ok">${this.status}</p>` : ''}
        </div>
        <h2>${t('auth.setup.restoreTitle')}</h2>
        <p class="hint">${t('auth.setup.restoreIntro')}</p>
        <label>${t('security.backupPassword')}<input id="restore-pw" type="password" autocomplete="off" data-testid="setup-restore-password" /></label>
        <label>${t('security.restore')}<input type="file" accept=".leadlens" data-testid="setup-restore" @change=${this.onRestore} ?disabled=${this.busy} /></label>
      </div>
    `;
  }
}
customElements.define('ll-setup-screen', SetupScreen);
declare global { interface HTMLElementTagNameMap { 'll-setup-screen': SetupScreen } }
