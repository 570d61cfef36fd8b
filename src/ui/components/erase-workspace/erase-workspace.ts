/**
 * "Forgot your password?" on the sign-in screen (#14 defect 5). Nothing can decrypt the workspace without a
 * password, so the only way out is erasing this device's data — which must be deliberate: the panel is
 * collapsed, shows how old the last backup is (or that there is none), and the Erase button only works once
 * the translated confirmation word is typed. The new workspace's audit log then records the erase
 * (storage/backup wipeAll). Fires `ll-auth-refresh` after erasing so the shell shows first-run setup.
 * Test hooks: erase-panel, erase-backup-age (data-days, -1 = never), erase-word, erase-confirm.
 */
import { LitElement, html } from 'lit';
import { fmtDate, t, tn } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { wipeAll } from '../../../storage/backup';
import { daysAgo, getLastBackupAt } from '../../../storage/backup-status';
import { eraseStyles } from './erase-workspace.styles';

export class EraseWorkspace extends LitElement {
  static override styles = eraseStyles;
  static override properties = { lastBackupAt: { state: true }, typed: { state: true }, busy: { state: true } };
  declare lastBackupAt: number | undefined;
  declare typed: string;
  declare busy: boolean;

  constructor() {
    super();
    new LocaleController(this);
    this.lastBackupAt = undefined;
    this.typed = '';
    this.busy = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void getLastBackupAt().then((at) => { this.lastBackupAt = at; }, () => undefined);
  }

  private wordTyped(): boolean {
    return this.typed.trim().toLocaleUpperCase() === t('erase.word').toLocaleUpperCase();
  }

  private async erase(e: Event): Promise<void> {
    e.preventDefault();
    if (!this.wordTyped() || this.busy) return;
    this.busy = true;
    try {
      await wipeAll(undefined, { forgotPassword: true });
    } finally {
      this.busy = false;
    }
    this.dispatchEvent(new CustomEvent('ll-auth-refresh', { bubbles: true, composed: true }));
  }

  private age() {
    const at = this.lastBackupAt;
    if (at === undefined) return html`<p class="warn" data-testid="erase-backup-age" data-days="-1">${t('erase.noBackup')}</p>`;
    const days = daysAgo(at);
    return html`<p data-testid="erase-backup-age" data-days=${String(days)}>${t('erase.lastBackup', { date: fmtDate(at), ago: tn('erase.daysAgo', days) })}</p>`;
  }

  override render() {
    const word = t('erase.word');
    return html`
      <details data-testid="erase-panel">
        <summary>${t('erase.summary')}</summary>
        <p class="hint">${t('erase.intro')}</p>
        ${this.age()}
        <form @submit=${this.erase}>
          <label for="erase-word">${t('erase.typeWord', { word })}</label>
          <input id="erase-word" data-testid="erase-word" autocomplete="off" spellcheck="false" aria-describedby="erase-help"
            .value=${this.typed} @input=${(ev: Event) => { this.typed = (ev.target as HTMLInputElement).value; }} />
          <p id="erase-help" class="hint">${t('erase.help')}</p>
          <button type="submit" class="danger" data-testid="erase-confirm" ?disabled=${!this.wordTyped() || this.busy}>${t('erase.button')}</button>
        </form>
      </details>
    `;
  }
}
customElements.define('ll-erase-workspace', EraseWorkspace);
declare global { interface HTMLElementTagNameMap { 'll-erase-workspace': EraseWorkspace } }
