/** Audit log (admin only): security-relevant events, newest first, with the acting user's (decrypted) email. */
import { LitElement, html } from 'lit';
import { fmtDate, t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { listAudit, type AuditEntry } from '../../../storage/audit-repo';
import { listUsers } from '../../../storage/users-repo';
import { currentSession } from '../../../storage/session';
import { authErrorText } from '../signin/auth-errors';
import { authFormStyles } from '../signin/auth-form.styles';

export class AuditScreen extends LitElement {
  static override styles = authFormStyles;
  static override properties = { entries: { state: true }, emails: { state: true }, error: { state: true }, loaded: { state: true } };
  declare entries: AuditEntry[];
  declare emails: Map<string, string>;
  declare error: string;
  declare loaded: boolean;

  constructor() {
    super();
    new LocaleController(this);
    this.entries = [];
    this.emails = new Map();
    this.error = '';
    this.loaded = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const s = currentSession();
      const [entries, users] = await Promise.all([listAudit(s), listUsers(s)]);
      this.entries = entries;
      this.emails = new Map(users.map((u) => [u.id, u.email]));
    } catch (e) {
      this.error = authErrorText(e);
    }
    this.loaded = true;
  }

  override render() {
    return html`
      <h1>${t('audit.title')}</h1>
      <div aria-live="polite">
        ${!this.loaded ? html`<p>${t('common.loading')}</p>` : ''}
        ${this.error ? html`<p class="error">${this.error}</p>` : ''}
        ${this.loaded && !this.error && this.entries.length === 0 ? html`<p>${t('audit.empty')}</p>` : ''}
      </div>
      ${this.entries.length ? html`<table>
        <thead><tr><th scope="col">${t('audit.when')}</th><th scope="col">${t('audit.event')}</th><th scope="col">${t('audit.user')}</th><th scope="col">${t('audit.detail')}</th></tr></thead>
        <tbody>${this.entries.map((a) => html`<tr data-testid="audit-row" data-type=${a.type}>
          <td>${fmtDate(a.at, { dateStyle: 'medium', timeStyle: 'medium' })}</td>
          <td>${t(`audit.type.${a.type}`)} <code>${a.type}</code></td>
          <td>${a.userId ? (this.emails.get(a.userId) ?? a.userId) : '—'}</td>
          <td>${a.detail ? Object.entries(a.detail).map(([k, v]) => `${k}=${k.endsWith('At') && typeof v === 'number' && v > 0 ? fmtDate(v) : String(v)}`).join(', ') : ''}</td>
        </tr>`)}</tbody>
      </table>` : ''}
    `;
  }
}
customElements.define('ll-audit-screen', AuditScreen);
declare global { interface HTMLElementTagNameMap { 'll-audit-screen': AuditScreen } }
