/**
 * The run detail's model-quality block (issue #12): on a labelled run, the model's ROC AUC, PR AUC, Brier,
 * log loss and precision / recall / F1 at the run's threshold beside the same figures from the validation of
 * the model that scored the run, the difference, and a plain flag with its rule stated. Reads the run's stored
 * metrics and the card only (monitoring-data.ts); nothing here scans leads.
 */
import { LitElement, html } from 'lit';
import type { RunRecord } from '../../../bridge/batch-contract';
import { QUALITY_KEYS, type QualityKey, type RunQuality } from '../../../core/monitoring/run-quality';
import { fmtNumber, t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { qualityOfRun } from './monitoring-data';
import { monitoringStyles } from './monitoring.styles';

export const f3 = (v: number | undefined, signed = false): string =>
  typeof v === 'number' && Number.isFinite(v) ? fmtNumber(v, { minimumFractionDigits: 3, maximumFractionDigits: 3, ...(signed ? { signDisplay: 'exceptZero' } : {}) }) : '—';

const LABEL: Record<QualityKey, string> = {
  rocAuc: 'batch.metrics.rocAuc', prAuc: 'batch.metrics.prAuc', brier: 'batch.metrics.brier', logLoss: 'batch.metrics.logLoss',
  precision: 'quality.precision', recall: 'quality.recall', f1: 'quality.f1',
};

export class RunQualityBlock extends LitElement {
  static override styles = monitoringStyles;
  static override properties = { run: { attribute: false }, quality: { state: true } };
  /** The labelled run (its stored metrics, model id and threshold). */
  declare run: RunRecord | undefined;
  declare quality: RunQuality | null | undefined;
  private loadedFor = '';

  constructor() {
    super();
    new LocaleController(this);
    this.run = undefined;
    this.quality = undefined;
  }

  override willUpdate(changed: Map<string, unknown>): void {
    const r = this.run;
    if (!changed.has('run') || !r?.metrics || this.loadedFor === `${r.id}:${r.modelId}`) return;
    this.loadedFor = `${r.id}:${r.modelId}`;
    void qualityOfRun(r).then((q) => { this.quality = q; });
  }

  override render() {
    const r = this.run;
    const q = this.quality;
    if (!r?.metrics || q === undefined) return html``;
    return html`<section data-testid="run-quality" data-flagged=${q ? String(q.flagged) : 'unknown'} aria-labelledby="rq-h">
      <h2 id="rq-h">${t('quality.title')}</h2>
      ${q === null ? html`<p>${t('quality.noCard')}</p>` : html`
        <p>${t('quality.intro', { model: r.modelId, threshold: f3(r.threshold), positives: fmtNumber(q.positives), negatives: fmtNumber(q.negatives) })}</p>
        <div class="scroll"><table>
          <thead><tr><th scope="col">${t('quality.metric')}</th><th scope="col">${t('quality.run')}</th><th scope="col">${t('quality.validation')}</th><th scope="col">${t('quality.diff')}</th></tr></thead>
          <tbody>${QUALITY_KEYS.map((k) => html`<tr>
            <th scope="row">${t(LABEL[k])}</th><td data-testid=${`run-${k}`}>${f3(q.run[k])}</td><td data-testid=${`valid-${k}`}>${f3(q.validation[k])}</td><td>${f3(q.diff[k], true)}</td>
          </tr>`)}</tbody>
        </table></div>
        <p role="status" class=${q.flagged ? 'flag' : 'ok'} data-testid="run-quality-flag">${q.flagged ? t('quality.flagged') : t('quality.ok')}</p>
        <p>${t('quality.rule', { margin: f3(q.margin), se: f3(q.aucSe), method: t(`quality.method.${q.seMethod}`) })}</p>`}
    </section>`;
  }
}
customElements.define('ll-run-quality', RunQualityBlock);
declare global { interface HTMLElementTagNameMap { 'll-run-quality': RunQualityBlock } }
