/**
 * Audit log (admin only): security-relevant events, newest first, in words (#13): readable event names in the
 * user's language, people by email, details as sentences, repeated unlocks of one person collapsed into one line;
 * filters by event, person and date, and a CSV export of what is shown.
 */
import { LitElement, css, html } from 'lit';
import { fmtDate, getLocale, t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { listAudit, type AuditEntry } from '../../../storage/audit-repo';
import { listUsers } from '../../../storage/users-repo';
import { currentSession } from '../../../storage/session';
import { collapseUnlocks, filterAudit, type AuditFilter } from '../../../core/audit/audit-view';
import { authErrorText } from '../signin/auth-errors';
import { authFormStyles } from '../signin/auth-form.styles';
import { defaultExportDelimiter, download } from '../../components/batch-ui/card-info';
import { auditCsv, detailText, eventName, lineEvent, personName } from './audit-format';

const DAY = 86_400_000;
/** Local midnight of an <input type=date> value (undefined when empty). */
const dayStart = (v: string): number | undefined => (v ? new Date(`${v}T00:00:00`).getTime() : undefined);

export class AuditScreen extends LitElement {
  static override styles = [authFormStyles, css`
    .filters { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: flex-end; margin: 0.5rem 0 1rem; }
    .filters label { min-width: 10rem; }
    .count { color: var(--ll-3d4a57, #3d4a57); }
  `];
  static override properties = { entries: { state: true }, emails: { state: true }, error: { state: true }, loaded: { state: true }, filter: { state: true } };
  declare entries: AuditEntry[];
  declare emails: Map<string, string>;
  declare error: string;
  declare loaded: boolean;
  declare filter: { type: string; userId: string; from: string; to: string };

  constructor() {
    super();
    new LocaleController(this);
    this.entries = [];
    this.emails = new Map();
    this.error = '';
    this.loaded = false;
    this.filter = { type: '', userId: '', from: '', to: '' };
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

  private lines() {
    const f = this.filter;
    const to = dayStart(f.to);
    const q: AuditFilter = { type: f.type || undefined, userId: f.userId || undefined, from: dayStart(f.from), to: to === undefined ? undefined : to + DAY };
    return collapseUnlocks(filterAudit(this.entries, q));
  }

  private set(k: keyof AuditScreen['filter'], e: Event): void {
    this.filter = { ...this.filter, [k]: (e.target as HTMLInputElement | HTMLSelectElement).value };
  }

  private filters() {
    const types = [...new Set(this.entries.map((e) => e.type))].sort((a, b) => eventName(a).localeCompare(eventName(b)));
    const people = [...new Set(this.entries.map((e) => e.userId).filter((u): u is string => !!u))];
    return html`<div class="filters" role="group" aria-label=${t('audit.filters')}>
      <label>${t('audit.event')}<select data-testid="audit-filter-type" @change=${(e: Event) => this.set('type', e)}>
        <option value="">${t('audit.all')}</option>${types.map((x) => html`<option value=${x} ?selected=${this.filter.type === x}>${eventName(x)}</option>`)}</select></label>
      <label>${t('audit.user')}<select data-testid="audit-filter-user" @change=${(e: Event) => this.set('userId', e)}>
        <option value="">${t('audit.all')}</option>${people.map((u) => html`<option value=${u} ?selected=${this.filter.userId === u}>${personName(u, this.emails)}</option>`)}</select></label>
      <label>${t('audit.from')}<input type="date" data-testid="audit-filter-from" .value=${this.filter.from} @change=${(e: Event) => this.set('from', e)} /></label>
      <label>${t('audit.to')}<input type="date" data-testid="audit-filter-to" .value=${this.filter.to} @change=${(e: Event) => this.set('to', e)} /></label>
    </div>`;
  }

  private exportCsv(): void {
    const csv = auditCsv(this.lines(), this.emails, defaultExportDelimiter(getLocale()));
    download(new Blob([csv], { type: 'text/csv' }), `leadlens-audit-${new Date().toISOString().slice(0, 10)}.csv`);
  }

  override render() {
    const lines = this.lines();
    return html`
      <h1>${t('audit.title')}</h1>
      <div aria-live="polite">
        ${!this.loaded ? html`<p>${t('common.loading')}</p>` : ''}
        ${this.error ? html`<p class="error">${this.error}</p>` : ''}
        ${this.loaded && !this.error && this.entries.length === 0 ? html`<p>${t('audit.empty')}</p>` : ''}
      </div>
      ${this.entries.length ? html`${this.filters()}
      <p class="count" role="status" data-testid="audit-count" data-lines=${lines.length}>${t('audit.shown', { n: lines.length })}
        <button type="button" class="secondary" data-testid="audit-export" @click=${() => this.exportCsv()}>${t('audit.export')}</button></p>
      <table>
        <thead><tr><th scope="col">${t('audit.when')}</th><th scope="col">${t('audit.event')}</th><th scope="col">${t('audit.user')}</th><th scope="col">${t('audit.detail')}</th></tr></thead>
        <tbody>${lines.map((l) => html`<tr data-testid="audit-row" data-type=${l.entry.type} data-count=${l.count}>
          <td>${fmtDate(l.entry.at, { dateStyle: 'medium', timeStyle: 'medium' })}</td>
          <td>${lineEvent(l)}</td>
          <td>${personName(l.entry.userId, this.emails)}</td>
          <td>${detailText(l.entry, this.emails)}</td>
        </tr>`)}</tbody>
      </table>` : ''}
    `;
  }
}
customElements.define('ll-audit-screen', AuditScreen);
declare global { interface HTMLElementTagNameMap { 'll-audit-screen': AuditScreen } }
