/**
 * Users (admin only): list with role select, enable/disable, reset password and remove; add a user.
 * Adding a user or resetting a password re-wraps the workspace key, which needs the admin's own password
 * (entered once at the top). All checks also happen in storage/users-repo (requireAdmin).
 */
import { LitElement, html } from 'lit';
import { fmtDate, t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { addUser, listUsers, removeUser, resetPassword, setDisabled, setRole, type UserView } from '../../../storage/users-repo';
import { currentSession, type Role } from '../../../storage/session';
import { authErrorText } from '../signin/auth-errors';
import { authFormStyles } from '../signin/auth-form.styles';
import { checkPassword, isEmail } from '../../../core/crypto/password-policy';

export class UsersScreen extends LitElement {
  static override styles = authFormStyles;
  static override properties = { users: { state: true }, busy: { state: true }, error: { state: true }, status: { state: true } };
  declare users: UserView[];
  declare busy: boolean;
  declare error: string;
  declare status: string;

  constructor() {
    super();
    new LocaleController(this);
    this.users = [];
    this.busy = false;
    this.error = '';
    this.status = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.run(async () => undefined);
  }

  private adminPw(): string {
    return (this.renderRoot.querySelector('#admin-pw') as HTMLInputElement | null)?.value ?? '';
  }

  /** Runs an action with busy state, then reloads the list; errors are shown, not thrown. */
  private async run(action: () => Promise<unknown>, done = ''): Promise<boolean> {
    this.busy = true;
    this.error = '';
    this.status = '';
    let ok = true;
    try {
      await action();
      this.status = done;
    } catch (e) {
      this.error = authErrorText(e);
      ok = false;
    }
    try { this.users = await listUsers(currentSession()); } catch (e) { this.error = authErrorText(e); }
    this.busy = false;
    return ok;
  }

  private async onAdd(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const f = new FormData(form);
    const email = String(f.get('email') ?? '').trim();
    const password = String(f.get('password') ?? '');
    const role = String(f.get('role')) as Role;
    if (!isEmail(email)) { this.error = t('auth.err.email'); return; }
    const problem = checkPassword(password, { email });
    if (problem) { this.error = t(`auth.err.${problem}`); return; }
    if (await this.run(() => addUser(currentSession(), { email, role, password }, this.adminPw()), t('users.done'))) form.reset();
  }

  private async onReset(u: UserView): Promise<void> {
    const pw = window.prompt(t('users.newPassword', { email: u.email }));
    if (!pw) return;
    const problem = checkPassword(pw, { email: u.email });
    if (problem) { this.error = t(`auth.err.${problem}`); return; }
    await this.run(() => resetPassword(currentSession(), u.id, pw, this.adminPw()), t('users.done'));
  }

  private async onRemove(u: UserView): Promise<void> {
    if (!window.confirm(t('users.confirmRemove', { email: u.email }))) return;
    await this.run(() => removeUser(currentSession(), u.id), t('users.done'));
  }

  private renderRow(u: UserView) {
    const me = currentSession()?.userId === u.id;
    return html`<tr data-testid="user-row">
      <td>${u.email} ${me ? t('users.you') : ''}</td>
      <td><select aria-label=${`${t('users.role')}: ${u.email}`} ?disabled=${this.busy} @change=${(e: Event) => void this.run(() => setRole(currentSession(), u.id, (e.target as HTMLSelectElement).value as Role), t('users.done'))}>
        ${(['admin', 'analyst'] as const).map((r) => html`<option value=${r} ?selected=${u.role === r}>${t(`auth.role.${r}`)}</option>`)}
      </select></td>
      <td>${u.disabled ? t('users.disabled') : t('users.active')}</td>
      <td>${fmtDate(u.createdAt)}</td>
      <td class="row-actions">
        <button type="button" class="secondary" ?disabled=${this.busy || me} @click=${() => void this.run(() => setDisabled(currentSession(), u.id, !u.disabled), t('users.done'))}>${u.disabled ? t('users.enable') : t('users.disable')}</button>
        <button type="button" class="secondary" ?disabled=${this.busy} @click=${() => void this.onReset(u)}>${t('users.reset')}</button>
        <button type="button" class="danger" ?disabled=${this.busy || me} @click=${() => void this.onRemove(u)}>${t('users.remove')}</button>
      </td>
    </tr>`;
  }

  override render() {
    return html`
      <h1>${t('users.title')}</h1>
      <p class="hint">${t('users.intro')}</p>
      <p><label>${t('users.adminPassword')}<input id="admin-pw" type="password" autocomplete="current-password" /></label></p>
      <div aria-live="polite" role="status">
        ${this.busy ? html`<p class="busy">${t('auth.busy')}</p>` : ''}
        ${this.error ? html`<p class="error" data-testid="users-error">${this.error}</p>` : ''}
        ${this.status ? html`<p class="ok">${this.status}</p>` : ''}
      </div>
      <table>
        <thead><tr><th scope="col">${t('auth.email')}</th><th scope="col">${t('users.role')}</th><th scope="col">${t('users.status')}</th><th scope="col">${t('audit.when')}</th><th scope="col">${t('users.actions')}</th></tr></thead>
        <tbody>${this.users.map((u) => this.renderRow(u))}</tbody>
      </table>
      <h2>${t('users.add')}</h2>
      <form data-testid="user-add-form" @submit=${this.onAdd} novalidate>
        <label>${t('auth.email')}<input name="email" type="email" autocomplete="off" required /></label>
        <label>${t('users.role')}<select name="role"><option value="analyst">${t('auth.role.analyst')}</option><option value="admin">${t('auth.role.admin')}</option></select></label>
        <label>${t('users.initialPassword')}<input name="password" type="password" autocomplete="new-password" required /></label>
        <p class="hint">${t('auth.setup.rules')}</p>
        <button type="submit" ?disabled=${this.busy}>${t('users.addSubmit')}</button>
      </form>
    `;
  }
}
customElements.define('ll-users-screen', UsersScreen);
declare global { interface HTMLElementTagNameMap { 'll-users-screen': UsersScreen } }
