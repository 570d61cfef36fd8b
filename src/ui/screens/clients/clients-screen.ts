/**
 * Clients (issue #9's minimal screen; issue #10 replaces the table with the virtualised, filterable list):
 * Load demo data, import clients / orders / activity (CDNOW too) with mapping and error report, Run
 * forecasts with the chosen models' backtest figures and notices, and a paged table of clients with
 * forecast spend, P(buy within 14 days) and P(still active). Heavy work runs in the customers worker.
 * Test hooks: clients-demo, cust-totals, client-row, cust-page-next.
 */
import { LitElement, html } from 'lit';
import { t, fmtNumber, fmtPercent } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { DataChangeController } from '../../controllers/data-change';
import { engineErrorText } from '../../i18n/engine-errors';
import { customerTotals, loadCustomerDemo } from '../../../bridge/customers-bridge';
import { AbortError } from '../../../bridge/worker-bridge';
import type { CustomerTotals } from '../../../bridge/customers-contract';
import type { ForecastSummary } from '../../../bridge/customers-forecast-contract';
import { clientPage, latestForecastSummary, type ClientPage } from '../../../storage/customers/client-pages';
import { finishNameSplit } from '../../../storage/clients-repo';
import { currentSession } from '../../../storage/session';
import { isoDay } from '../../../core/customers/days';
import { batchUiStyles } from '../../components/batch-ui/batch-ui.styles';
import '../../components/customers-import/customers-import';
import '../../components/customers-forecast/customers-forecast';
import { JobController } from '../../components/customers-progress/job-controller';

const PAGE = 25;

export class ClientsScreen extends LitElement {
  static override styles = batchUiStyles;
  static override properties = {
    totals: { state: true }, page: { state: true }, offset: { state: true }, summary: { state: true },
    status: { state: true }, error: { state: true },
  };
  declare totals: CustomerTotals | undefined;
  declare page: ClientPage | undefined;
  declare offset: number;
  declare summary: ForecastSummary | undefined;
  declare status: string;
  declare error: string;
  private readonly job = new JobController(this);

  constructor() {
    super();
    new LocaleController(this);
    new DataChangeController(this, () => void this.refresh(), ['clients', 'clientDirectory']); // another tab's edits and imports show here
    this.totals = undefined;
    this.page = undefined;
    this.offset = 0;
    this.summary = undefined;
    this.status = '';
    this.error = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void finishNameSplit(currentSession()).catch(() => 0).then(() => this.refresh());
  }

  private async refresh(): Promise<void> {
    try {
      const [totals, summary] = await Promise.all([customerTotals(), latestForecastSummary()]);
      this.totals = totals;
      this.summary = summary;
      await this.loadPage(this.offset);
    } catch (e) {
      this.error = engineErrorText(e);
    }
  }

  private async loadPage(offset: number): Promise<void> {
    this.page = await clientPage(currentSession(), offset, PAGE);
    this.offset = offset;
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
    await this.refresh();
  }

  private renderTable(p: ClientPage) {
    if (p.total === 0) return html`<p>${t('cust.table.empty')}</p>`;
    const pages = Math.max(1, Math.ceil(p.total / PAGE));
    const pageNo = Math.floor(this.offset / PAGE) + 1;
    const pct = (v: number | undefined) => (v === undefined ? '—' : fmtPercent(v, 0));
    return html`
      <div class="scroll" tabindex="0" role="region" aria-label=${t('cust.table.title')}><table data-testid="clients-table">
        <caption class="sr-only">${t('cust.table.title')}</caption>
        <thead><tr>
          <th scope="col">${t('cust.table.customerId')}</th><th scope="col">${t('cust.table.name')}</th>
          <th scope="col" class="num">${t('cust.table.orders')}</th><th scope="col">${t('cust.table.lastPurchase')}</th>
          <th scope="col" class="num">${t('cust.table.spend30')}</th><th scope="col" class="num">${t('cust.table.pBuy14')}</th>
          <th scope="col" class="num">${t('cust.table.pAlive')}</th><th scope="col">${t('cust.table.segment')}</th>
        </tr></thead>
        <tbody>${p.rows.map((c) => html`<tr data-testid="client-row">
          <td>${c.customerId}</td><td>${c.name}</td><td class="num">${fmtNumber(c.orderCount)}</td>
          <td>${c.lastPurchaseDay === undefined ? '—' : isoDay(c.lastPurchaseDay)}</td>
          <td class="num">${c.spend30 === undefined ? '—' : fmtNumber(c.spend30, { maximumFractionDigits: 2, minimumFractionDigits: 2 })}</td>
          <td class="num">${pct(c.pBuy14)}</td><td class="num">${pct(c.pAlive)}</td><td>${t(`cust.segment.${c.segment}`)}</td>
        </tr>`)}</tbody>
      </table></div>
      <nav class="row" aria-label=${t('cust.table.title')}>
        <button type="button" class="secondary" data-testid="cust-page-prev" ?disabled=${this.offset === 0} @click=${() => void this.loadPage(Math.max(0, this.offset - PAGE))}>${t('cust.table.prev')}</button>
        <span>${t('cust.table.page', { page: fmtNumber(pageNo), pages: fmtNumber(pages) })}</span>
        <button type="button" class="secondary" data-testid="cust-page-next" ?disabled=${pageNo >= pages} @click=${() => void this.loadPage(this.offset + PAGE)}>${t('cust.table.next')}</button>
      </nav>`;
  }

  override render() {
    const tt = this.totals;
    return html`
      <h1>${t('nav.clients')}</h1>
      <p class="muted">${t('cust.intro')}</p>
      ${tt ? html`<p data-testid="cust-totals" data-clients=${tt.clients} data-orders=${tt.orders} data-activity=${tt.activity}>
        ${t('cust.totals', { clients: fmtNumber(tt.clients), orders: fmtNumber(tt.orders), activity: fmtNumber(tt.activity) })}</p>` : ''}
      <div class="row">
        <button type="button" data-testid="clients-demo" ?disabled=${this.job.busy} @click=${() => void this.onDemo()}>${t('cust.demo')}</button>
      </div>
      ${this.job.render()}
      <div aria-live="polite" role="status">${this.status ? html`<p data-testid="clients-status">${this.status}</p>` : ''}</div>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : ''}
      <ll-customers-import @imported=${() => void this.refresh()}></ll-customers-import>
      <ll-customers-forecast .summary=${this.summary} @forecasted=${() => void this.refresh()}></ll-customers-forecast>
      <h2>${t('cust.table.title')}</h2>
      ${this.page ? this.renderTable(this.page) : html`<p>${t('common.loading')}</p>`}
    `;
  }
}
customElements.define('ll-clients-screen', ClientsScreen);
declare global { interface HTMLElementTagNameMap { 'll-clients-screen': ClientsScreen } }
