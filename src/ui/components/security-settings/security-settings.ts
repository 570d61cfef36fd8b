/**
 * Settings section "Security and backup" (#4): idle minutes before auto-lock, "encrypt Customer IDs",
 * encrypted workspace backup (export / restore) and wipe. Admin-only actions are refused by the data API
 * for analysts; an analyst sees them disabled (components/role-gate), the reason linked for screen readers.
 * Test hooks: backup-export, backup-restore (file input), wipe-all.
 */
import { LitElement, html, nothing } from 'lit';
import { t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { DataChangeController } from '../../controllers/data-change';
import { currentSession } from '../../../storage/session';
import { getEncryptCustomerIds, getIdleMinutes, setEncryptCustomerIds, setIdleMinutes } from '../../../storage/auth-settings';
import { restoreWorkspace, wipeAll } from '../../../storage/backup';
import { downloadBackup } from '../backup-now/download-backup';
import { authErrorText } from '../../screens/signin/auth-errors';
import { securitySettingsStyles } from './security-settings.styles';
import '../role-gate/role-gate';

export class SecuritySettings extends LitElement {
  static override styles = securitySettingsStyles;
  static override properties = { idle: { state: true }, encIds: { state: true }, busy: { state: true }, status: { state: true }, error: { state: true } };
  declare idle: number;
  declare encIds: boolean;
  declare busy: boolean;
  declare status: string;
  declare error: string;

  constructor() {
    super();
    new LocaleController(this);
    new DataChangeController(this, () => this.loadSettings(), ['settings']);
    this.idle = 15;
    this.encIds = true;
    this.busy = false;
    this.status = '';
    this.error = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.loadSettings();
  }

  private loadSettings(): void {
    void Promise.all([getIdleMinutes(), getEncryptCustomerIds()]).then(([i, e]) => { this.idle = i; this.encIds = e; });
  }

  private field(id: string): string {
    return (this.renderRoot.querySelector(`#${id}`) as HTMLInputElement | null)?.value ?? '';
  }

  private async act(fn: () => Promise<string>): Promise<void> {
    this.busy = true;
    this.status = '';
    this.error = '';
    try { this.status = await fn(); } catch (e) {
      const name = (e as Error).name;
      this.error = name === 'WrongPasswordError' || name === 'NotABackupError' || name === 'BackupFormatError' ? t('security.wrongBackupPassword') : authErrorText(e);
    }
    this.busy = false;
  }

  private save(): Promise<void> {
    return this.act(async () => {
      const s = currentSession();
      await setIdleMinutes(s, Number(this.field('idle')));
      await setEncryptCustomerIds(s, (this.renderRoot.querySelector('#enc-ids') as HTMLInputElement).checked);
      return t('security.saved');
    });
  }

  private exportBackup(): Promise<void> {
    return this.act(async () => t('security.exported', { file: await downloadBackup(this.field('bk-pw'), this.field('bk-pw2')) }));
  }

  private async restore(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file || !window.confirm(t('security.confirmRestore'))) return;
    await this.act(async () => {
      const { rows } = await restoreWorkspace(currentSession(), new Uint8Array(await file.arrayBuffer()), this.field('bk-pw'));
      return t('security.restored', { n: rows }); // restore signs out; the shell shows sign-in
    });
  }

  private async wipe(): Promise<void> {
    if (!window.confirm(t('security.confirmWipe'))) return;
    await this.act(async () => { await wipeAll(currentSession()); this.dispatchEvent(new CustomEvent('ll-auth-refresh', { bubbles: true, composed: true })); return ''; });
  }

  /** An analyst's view of an admin-only action (#13): focusable, inert, the reason on hover and focus and read out. */
  private gated(label: string, testid: string) {
    return html`<ll-gated-button testid=${`${testid}-gated`} .label=${label} .reason=${t('role.adminOnlyReason')}></ll-gated-button>`;
  }

  override render() {
    const admin = currentSession()?.role === 'admin';
    const why = admin ? nothing : 'sec-why'; // disabled fields name the reason to screen readers too
    return html`
      <section aria-labelledby="sec-h">
        <h2 id="sec-h">${t('security.title')}</h2>
        ${admin ? '' : html`<p class="hint" id="sec-why" data-testid="security-admin-only">${t('security.adminOnly')}</p>`}
        <div class="grid">
          <label>${t('security.idle')}<input id="idle" type="number" min="1" max="240" .value=${String(this.idle)} ?disabled=${!admin} aria-describedby=${why} /></label>
          <label class="inline"><input id="enc-ids" type="checkbox" .checked=${this.encIds} ?disabled=${!admin} aria-describedby=${why} />${t('security.encryptIds')}</label>
          ${admin ? html`<button type="button" ?disabled=${this.busy} @click=${() => void this.save()}>${t('security.save')}</button>` : this.gated(t('security.save'), 'security-save')}
        </div>
        <h3>${t('security.export')}</h3>
        ${admin ? html`<div class="grid">
          <label>${t('security.backupPassword')}<input id="bk-pw" type="password" autocomplete="new-password" data-testid="backup-password" /></label>
          <label>${t('security.backupPassword2')}<input id="bk-pw2" type="password" autocomplete="new-password" data-testid="backup-password2" /></label>
          <button type="button" data-testid="backup-export" ?disabled=${this.busy} @click=${() => void this.exportBackup()}>${t('security.export')}</button>
        </div>
        <div class="grid">
          <label>${t('security.restore')}<input type="file" accept=".leadlens" data-testid="backup-restore" ?disabled=${this.busy} @change=${this.restore} /></label>
        </div>` : html`<div class="grid">${this.gated(t('security.export'), 'backup-export')}${this.gated(t('security.restore'), 'backup-restore')}</div>`}
        <h3>${t('security.wipe')}</h3>
        <p class="hint">${t('security.wipeIntro')}</p>
        ${admin ? html`<button type="button" class="danger" data-testid="wipe-all" ?disabled=${this.busy} @click=${() => void this.wipe()}>${t('security.wipe')}</button>` : this.gated(t('security.wipe'), 'wipe-all')}
        <div aria-live="polite" role="status" data-testid="security-status">
          ${this.busy ? html`<p>${t('auth.busy')}</p>` : ''}
          ${this.status ? html`<p class="ok">${this.status}</p>` : ''}
          ${this.error ? html`<p class="error">${this.error}</p>` : ''}
        </div>
      </section>
    `;
  }
}
customElements.define('ll-security-settings', SecuritySettings);
declare global { interface HTMLElementTagNameMap { 'll-security-settings': SecuritySettings } }
