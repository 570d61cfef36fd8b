/**
 * Input drift of one scoring run (run detail): a table of each input's PSI against the model's training data,
 * its band and the share of unknown categories, drifting inputs first; the bands are explained in words.
 */
import { LitElement, css, html } from 'lit';
import type { FeatureDrift } from '../../../core/monitoring/drift';
import { fmtNumber, fmtPercent, t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { runDrift } from './run-drift';
import { fieldLabel } from '../lead-form/labels';

export class ModelDrift extends LitElement {
  static override styles = css`
    :host { display: block; }
    .scroll { overflow-x: auto; }
    table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
    th, td { border-bottom: 1px solid var(--ll-dfe4ea, #dfe4ea); padding: 0.3rem 0.6rem; text-align: right; }
    th[scope='row'], thead th:first-child { text-align: left; }
    .major { color: var(--ll-a4161a, #a4161a); font-weight: 600; }
    .moderate { color: var(--ll-7a4b00, #7a4b00); font-weight: 600; }
    .help { color: var(--ll-36424f, #36424f); }
  `;
  static override properties = { runId: { type: String }, modelId: { type: String }, drift: { state: true }, error: { state: true } };
  declare runId: string;
  declare modelId: string;
  declare drift: FeatureDrift[] | undefined;
  declare error: string;

  constructor() {
    super();
    new LocaleController(this);
    this.runId = '';
    this.modelId = '';
    this.drift = undefined;
    this.error = '';
  }

  override updated(changed: Map<string, unknown>): void {
    if ((changed.has('runId') || changed.has('modelId')) && this.runId && this.modelId) {
      runDrift(this.runId, this.modelId).then((d) => { this.drift = d; }, (e: unknown) => { this.error = String(e); });
    }
  }

  override render() {
    const d = this.drift;
    return html`<section aria-labelledby="drift-h" data-testid="run-drift">
      <h2 id="drift-h">${t('drift.title')}</h2>
      <p class="help">${t('drift.help')}</p>
      ${this.error ? html`<p role="alert">${this.error}</p>` : !d ? html`<p role="status">${t('models.loading')}</p>` : html`
        ${d.every((f) => f.level === 'stable') ? html`<p>${t('drift.none')}</p>` : ''}
        <div class="scroll"><table>
          <thead><tr><th scope="col">${t('drift.feature')}</th><th scope="col">${t('drift.psi')}</th><th scope="col">${t('drift.level')}</th><th scope="col">${t('drift.unknown')}</th></tr></thead>
          <tbody>${d.map((f) => html`<tr data-drift=${f.level}><th scope="row">${fieldLabel(f.name)}</th><td>${Number.isNaN(f.psi) ? '—' : fmtNumber(f.psi, { maximumFractionDigits: 3 })}</td>
            <td class=${f.level}>${t(`drift.level.${f.level}`)}</td><td>${f.unknownShare === undefined ? '—' : fmtPercent(f.unknownShare)}</td></tr>`)}</tbody>
        </table></div>`}
    </section>`;
  }
}
customElements.define('ll-model-drift', ModelDrift);
declare global { interface HTMLElementTagNameMap { 'll-model-drift': ModelDrift } }
