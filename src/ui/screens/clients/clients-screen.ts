/**
 * Clients (issue #10): the list analysts open every morning. A virtualised table of every client, filtered,
 * searched and sorted in the customers worker (search decrypts names, emails and IDs there, in memory
 * only); the active filters live in the URL (bookmarkable); the filtered list exports to CSV. Add client,
 * Load demo data, Import and Run forecasts (with progress) are on the same screen.
 * Test hooks: clients-demo, cust-totals, clients-matching (data-matching, data-ms, data-rows-ms: query until its
 * first rows are rendered), client-row, clients-export.
 */
import { LitElement, html, css } from 'lit';
import { t, fmtNumber, getLocale } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { DataChangeController } from '../../controllers/data-change';
import { engineErrorText } from '../../i18n/engine-errors';
import { customerTotals, loadCustomerDemo } from '../../../bridge/customers-bridge';
import { clientListProgress, clientListRows, clientsChanged, exportClientList, LIST_TABLES, queryClientList } from '../../../bridge/client-list-bridge';
import { AbortError } from '../../../bridge/worker-bridge';
import type { ClientListInfo } from '../../../bridge/client-list-contract';
import type { CustomerTotals } from '../../../bridge/customers-contract';
import type { ForecastSummary } from '../../../bridge/customers-forecast-contract';
import { defaultDir, paramsToQuery, queryToParams, SEGMENTS, type ClientQuery, type SortKey } from '../../../core/customers/client-query';
import { latestForecastSummary } from '../../../storage/customers/client-pages';
import { finishNameSplit } from '../../../storage/clients-repo';
import { logAudit } from '../../../storage/audit-repo';
import { currentSession } from '../../../storage/session';
import { href } from '../../routes';
import { defaultExportDelimiter, download } from '../../components/batch-ui/card-info';
import { JobController } from '../../components/customers-progress/job-controller';
import { clientFilters } from './client-filters';
import { PurchaseThresholdController } from '../../controllers/purchase-threshold';
import { clientsStyles } from './clients.styles';
import '../../components/customers-import/customers-import';
import '../../components/customers-forecast/customers-forecast';
import '../../components/clients-table/clients-table';

export class ClientsScreen extends LitElement {
  static override styles = [clientsStyles, css`.light { background: var(--ll-ffffff, #fff); color: var(--ll-1d2733, #1d2733); border-radius: 8px; padding: 0.25rem 0.75rem; margin: 0.75rem 0; }`];
  static override properties = {
    totals: { state: true }, summary: { state: true }, info: { state: true }, query: { state: true }, version: { state: true },
    status: { state: true }, error: { state: true }, ms: { state: true }, rowsMs: { state: true },
  };
  declare totals: CustomerTotals | undefined;
  declare summary: ForecastSummary | undefined;
  declare info: ClientListInfo | undefined;
  declare query: ClientQuery;
  declare version: number;
  declare status: string;
  declare error: string;
  declare ms: number;
  declare rowsMs: number;
  private queryStart = 0;
  private readonly job = new JobController(this);
  private readonly threshold = new PurchaseThresholdController(this);
  private seq = 0;
  private textTimer?: ReturnType<typeof setTimeout>;
  private pollTimer?: ReturnType<typeof setTimeout>;

  constructor() {
    super();
    new LocaleController(this);
    new DataChangeController(this, () => void this.refresh(), LIST_TABLES); // this tab's and other tabs' edits
    this.totals = undefined;
    this.summary = undefined;
    this.info = undefined;
    this.query = paramsToQuery(new URLSearchParams(globalThis.location?.search ?? ''));
    this.version = 0;
    this.status = '';
    this.error = '';
    this.ms = 0;
    this.rowsMs = 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The list first; then, only when it counted records with a v1 full name, split them (a scan of every record).
    void this.refresh().then(() => (this.info?.legacyNames ? finishNameSplit(currentSession()) : 0)).then((n) => { if (n > 0) { clientsChanged(); void this.refresh(); } }, () => undefined);
  }

