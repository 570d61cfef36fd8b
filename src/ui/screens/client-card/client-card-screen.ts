/**
 * The client card (issue #10): details, the forecast (next-30-day spend, 14-day purchase probability as a
 * bar, marked at the saved purchase threshold, and whether that flags the client "will buy"; P(still active)) with its history over past as-of dates, why the models said so, the activity
 * history chart, orders (add and remove; the forecasts are recomputed after a change), and Edit / Delete.
 * Delete is admin only: the data API refuses analysts (shown as a message) and audits both.
 * Route: clients/:id (the keyed client id). Test hooks: client-card, card-forecast, card-pbar, card-history.
 */
import { LitElement, html } from 'lit';
import type { RouterLocation } from '@vaadin/router';
import { Router } from '@vaadin/router';
import { fmtNumber, fmtPercent, t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { engineErrorText } from '../../i18n/engine-errors';
import { href } from '../../routes';
import { clientsStyles } from '../clients/clients.styles';
import { JobController } from '../../components/customers-progress/job-controller';
import { DataChangeController } from '../../controllers/data-change';
import type { ClientView } from '../../../storage/clients-repo';
import { canAdmin } from '../../components/role-gate/role-gate';
import { addClientOrder, clientActivity, clientForecastHistory, clientOrders, deleteClientAndData, getClient, removeClientOrder, type ClientLines, type ForecastPoint } from '../../../storage/clients-repo-card';
import { currentSession, PermissionError } from '../../../storage/session';
import { runForecasts } from '../../../bridge/customers-bridge';
import { clientsChanged, clientWhy } from '../../../bridge/client-list-bridge';
import type { ClientWhy } from '../../../bridge/client-list-contract';
import { parseOrder, validateOrder, type FieldError, type OrderFormValues } from '../../../core/customers/client-validate';
import { isoDay, todayDay } from '../../../core/customers/days';
import { orderList, ordersSection, type OrderLine } from './client-orders';
import { activitySpec, historySpec } from './client-charts';
import { whySection } from './client-why';
import { PurchaseThresholdController, thresholdText } from '../../controllers/purchase-threshold';
import '../../components/chart/ll-chart';

const EMPTY_ORDER: OrderFormValues = { date: '', amount: '', items: '1' };

export class ClientCardScreen extends LitElement {
  static override styles = clientsStyles;
  static override properties = {
    client: { state: true }, orders: { state: true }, activity: { state: true }, history: { state: true }, why: { state: true },
    orderForm: { state: true }, orderErrors: { state: true }, status: { state: true }, error: { state: true }, confirming: { state: true }, missing: { state: true },
  };
  declare location: RouterLocation | undefined;
  declare client: ClientView | undefined;
  declare orders: ClientLines | undefined;
  declare activity: ClientLines | undefined;
  declare history: ForecastPoint[];
  declare why: ClientWhy | undefined;
  declare orderForm: OrderFormValues;
  declare orderErrors: Partial<Record<keyof OrderFormValues, FieldError>>;
  declare status: string;
  declare error: string;
  declare confirming: boolean;
  declare missing: boolean;
  private readonly job = new JobController(this);
  private readonly threshold = new PurchaseThresholdController(this);
  private deleting = false;

  constructor() {
    super();
    new LocaleController(this);
    new DataChangeController(this, () => { if (!this.job.busy && !this.deleting) void this.load(); }, ['clients', 'orderChunks', 'forecastRuns']);
    this.location = undefined;
    this.client = undefined;
    this.orders = undefined;
    this.activity = undefined;
    this.history = [];
    this.why = undefined;
    this.orderForm = { ...EMPTY_ORDER };
    this.orderErrors = {};
    this.status = '';
    this.error = '';
    this.confirming = false;
    this.missing = false;
  }

  private get key(): string {
    return decodeURIComponent(String(this.location?.params.id ?? ''));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const s = currentSession();
      const client = await getClient(s, this.key);
      if (!client) { this.missing = true; return; }
      const [orders, activity, history, why] = await Promise.all([clientOrders(s, this.key), clientActivity(s, this.key), clientForecastHistory(s, this.key), clientWhy(this.key)]);
      Object.assign(this, { client, orders, activity, history, why });
    } catch (e) {
      this.error = engineErrorText(e);
    }
  }

  /** After an order change: recompute every forecast (the engine refits on the new book), then reload. */
  private async recompute(): Promise<void> {
    clientsChanged();
    try {
      await this.job.run((onProgress, signal) => runForecasts({}, onProgress, signal));
      this.status = t('client.forecast.recomputed');
    } catch (e) {
      this.error = t('cust.forecast.error', { message: engineErrorText(e) });
    }
    clientsChanged();
    await this.load();
  }

  private async addOrder(): Promise<void> {
    this.orderErrors = validateOrder(this.orderForm, todayDay());
    if (Object.keys(this.orderErrors).length) {
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.error = '';
    await addClientOrder(currentSession(), this.key, parseOrder(this.orderForm));
    this.orderForm = { ...EMPTY_ORDER };
    this.status = t('client.order.added');
    await this.load();
    if (this.history.length) await this.recompute();
  }

  private async removeOrder(o: OrderLine): Promise<void> {
    this.error = '';
    await removeClientOrder(currentSession(), this.key, o);
    this.status = t('client.order.removed');
    await this.load();
    if (this.history.length) await this.recompute();
  }

  private async deleteClient(): Promise<void> {
    this.error = '';
    this.deleting = true;
    try {
      await deleteClientAndData(currentSession(), this.key);
      clientsChanged();
      Router.go(href('clients'));
    } catch (e) {
      this.error = e instanceof PermissionError ? t('client.delete.refused') : engineErrorText(e);
      this.confirming = false;
    } finally {
      this.deleting = false;
    }
  }

  private renderForecast() {
    // The newest run's forecast (an order removed can move the as-of day back, so not simply the latest as-of day).
    const last = this.history.reduce<ForecastPoint | undefined>((a, b) => (!a || b.createdAt >= a.createdAt ? b : a), undefined);
    if (!last) return html`<p class="muted" data-testid="card-forecast" data-has="false">${t('client.forecast.none')}</p>`;
    const p = last.pBuy14;
    const thr = this.threshold.value;
    return html`<div data-testid="card-forecast" data-has="true">
      <p class="muted">${t('client.forecast.asOf', { date: isoDay(last.asOfDay) })}</p>
      <div class="kpis">
        <div class="kpi"><span class="v">${fmtNumber(last.spend30, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}</span><span class="l">${t('client.forecast.spend30')}</span></div>
        ${last.pAlive !== undefined ? html`<div class="kpi"><span class="v">${fmtPercent(last.pAlive, 0)}</span><span class="l">${t('client.forecast.pAlive')}</span></div>` : ''}
      </div>
      <p id="pbar-label">${t('client.forecast.pBuy14')}: <strong>${fmtPercent(p, 0)}</strong></p>
      <div class="bar" role="progressbar" data-testid="card-pbar" aria-labelledby="pbar-label" aria-valuemin="0" aria-valuemax="100" aria-valuenow=${Math.round(p * 100)} aria-valuetext=${fmtPercent(p, 0)}>
        <div class="fill" style="width:${(p * 100).toFixed(1)}%"></div><div class="mark" style="left:${(thr * 100).toFixed(1)}%"></div></div>
      <p data-testid="card-will-buy" data-flag=${String(p >= thr)} data-threshold=${thr}>${p >= thr ? html`<strong>${t('client.forecast.willBuy', { value: thresholdText(thr) })}</strong>` : t('client.forecast.wontBuy', { value: thresholdText(thr) })}
        <a href=${href('settings')}>${t('custthr.toSettings')}</a></p>
      <h3>${t('client.forecast.history')}</h3>
      <ll-chart .spec=${historySpec(this.history)} data-testid="card-history-chart"></ll-chart>
      <div class="scroll"><table data-testid="card-history">
        <caption class="sr-only">${t('client.forecast.history')}</caption>
        <thead><tr><th scope="col">${t('client.chart.asOf')}</th><th scope="col" class="num">${t('client.forecast.spend30')}</th><th scope="col" class="num">${t('client.forecast.pBuy14')}</th><th scope="col" class="num">${t('client.forecast.pAlive')}</th></tr></thead>
        <tbody>${this.history.map((h) => html`<tr data-testid="history-row"><td>${isoDay(h.asOfDay)}</td><td class="num">${fmtNumber(h.spend30, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}</td>
          <td class="num">${fmtPercent(h.pBuy14, 0)}</td><td class="num">${h.pAlive === undefined ? '—' : fmtPercent(h.pAlive, 0)}</td></tr>`)}</tbody>
      </table></div>
    </div>`;
  }

  override render() {
    if (this.missing) return html`<h1>${t('client.notFound')}</h1><p><a href=${href('clients')}>${t('client.back')}</a></p>`;
    const c = this.client;
    if (!c) return html`<p><a href=${href('clients')}>${t('client.back')}</a></p>${this.error ? html`<p class="error" role="alert">${this.error}</p>` : html`<p role="status">${t('common.loading')}</p>`}`;
    const orders = this.orders ? orderList(this.orders) : [];
    const activity = this.orders && this.activity ? activitySpec(this.orders, this.activity) : undefined;
    return html`
      <p><a href=${href('clients')} data-testid="card-back">${t('client.back')}</a></p>
      <h1 data-testid="client-card" data-id=${c.id}>${c.name || c.customerId}</h1>
      <div class="row">
        <a class="btn" href=${href(`clients/${encodeURIComponent(c.id)}/edit`)} data-testid="card-edit">${t('client.edit')}</a>
        ${this.confirming ? html`<span role="group" aria-label=${t('client.delete')}>${t('client.delete.confirm', { name: c.name || c.customerId })}
            <button type="button" class="danger" data-testid="card-delete-confirm" @click=${() => void this.deleteClient()}>${t('client.delete.yes')}</button>
            <button type="button" class="secondary" @click=${() => { this.confirming = false; }}>${t('common.cancel')}</button></span>`
          : canAdmin() ? html`<button type="button" class="danger" data-testid="card-delete" @click=${() => { this.confirming = true; }}>${t('client.delete')}</button>`
          : html`<ll-gated-button testid="card-delete-gated" .label=${t('client.delete')} .reason=${t('role.adminOnlyReason')}></ll-gated-button>`}
      </div>
      <div role="status" aria-live="polite">${this.status ? html`<p class="ok" data-testid="card-status">${this.status}</p>` : ''}</div>
      ${this.error ? html`<p class="error" role="alert" data-testid="card-error">${this.error}</p>` : ''}
      ${this.job.render()}
      <div class="grid">
        <section class="card" aria-labelledby="h-details"><h2 id="h-details">${t('client.details')}</h2>
          <dl class="details">
            <dt>${t('clients.col.customerId')}</dt><dd data-testid="card-customer-id">${c.customerId}</dd>
            <dt>${t('cust.field.firstName')}</dt><dd>${c.firstName || '—'}</dd>
            <dt>${t('cust.field.lastName')}</dt><dd>${c.lastName || '—'}</dd>
            <dt>${t('cust.field.email')}</dt><dd>${c.email || '—'}</dd>
            <dt>${t('cust.field.registered')}</dt><dd>${c.registeredDay === undefined ? '—' : isoDay(c.registeredDay)}</dd>
            <dt>${t('clients.col.segment')}</dt><dd>${t(`cust.segment.${c.segment}`)}</dd>
            <dt>${t('clients.col.orders')}</dt><dd>${fmtNumber(c.orderCount)}</dd>
            <dt>${t('clients.col.lastPurchase')}</dt><dd>${c.lastPurchaseDay === undefined ? '—' : isoDay(c.lastPurchaseDay)}</dd>
            <dt>${t('cust.field.notes')}</dt><dd>${c.notes || '—'}</dd>
          </dl></section>
        <section class="card" aria-labelledby="h-forecast"><h2 id="h-forecast">${t('client.forecast')}</h2>${this.renderForecast()}</section>
      </div>
      <section class="card" aria-labelledby="h-why"><h2 id="h-why">${t('client.why')}</h2>${whySection(this.why)}</section>
      <section class="card" aria-labelledby="h-activity"><h2 id="h-activity">${t('client.activity')}</h2>
        ${activity ? html`<ll-chart .spec=${activity}></ll-chart>` : html`<p class="muted">${t('client.activity.none')}</p>`}</section>
      <section class="card" aria-labelledby="h-orders"><h2 id="h-orders">${t('client.orders')}</h2>
        ${ordersSection(orders, this.orderForm, this.orderErrors, this.job.busy, {
          input: (f) => { this.orderForm = f; },
          add: () => void this.addOrder().catch((e) => { this.error = engineErrorText(e); }),
          remove: (o) => void this.removeOrder(o).catch((e) => { this.error = engineErrorText(e); }),
        })}</section>
    `;
  }
}
customElements.define('ll-client-card-screen', ClientCardScreen);
declare global { interface HTMLElementTagNameMap { 'll-client-card-screen': ClientCardScreen } }
