/**
 * "Back up now" (#14 "Backups"), shown as the first dashboard tile and the first Settings section: the last
 * backup's date, a reminder when work older than N days is in no backup, and an inline form that writes the
 * encrypted backup file. After that user action it asks the browser to keep the site's data
 * (navigator.storage.persist()) and says what the browser answered — while always saying that data kept only
 * in a browser is not safe by itself. Admins back up; analysts see the status and whom to ask.
 * As <ll-backup-settings> (Settings screen) it also offers the reminder period (days, 0 = off).
 * Test hooks: backup-now, backup-now-last (data-last-at), backup-now-reminder, backup-now-password(2),
 * backup-now-button, backup-now-persist (data-persisted), backup-reminder-days, backup-reminder-save.
 */
import { LitElement, html } from 'lit';
import { fmtDate, t, tn } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { currentSession } from '../../../storage/session';
import { backupStatus, daysAgo, setReminderDays, type BackupStatus } from '../../../storage/backup-status';
import { requestPersistence } from '../../../pwa/storage';
import { authErrorText } from '../../screens/signin/auth-errors';
import { DataChangeController } from '../../controllers/data-change';
import { downloadBackup } from './download-backup';
import { backupNowStyles } from './backup-now.styles';

export class BackupNow extends LitElement {
  static override styles = backupNowStyles;
  static override properties = {
    settings: { type: Boolean }, status: { state: true }, busy: { state: true }, done: { state: true }, error: { state: true }, persisted: { state: true },
  };
  /** Also show the reminder-period setting (Settings screen). */
  declare settings: boolean;
  declare status: BackupStatus | undefined;
  declare busy: boolean;
  declare done: string;
  declare error: string;
  declare persisted: boolean | undefined;

  constructor() {
    super();
    new LocaleController(this);
    new DataChangeController(this, () => void this.load());
    this.settings = false;
    this.status = undefined;
    this.busy = false;
    this.done = '';
    this.error = '';
    this.persisted = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    this.status = await backupStatus().catch(() => undefined);
  }

  private field(id: string): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>(`#${id}`);
  }

  private async backUp(e: Event): Promise<void> {
    e.preventDefault();
    this.busy = true;
    this.error = '';
    this.done = '';
    try {
      const file = await downloadBackup(this.field('bn-pw')?.value ?? '', this.field('bn-pw2')?.value ?? '');
      this.done = t('backup.done', { file });
      this.persisted = await requestPersistence(); // after a user action, as browsers require
      await this.load();
    } catch (err) {
      this.error = authErrorText(err);
    }
    this.busy = false;
  }

  private async saveDays(): Promise<void> {
    this.error = '';
    try {
      await setReminderDays(currentSession(), Number(this.field('bn-days')?.value));
      this.done = t('backup.daysSaved');
      await this.load();
    } catch (err) {
      this.error = err instanceof RangeError ? t('backup.daysRange') : authErrorText(err);
    }
  }

  private renderStatus(s: BackupStatus) {
    const last = s.lastBackupAt === undefined
      ? html`<p class="warn" data-testid="backup-now-last" data-last-at="0">${t('backup.never')}</p>`
      : html`<p data-testid="backup-now-last" data-last-at=${String(s.lastBackupAt)}>${t('backup.last', { date: fmtDate(s.lastBackupAt), ago: tn('erase.daysAgo', daysAgo(s.lastBackupAt)) })}</p>`;
    const admin = currentSession()?.role === 'admin';
    const remind = admin && s.due && s.unsavedSince !== undefined
      ? html`<p class="reminder" role="alert" data-testid="backup-now-reminder">${t('backup.reminder', { date: fmtDate(s.unsavedSince, { dateStyle: 'medium' }), days: s.reminderDays })}</p>` : '';
    return html`${last}${remind}`;
  }

  private renderForm() {
    if (currentSession()?.role !== 'admin') return html`<p class="hint">${t('backup.askAdmin')}</p>`;
    return html`
      <form @submit=${this.backUp}>
        <label for="bn-pw">${t('security.backupPassword')}</label>
        <input id="bn-pw" type="password" autocomplete="new-password" data-testid="backup-now-password" />
        <label for="bn-pw2">${t('security.backupPassword2')}</label>
        <input id="bn-pw2" type="password" autocomplete="new-password" data-testid="backup-now-password2" />
        <button type="submit" class="primary" data-testid="backup-now-button" ?disabled=${this.busy}>${t('backup.now')}</button>
      </form>
      ${this.settings ? html`<div class="days">
        <label for="bn-days">${t('backup.days')}</label>
        <input id="bn-days" type="number" min="0" max="365" inputmode="numeric" data-testid="backup-reminder-days" .value=${String(this.status?.reminderDays ?? 7)} />
        <button type="button" class="secondary" data-testid="backup-reminder-save" @click=${() => void this.saveDays()}>${t('security.save')}</button>
      </div>` : ''}`;
  }

  override render() {
    return html`
      <section data-testid="backup-now" aria-labelledby="bn-h">
        <h2 id="bn-h">${t('backup.title')}</h2>
        <p class="hint">${t('backup.notSafe')}</p>
        ${this.status ? this.renderStatus(this.status) : html`<p>${t('common.loading')}</p>`}
        ${this.renderForm()}
        <div aria-live="polite" role="status">
          ${this.busy ? html`<p>${t('auth.busy')}</p>` : ''}
          ${this.done ? html`<p class="ok">${this.done}</p>` : ''}
          ${this.persisted === undefined ? '' : html`<p data-testid="backup-now-persist" data-persisted=${String(this.persisted)}>${t(this.persisted ? 'backup.persisted' : 'backup.notPersisted')}</p>`}
          ${this.error ? html`<p class="error">${this.error}</p>` : ''}
        </div>
      </section>
    `;
  }
}
customElements.define('ll-backup-now', BackupNow);

/** The Settings screen's variant: the same card plus the reminder period. */
export class BackupSettings extends BackupNow {
  constructor() {
    super();
    this.settings = true;
  }
}
customElements.define('ll-backup-settings', BackupSettings);
declare global { interface HTMLElementTagNameMap { 'll-backup-now': BackupNow; 'll-backup-settings': BackupSettings } }
