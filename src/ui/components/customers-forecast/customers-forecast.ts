/**
 * "Run forecasts" with progress and cancel, then the summary the analyst needs to trust the numbers: which
 * model was used for next-month sales and for the 14-day purchase probability, every candidate's backtest
 * figures on the latest complete month, how many clients the threshold flags beside the best-F1 threshold,
 * and notices such as "this data has no web activity". Emits `forecasted` when new forecasts are stored.
 */
import { LitElement, html, css } from 'lit';
import type { ForecastModelSummary, ForecastSummary } from '../../../bridge/customers-forecast-contract';
import { runForecasts } from '../../../bridge/customers-bridge';
import { AbortError } from '../../../bridge/worker-bridge';
import { isoDay } from '../../../core/customers/days';
import { fmtNumber, t } from '../../i18n/i18n';
import { thresholdText } from '../../controllers/purchase-threshold';
import { LocaleController } from '../../i18n/locale-controller';
import { engineErrorText } from '../../i18n/engine-errors';
import { batchUiStyles } from '../batch-ui/batch-ui.styles';
import { JobController } from '../customers-progress/job-controller';

const METRICS: Record<'sales' | 'purchase', string[]> = { sales: ['r2', 'mse', 'mae', 'ratio'], purchase: ['rocAuc', 'prAuc', 'brier', 'logLoss'] };
const METRIC_LABEL: Record<string, string> = { r2: 'R²', mse: 'MSE', mae: 'MAE', rocAuc: 'ROC AUC', prAuc: 'PR AUC', brier: 'Brier', logLoss: 'Log loss' };

export class CustomersForecast extends LitElement {
  static override styles = [batchUiStyles, css`caption { text-align: left; font-weight: 600; padding: 0.3rem 0; }`];
  static override properties = { summary: { attribute: false }, error: { state: true } };
  /** The latest forecast summary (set by the screen, replaced after a run). */
  declare summary: ForecastSummary | undefined;
  declare error: string;
  private readonly job = new JobController(this);

  constructor() {
    super();
    new LocaleController(this);
    this.summary = undefined;
    this.error = '';
  }

  private async run(): Promise<void> {
    this.error = '';
    try {
      this.summary = await this.job.run((onProgress, signal) => runForecasts({}, onProgress, signal));
      this.dispatchEvent(new CustomEvent('forecasted', { detail: this.summary, bubbles: true, composed: true }));
    } catch (e) {
      this.error = e instanceof AbortError ? t('cust.forecast.cancelled') : t('cust.forecast.error', { message: engineErrorText(e) });
    }
  }

  private modelName(m: ForecastModelSummary): string {
    const key = `cust.model.${m.kind}`;
    const s = t(key);
    return s === key ? m.kind : s;
  }

  /** Which models made these forecasts, in words, and whether they were the active ones or fitted now. */
  private sourceText(s: ForecastSummary): string {
    const name = (id: string) => { const m = s.models.find((x) => x.id === id); return m ? `${this.modelName(m)} (${id})` : id; };
    return t(`cust.forecast.source.${s.source ?? 'fitted'}`, { sales: name(s.salesModelId), purchase: name(s.purchaseModelId) });
  }

  private noticeText(n: ForecastSummary['notices'][number]): string {
    const feature = n.params?.feature;
    const params = { ...n.params, ...(feature !== undefined ? { feature: t(`cust.feature.${feature}`) } : {}) };
    const key = `cust.notice.${n.code}`;
    const s = t(key, params);
    return s === key ? n.code : s;
  }

  private table(task: 'sales' | 'purchase', models: ForecastModelSummary[]) {
    const mine = models.filter((m) => m.task === task);
    if (mine.length === 0) return '';
    const cols = METRICS[task];
    return html`<div class="scroll" tabindex="0" role="region" aria-label=${t(`cust.forecast.${task}`)}><table data-testid="cust-models-${task}">
      <caption>${t(`cust.forecast.${task}`)} — ${t('cust.forecast.backtest')}</caption>
      <thead><tr><th scope="col">${t('cust.forecast.model')}</th>${cols.map((c) => html`<th scope="col" class="num">${METRIC_LABEL[c] ?? t(`cust.metric.${c}`)}</th>`)}</tr></thead>
      <tbody>${mine.map((m) => html`<tr data-chosen=${String(m.chosen)}>
        <th scope="row">${this.modelName(m)}${m.chosen ? html` <strong>(${t('cust.forecast.chosen')})</strong>` : ''}</th>
        ${cols.map((c) => html`<td class="num">${m.metrics[c] === undefined ? '—' : fmtNumber(m.metrics[c], { maximumFractionDigits: 3 })}</td>`)}
      </tr>`)}</tbody></table></div>`;
  }

  private renderSummary(s: ForecastSummary) {
    return html`
      <p role="status" data-testid="cust-forecast-done" data-clients=${s.clients}
        data-timing=${Object.entries(s.timing ?? {}).map(([k, v]) => `${k} ${Math.round(v)}`).join(', ')}>${t('cust.forecast.done', { date: isoDay(s.asOfDay), n: fmtNumber(s.clients) })}</p>
      <p data-testid="cust-forecast-source" data-source=${s.source ?? 'fitted'} data-sales=${s.salesModelId} data-purchase=${s.purchaseModelId}>${this.sourceText(s)}</p>
      ${s.notices.map((n) => html`<p class="warn" data-testid="cust-notice" data-code=${n.code}>${this.noticeText(n)}</p>`)}
      ${this.table('sales', s.models)}
      ${this.table('purchase', s.models)}
      <p>${t('cust.forecast.flagged', { n: fmtNumber(s.flagged), threshold: thresholdText(s.threshold) })}
        ${s.bestF1Threshold !== undefined ? t('cust.forecast.bestF1', { threshold: thresholdText(s.bestF1Threshold) }) : ''}</p>`;
  }

  override render() {
    return html`<section class="card" aria-labelledby="cust-fc-h">
      <h2 id="cust-fc-h">${t('cust.forecast.title')}</h2>
      <button type="button" data-testid="cust-forecast-run" ?disabled=${this.job.busy} @click=${() => void this.run()}>${t('cust.forecast.run')}</button>
      ${this.job.render()}
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : ''}
      ${this.summary ? this.renderSummary(this.summary) : this.job.busy ? '' : html`<p class="muted">${t('cust.forecast.none')}</p>`}
    </section>`;
  }
}
customElements.define('ll-customers-forecast', CustomersForecast);
declare global { interface HTMLElementTagNameMap { 'll-customers-forecast': CustomersForecast } }