  override disconnectedCallback(): void {
    clearTimeout(this.textTimer);
    clearTimeout(this.pollTimer);
    super.disconnectedCallback();
  }

  private async refresh(): Promise<void> {
    try {
      const list = this.apply(); // the rows first (the query opens the list); the summary meanwhile
      this.summary = await latestForecastSummary();
      await list;
      // Totals after the rows: counting order and activity lines reads every line chunk in the same worker.
      this.totals = await customerTotals();
    } catch (e) {
      this.error = engineErrorText(e);
    }
  }

  /** Runs the current query in the worker; the table then asks for its rows. */
  private async apply(): Promise<void> {
    const seq = ++this.seq;
    const t0 = performance.now();
    this.queryStart = t0;
    this.rowsMs = 0;
    const info = await queryClientList(this.query);
    if (seq !== this.seq) return;
    this.ms = Math.round(performance.now() - t0);
    this.info = info;
    this.version++;
    this.pollSearch();
  }

  /** While the search index is being built, show how far it is. */
  private pollSearch(): void {
    clearTimeout(this.pollTimer);
    if (!this.info || this.info.searchReady || !this.isConnected) return;
    this.pollTimer = setTimeout(() => void clientListProgress().then((i) => { if (this.info) this.info = { ...this.info, searchDone: i.searchDone, searchReady: i.searchReady }; this.pollSearch(); }, () => undefined), 500);
  }

  private setQuery(q: ClientQuery): void {
    this.query = q;
    const params = queryToParams(q).toString();
    history.replaceState(history.state, '', `${location.pathname}${params ? `?${params}` : ''}`);
    void this.apply().catch((e) => { this.error = engineErrorText(e); });
  }

  private onText(text: string): void {
    clearTimeout(this.textTimer);
    this.textTimer = setTimeout(() => this.setQuery({ ...this.query, text: text.trim() || undefined }), 200);
  }

  private onSort(key: SortKey): void {
    const dir = this.query.sortBy === key || (!this.query.sortBy && key === 'spend30') ? ((this.query.sortDir ?? defaultDir(key)) === 'asc' ? 'desc' : 'asc') : defaultDir(key);
    this.setQuery({ ...this.query, sortBy: key, sortDir: dir });
  }

  private async onDemo(): Promise<void> {
    this.error = '';
    this.status = '';
    try {
      const r = await this.job.run((onProgress, signal) => loadCustomerDemo(onProgress, signal));
      const n = (kind: string) => r.filter((x) => x.kind === kind).reduce((s, x) => s + x.added, 0);
      this.status = t('cust.demo.done', { clients: fmtNumber(n('clients')), orders: fmtNumber(n('orders')), activity: fmtNumber(n('activity')) });
    } catch (e) {
      this.error = e instanceof AbortError ? t('cust.import.cancelled') : t('cust.import.error', { message: engineErrorText(e) });
    }
    clientsChanged();
    await this.refresh();
  }

  private async onExport(): Promise<void> {
    this.error = '';
    try {
      const headers = ['customerId', 'name', 'email', 'orders', 'lastPurchase', 'spend30', 'pBuy14', 'pAlive', 'segment'].map((k) => t(`clients.col.${k}`));
      const segments = Object.fromEntries(SEGMENTS.map((s) => [s, t(`cust.segment.${s}`)])) as Record<(typeof SEGMENTS)[number], string>;
      const csv = await exportClientList({ headers, segments, delimiter: defaultExportDelimiter(getLocale()) });
      download(new Blob([csv], { type: 'text/csv;charset=utf-8' }), 'clients.csv');
      await logAudit('export', { what: 'clients', rows: this.info?.matching ?? 0 });
      this.status = t('clients.export.done', { n: fmtNumber(this.info?.matching ?? 0) });
    } catch (e) {
      this.error = engineErrorText(e);
    }
  }

