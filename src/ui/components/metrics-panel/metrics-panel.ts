/**
 * The real performance of the model on a labelled run: ROC AUC, PR AUC, Brier, log loss, the confusion
 * matrix at the run's threshold and lift/gain by decile. This is how users monitor the model over time.
 */
import { LitElement, html } from 'lit';
import type { RunMetrics } from '../../../bridge/batch-contract';
import { fmtNumber, fmtPercent, t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { metricsPanelStyles } from './metrics-panel.styles';

const f3 = (v: number): string => (Number.isFinite(v) ? fmtNumber(v, { minimumFractionDigits: 3, maximumFractionDigits: 3 }) : '—');

export class MetricsPanel extends LitElement {
  static override styles = metricsPanelStyles;
  static override properties = { metrics: { attribute: false } };
  declare metrics: RunMetrics | undefined;

  constructor() {
    super();
    new LocaleController(this);
    this.metrics = undefined;
  }

  override render() {
    const m = this.metrics;
    if (!m) return html``;
    const c = m.confusion;
    return html`
      <section data-testid="metrics-panel" data-roc-auc=${m.rocAuc} aria-labelledby="mh">
        <h2 id="mh">${t('batch.metrics.title')}</h2>
        <p>${t('batch.metrics.intro', { threshold: f3(m.threshold) })}</p>
        <dl>
          <div><dt>${t('batch.metrics.rocAuc')}</dt><dd data-testid="metric-roc-auc">${f3(m.rocAuc)}</dd></div>
          <div><dt>${t('batch.metrics.prAuc')}</dt><dd>${f3(m.prAuc)}</dd></div>
          <div><dt>${t('batch.metrics.brier')}</dt><dd>${f3(m.brier)}</dd></div>
          <div><dt>${t('batch.metrics.logLoss')}</dt><dd>${f3(m.logLoss)}</dd></div>
          <div><dt>${t('batch.metrics.accuracy')}</dt><dd>${fmtPercent(m.accuracy)}</dd></div>
          <div><dt>${t('batch.metrics.precision')}</dt><dd>${fmtPercent(m.precision)}</dd></div>
          <div><dt>${t('batch.metrics.recall')}</dt><dd>${fmtPercent(m.recall)}</dd></div>
          <div><dt>${t('batch.metrics.f1')}</dt><dd>${f3(m.f1)}</dd></div>
        </dl>
        <div class="wrap">
          <div tabindex="0" role="region" aria-labelledby="cm">
            <h3 id="cm">${t('batch.metrics.confusion')}</h3>
            <table aria-labelledby="cm">
              <thead><tr><td></td><th scope="col">${t('batch.metrics.predPos')}</th><th scope="col">${t('batch.metrics.predNeg')}</th></tr></thead>
              <tbody>
                <tr><th scope="row">${t('batch.metrics.actualPos')}</th><td>${fmtNumber(c.tp)}</td><td>${fmtNumber(c.fn)}</td></tr>
                <tr><th scope="row">${t('batch.metrics.actualNeg')}</th><td>${fmtNumber(c.fp)}</td><td>${fmtNumber(c.tn)}</td></tr>
              </tbody>
            </table>
          </div>
          <div tabindex="0" role="region" aria-labelledby="lg">
            <h3 id="lg">${t('batch.metrics.liftGain')}</h3>
            <table aria-labelledby="lg">
              <thead><tr>
                <th scope="col">${t('batch.col.decile')}</th><th scope="col">${t('batch.metrics.count')}</th>
                <th scope="col">${t('batch.metrics.positives')}</th><th scope="col">${t('batch.metrics.rate')}</th>
                <th scope="col">${t('batch.metrics.lift')}</th><th scope="col">${t('batch.metrics.gain')}</th>
              </tr></thead>
              <tbody>${m.byDecile.map((d) => html`<tr>
                <th scope="row">${d.decile}</th><td>${fmtNumber(d.count)}</td><td>${fmtNumber(d.positives)}</td>
                <td>${fmtPercent(d.rate)}</td><td>${fmtNumber(d.lift, { maximumFractionDigits: 2 })}</td><td>${fmtPercent(d.gain)}</td>
              </tr>`)}</tbody>
            </table>
          </div>
        </div>
      </section>
    `;
  }
}
customElements.define('ll-metrics-panel', MetricsPanel);
declare global { interface HTMLElementTagNameMap { 'll-metrics-panel': MetricsPanel } }
