/**
 * Clients: load demo clients or import a clients CSV (analysts and admins), and a decrypted list (name,
 * email, orders). Deleting a client is admin-only — the button is shown to admins, and the data API
 * (clients-repo.deleteClient → requireAdmin) refuses anyone else regardless.
 * Test hooks: clients-demo, clients-import (file input), client-row.
 */
import { LitElement, html } from 'lit';
import { t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { DataChangeController } from '../../controllers/data-change';
import { deleteClient, listClients, saveClients, type ClientView } from '../../../storage/clients-repo';
import { demoClients } from '../../../storage/clients-repo-demo';
import { parseClientsCsv, type ImportProblem } from '../../../storage/clients-repo-import';
import { logAudit } from '../../../storage/audit-repo';
import { currentSession } from '../../../storage/session';
import { authErrorText } from '../signin/auth-errors';
import { authFormStyles } from '../signin/auth-form.styles';

export class ClientsScreen extends LitElement {
  static override styles = authFormStyles;
  static override properties = { clients: { state: true }, busy: { state: true }, status: { state: true }, error: { state: true }, problems: { state: true } };
  declare clients: ClientView[];
  declare busy: boolean;
  declare status: string;
  declare error: string;
  declare problems: ImportProblem[];

  constructor() {
    super();
    new LocaleController(this);
    new DataChangeController(this, () => void this.reload(), ['clients']); // another tab's edits show here
    this.clients = [];
    this.busy = false;
    this.status = '';
    this.error = '';
    this.problems = [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.reload();
  }

  private async reload(): Promise<void> {
    try { this.clients = await listClients(currentSession()); } catch (e) { this.error = authErrorText(e); }
  }

  private async act(fn: () => Promise<string>): Promise<void> {
    this.busy = true;
    this.error = '';
    this.status = '';
    try { this.status = await fn(); } catch (e) { this.error = authErrorText(e); }
    await this.reload();
    this.busy = false;
  }

  private onDemo(): Promise<void> {
    return this.act(async () => {
      const n = await saveClients(currentSession(), demoClients());
      await logAudit('import', { what: 'demo-clients', rows: n });
      return t('clients.saved', { n });
    });
  }

  private async onImport(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text();
    input.value = '';
    await this.act(async () => {
      const parsed = parseClientsCsv(text);
      this.problems = parsed.problems;
      const n = parsed.clients.length ? await saveClients(currentSession(), parsed.clients) : 0;
      await logAudit('import', { what: 'clients-csv', rows: n, invalid: parsed.problems.length });
      return t('clients.saved', { n });
    });
  }

  private onDelete(c: ClientView): Promise<void> | undefined {
    if (!window.confirm(t('clients.confirmDelete', { name: c.name }))) return undefined;
    return this.act(async () => { await deleteClient(currentSession(), c.id); return t('users.done'); });
  }

  override render() {
    const admin = currentSession()?.role === 'admin';
    return html`
      <h1>${t('nav.clients')}</h1>
      <p class="hint">${t('clients.intro')}</p>
      <div class="row-actions">
        <button type="button" data-testid="clients-demo" ?disabled=${this.busy} @click=${() => void this.onDemo()}>${t('clients.demo')}</button>
        <label>${t('clients.import')}<input type="file" accept=".csv,text/csv" data-testid="clients-import" ?disabled=${this.busy} @change=${this.onImport} /></label>
      </div>
      <div aria-live="polite" role="status" data-testid="clients-status">
        ${this.busy ? html`<p class="busy">${t('common.loading')}</p>` : ''}
        ${this.error ? html`<p class="error">${this.error}</p>` : ''}
        ${this.status ? html`<p class="ok">${this.status}</p>` : ''}
        ${this.problems.length ? html`<ul>${this.problems.slice(0, 50).map((p) => html`<li class="error">${t('clients.problem', { row: p.row, column: p.column, value: p.value, message: t(`clients.problem.${p.message}`) })}</li>`)}</ul>` : ''}
      </div>
      ${this.clients.length === 0 ? html`<p>${t('clients.empty')}</p>` : html`
        <p>${t('clients.count', { n: this.clients.length })}</p>
        <table>
          <thead><tr><th scope="col">${t('clients.name')}</th><th scope="col">${t('clients.email')}</th><th scope="col">${t('clients.orders')}</th><th scope="col">${t('clients.segment')}</th>${admin ? html`<th scope="col">${t('users.actions')}</th>` : ''}</tr></thead>
          <tbody>${this.clients.map((c) => html`<tr data-testid="client-row">
            <td>${c.name}</td><td>${c.email}</td><td>${c.orders.length}</td><td>${c.segment}</td>
            ${admin ? html`<td><button type="button" class="danger" aria-label=${t('clients.deleteLabel', { name: c.name })} ?disabled=${this.busy} @click=${() => void this.onDelete(c)}>${t('clients.delete')}</button></td>` : ''}
          </tr>`)}</tbody>
        </table>`}
    `;
  }
}
customElements.define('ll-clients-screen', ClientsScreen);
declare global { interface HTMLElementTagNameMap { 'll-clients-screen': ClientsScreen } }