  /** Scrolls to the import or forecast section and moves focus there. */
  private jump(id: string): void {
    const el = this.renderRoot.querySelector<HTMLElement>(`#${id}`);
    el?.scrollIntoView({ block: 'start' });
    el?.focus();
  }

  private renderStatus() {
    const i = this.info;
    if (!i) return html`<p role="status">${t('common.loading')}</p>`;
    const searching = !i.searchReady && i.total > 0;
    return html`<p role="status" aria-live="polite" data-testid="clients-matching" data-matching=${i.matching} data-total=${i.total} data-with-forecast=${i.withForecast} data-ms=${this.ms} data-rows-ms=${this.rowsMs} data-build=${JSON.stringify(i.buildMs ?? {})} data-version=${this.version} data-search-ready=${String(i.searchReady)}>
      ${t('clients.matching', { n: fmtNumber(i.matching), total: fmtNumber(i.total) })}
      ${searching ? html`<span class="muted"> ${t('clients.searchPreparing', { done: fmtNumber(i.searchDone), total: fmtNumber(i.total) })}</span>` : ''}</p>`;
  }

  override render() {
    const tt = this.totals;
    return html`
      <h1>${t('nav.clients')}</h1>
      <p class="muted">${t('cust.intro')}</p>
      ${tt ? html`<p data-testid="cust-totals" data-clients=${tt.clients} data-orders=${tt.orders} data-activity=${tt.activity}>
        ${t('cust.totals', { clients: fmtNumber(tt.clients), orders: fmtNumber(tt.orders), activity: fmtNumber(tt.activity) })}</p>` : ''}
      <div class="row">
        <a class="btn" href=${href('clients/new')} data-testid="clients-add">${t('clients.add')}</a>
        <button type="button" class="secondary" data-testid="clients-demo" ?disabled=${this.job.busy} @click=${() => void this.onDemo()}>${t('cust.demo')}</button>
        <button type="button" class="secondary" data-testid="clients-to-import" @click=${() => this.jump('cust-import')}>${t('clients.toImport')}</button>
        <button type="button" class="secondary" data-testid="clients-to-forecast" @click=${() => this.jump('cust-forecast')}>${t('clients.toForecast')}</button>
      </div>
      ${this.job.render()}
      <div aria-live="polite" role="status">${this.status ? html`<p data-testid="clients-status">${this.status}</p>` : ''}</div>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : ''}
      <h2>${t('cust.table.title')}</h2>
      ${clientFilters(this.query, (q) => this.setQuery(q), (text) => this.onText(text), this.threshold.value)}
      <div class="row">${this.renderStatus()}
        <button type="button" class="secondary" data-testid="clients-export" ?disabled=${!this.info?.matching} @click=${() => void this.onExport()}>${t('clients.export')}</button></div>
      <ll-clients-table .source=${this.info ? clientListRows : undefined} .total=${this.info?.matching ?? 0} .version=${this.version} .threshold=${this.threshold.value}
        .sortBy=${this.query.sortBy ?? 'spend30'} .sortDir=${this.query.sortDir ?? defaultDir(this.query.sortBy ?? 'spend30')}
        @sort=${(e: CustomEvent<SortKey>) => this.onSort(e.detail)} @rows-shown=${() => { this.rowsMs = Math.round(performance.now() - this.queryStart); }}></ll-clients-table>
      <div class="light" id="cust-import" tabindex="-1"><ll-customers-import @imported=${() => { clientsChanged(); void this.refresh(); }}></ll-customers-import></div>
      <div class="light" id="cust-forecast" tabindex="-1"><ll-customers-forecast .summary=${this.summary} @forecasted=${() => { clientsChanged(); void this.refresh(); }}></ll-customers-forecast></div>
    `;
  }
}
customElements.define('ll-clients-screen', ClientsScreen);
declare global { interface HTMLElementTagNameMap { 'll-clients-screen': ClientsScreen } }
