/**
 * Settings section: what model is scoring — id, algorithm, card version, calibration, training size and the
 * validation metrics from its model card — so users can see what they rely on.
 */
import { LitElement, html, nothing } from 'lit';
import type { ModelInfo } from '../../../bridge/contracts';
import { scoring } from '../../../bridge/scoring-bridge';
import { fmtNumber, t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { loadErrorText } from '../score/score-state';
import { sectionStyles } from './section.styles';

type MetricSet = Record<string, number>;
const METRICS = ['rocAuc', 'prAuc', 'brier', 'logLoss'] as const;

export class ModelSection extends LitElement {
  static override styles = sectionStyles;
  static override properties = { info: { state: true }, error: { state: true } };
  declare info: ModelInfo | undefined;
  declare error: string;

  constructor() {
    super();
    new LocaleController(this);
    this.info = undefined;
    this.error = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    scoring.init().then((info) => { this.info = info; }, (e: unknown) => { this.error = loadErrorText(e); });
  }

  private metrics(info: ModelInfo) {
    const v = info.metrics.validation as { raw?: MetricSet; calibrated?: MetricSet } | undefined;
    if (!v?.raw && !v?.calibrated) return nothing;
    const cell = (set: MetricSet | undefined, k: string) => (typeof set?.[k] === 'number' ? fmtNumber(set[k], { maximumFractionDigits: 4 }) : '—');
    return html`<table data-testid="model-metrics">
      <caption>${t('settings.model.metrics')}</caption>
      <thead><tr><th scope="col">${t('settings.model.metric')}</th><th scope="col">${t('settings.model.raw')}</th><th scope="col">${t('settings.model.calibrated')}</th></tr></thead>
      <tbody>${METRICS.map((k) => html`<tr><th scope="row">${t(`metric.${k}`)}</th><td>${cell(v.raw, k)}</td><td>${cell(v.calibrated, k)}</td></tr>`)}</tbody>
    </table>`;
  }

  override render() {
    const head = html`<h2 id="model-h">${t('settings.model.title')}</h2>`;
    if (this.error) return html`<section aria-labelledby="model-h">${head}<p role="alert">${t('settings.model.error', { message: this.error })}</p></section>`;
    const i = this.info;
    if (!i) return html`<section aria-labelledby="model-h">${head}<p role="status">${t('settings.model.loading')}</p></section>`;
    return html`<section aria-labelledby="model-h">${head}
      <dl>
        <dt>${t('settings.model.id')}</dt><dd><code data-testid="settings-model-id">${i.modelId}</code></dd>
        <dt>${t('settings.model.algorithm')}</dt><dd>${i.algorithm}</dd>
        <dt>${t('settings.model.version')}</dt><dd>${i.cardVersion}</dd>
        <dt>${t('settings.model.role')}</dt><dd>${t(`settings.model.role.${i.role}`)}</dd>
        <dt>${t('settings.model.calibration')}</dt><dd>${t(`calibration.${i.calibration}`)}</dd>
        <dt>${t('settings.model.features')}</dt><dd>${fmtNumber(i.featureCount)}</dd>
        <dt>${t('settings.model.rows')}</dt><dd>${t('settings.model.rowsValue', { train: i.training.rows.train, valid: i.training.rows.valid })}</dd>
        <dt>${t('settings.model.threads')}</dt><dd>${fmtNumber(i.threads)}</dd>
      </dl>
      ${this.metrics(i)}
    </section>`;
  }
}
customElements.define('ll-settings-model', ModelSection);
declare global { interface HTMLElementTagNameMap { 'll-settings-model': ModelSection } }
