/**
 * The dashboard's customers section (issue #10): number of clients, average predicted next-30-day sales,
 * the share of clients at or above the purchase-probability threshold, and the monthly sales trend with next
 * month's forecast and its approximate 95% interval (ll-chart, with its data table). Each figure links to
 * the client list filtered to the clients behind it. Figures come from the customers worker.
 */
import { LitElement, html, css } from 'lit';
import { fmtNumber, fmtPercent, t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { DataChangeController } from '../../controllers/data-change';
import { engineErrorText } from '../../i18n/engine-errors';
import { href } from '../../routes';
import { clientsStyles } from '../clients/clients.styles';
import { customerDashboard, LIST_TABLES } from '../../../bridge/client-list-bridge';
import type { CustomerDashboard } from '../../../bridge/client-list-contract';
import { queryToParams } from '../../../core/customers/client-query';
import { PurchaseThresholdController, thresholdText } from '../../controllers/purchase-threshold';
import { isoDay } from '../../../core/customers/days';
import type { ChartSpec } from '../../components/chart/chart-spec';
import '../../components/chart/ll-chart';

const money = (v: number) => fmtNumber(v, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function trendSpec(d: CustomerDashboard): ChartSpec {
  const months = d.months.slice(-24);
  const cats = months.map((m) => m.month);
  const f = d.forecast;
  const blank = months.map(() => NaN);
  const series: ChartSpec['series'] = [{ name: t('custdash.sales'), data: [...months.map((m) => m.sales), ...(f ? [NaN] : [])], type: 'bar' }];
  if (f) {
    const next = isoDay(f.asOfDay + 15).slice(0, 7);
    cats.push(`${next} (${t('custdash.forecastShort')})`);
    series.push({ name: t('custdash.forecast'), data: [...blank, f.total], type: 'line' });
    series.push({ name: t('custdash.low'), data: [...blank, f.low], type: 'line', dashed: true });
    series.push({ name: t('custdash.high'), data: [...blank, f.high], type: 'line', dashed: true });
  }
  return { kind: 'bar', title: t('custdash.trend'), summary: t('custdash.trendSummary', { n: months.length }), categories: cats, series, xTitle: t('client.chart.month'), yFormat: 'number', fileName: 'sales-trend' };
}

export class CustomersTile extends LitElement {
  static override styles = [clientsStyles, css`:host { grid-column: 1 / -1; border: 1px solid var(--line); border-radius: 8px; padding: 1rem 1.25rem; background: var(--card); }
     h2 { margin-top: 0; }`];
  static override properties = { data: { state: true }, error: { state: true } };
  declare data: CustomerDashboard | undefined;
  declare error: string;
  /** The saved purchase threshold: a new one recomputes the KPIs in the worker (no forecast re-run). */
  private readonly threshold = new PurchaseThresholdController(this, () => void this.load());

  constructor() {
    super();
    new LocaleController(this);
    new DataChangeController(this, () => void this.load(), LIST_TABLES);
    this.data = undefined;
    this.error = '';
  }

  private async load(): Promise<void> {
    if (!this.threshold.loaded) return; // the controller loads once it has read the setting
    try {
      this.data = await customerDashboard(this.threshold.value);
    } catch (e) {
      this.error = engineErrorText(e);
    }
  }

  override render() {
    const d = this.data;
    const head = html`<h2 id="custdash-h">${t('custdash.title')}</h2>`;
    if (this.error) return html`${head}<p class="error" role="alert">${this.error}</p>`;
    if (!d) return html`${head}<p role="status">${t('common.loading')}</p>`;
    if (d.kpis.clients === 0) return html`${head}<p>${t('custdash.empty')} <a href=${href('clients')}>${t('custdash.toClients')}</a></p>`;
    const k = d.kpis;
    const flaggedList = queryToParams({ pMin: k.threshold, sortBy: 'pBuy14', sortDir: 'desc' }).toString();
    return html`<section aria-labelledby="custdash-h" data-testid="custdash">
      ${head}
      <div class="kpis">
        <a class="kpi" href=${href('clients')} data-testid="custdash-clients"><span class="v">${fmtNumber(k.clients)}</span><span class="l">${t('custdash.clients')}</span></a>
        <a class="kpi" href=${href('clients?sort=spend30&dir=desc')} data-testid="custdash-avg"><span class="v">${Number.isNaN(k.avgSpend30) ? '—' : money(k.avgSpend30)}</span><span class="l">${t('custdash.avgSpend30')}</span></a>
        <a class="kpi" href=${href(`clients?${flaggedList}`)} data-testid="custdash-flagged" data-flagged=${k.flagged} data-threshold=${k.threshold}><span class="v">${Number.isNaN(k.flaggedShare) ? '—' : fmtPercent(k.flaggedShare, 1)}</span>
          <span class="l">${t('custdash.flagged', { threshold: thresholdText(k.threshold), n: fmtNumber(k.flagged) })}</span></a>
      </div>
      ${d.forecast ? html`<p data-testid="custdash-forecast">${t('custdash.nextMonth', { total: money(d.forecast.total), low: money(d.forecast.low), high: money(d.forecast.high) })}
        <span class="muted">${t('custdash.intervalNote')}</span>${d.bestF1Threshold !== undefined ? html` <span class="muted">${t('custdash.bestF1', { t: thresholdText(d.bestF1Threshold) })}</span>` : ''}
        <a href=${href('settings')} data-testid="custdash-to-settings">${t('custthr.toSettings')}</a></p>`
        : html`<p class="muted">${t('custdash.noForecast')}</p>`}
      ${d.months.length ? html`<ll-chart .spec=${trendSpec(d)}></ll-chart>` : ''}
    </section>`;
  }
}
customElements.define('ll-customers-tile', CustomersTile);
declare global { interface HTMLElementTagNameMap { 'll-customers-tile': CustomersTile } }
