/**
 * The Models panel's "Monitoring" section (issue #12): each model's latest labelled runs with the model's ROC AUC
 * on the run beside its validation ROC AUC, the difference and the flag (rule stated), each run linked to its
 * detail page where the full model-quality block is. Figures come from stored run metrics and the cards.
 */
import { LitElement, html } from 'lit';
import { fmtDate, fmtNumber, t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { href } from '../../routes';
import { latestLabelledRuns, RUNS_PER_MODEL, type MonitoredModel, type MonitoredRun } from './monitoring-data';
import { f3 } from './run-quality';
import { monitoringStyles } from './monitoring.styles';

export class ModelMonitoring extends LitElement {
  static override styles = monitoringStyles;
  static override properties = { models: { state: true } };
  declare models: MonitoredModel[] | undefined;

  constructor() {
    super();
    new LocaleController(this);
    this.models = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void latestLabelledRuns().then((m) => { this.models = m; }, () => { this.models = []; });
  }

  private row(modelId: string, { run, quality: q }: MonitoredRun) {
    const status = q === null ? html`<td class="text">${t('monitoring.unknown')}</td>`
      : html`<td class="text"><span class=${q.flagged ? 'flag' : 'ok'}>${q.flagged ? t('monitoring.flagged') : t('monitoring.ok')}</span></td>`;
    return html`<tr data-testid="monitoring-row" data-flagged=${q ? String(q.flagged) : 'unknown'}>
      <td class="text"><code>${modelId}</code></td>
      <td class="text"><a href=${href(`runs/${run.id}`)}>${run.name}</a></td>
      <td class="text">${fmtDate(run.startedAt)}</td>
      <td>${fmtNumber(q ? q.positives + q.negatives : 0)}</td>
      <td>${f3(run.metrics?.rocAuc)}</td><td>${f3(q?.validation.rocAuc)}</td><td>${f3(q?.diff.rocAuc, true)}</td>
      ${status}
    </tr>`;
  }

  override render() {
    const m = this.models;
    return html`<section aria-labelledby="mon-h" data-testid="model-monitoring">
      <h2 id="mon-h">${t('monitoring.title')}</h2>
      <p>${t('monitoring.intro', { n: RUNS_PER_MODEL })}</p>
      ${m === undefined ? '' : m.length === 0 ? html`<p data-testid="monitoring-empty">${t('monitoring.empty')}</p>` : html`<div class="scroll"><table>
        <thead><tr>${(['model', 'run', 'date', 'leads', 'runAuc', 'validAuc', 'diff', 'status'] as const).map((k) => html`<th scope="col">${t(`monitoring.${k}`)}</th>`)}</tr></thead>
        <tbody>${m.flatMap((model) => model.runs.map((r) => this.row(model.modelId, r)))}</tbody>
      </table></div>`}
    </section>`;
  }
}
customElements.define('ll-model-monitoring', ModelMonitoring);
declare global { interface HTMLElementTagNameMap { 'll-model-monitoring': ModelMonitoring } }
