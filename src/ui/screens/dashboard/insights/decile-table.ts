/**
 * <ll-decile-table>: the decile table of the selected runs (leads, share, mean score and, for labelled
 * leads, conversions, rate, lift, cumulative gain) with the note that deciles are the model's cut points
 * from validation, so a run's share per decile and tier can move.
 */
import { LitElement, html } from 'lit';
import type { DecileRow } from '../../../../core/charts/decile-table';
import { fmtNumber, fmtPercent, t } from '../../../i18n/i18n';
import { LocaleController } from '../../../i18n/locale-controller';
import { insightsStyles } from './insights.styles';

const pct = (v: number): string => (Number.isFinite(v) ? fmtPercent(v) : '—');

export class DecileTable extends LitElement {
  static override styles = insightsStyles;
  static override properties = { rows: { attribute: false }, labelled: { type: Boolean } };
  declare rows: DecileRow[];
  declare labelled: boolean;

  constructor() {
    super();
    new LocaleController(this);
    this.rows = [];
    this.labelled = false;
  }

  override render() {
    const l = this.labelled;
    return html`<p class="note">${t('insights.decileNote')}</p>
      <div class="table-wrap" tabindex="0" role="region" aria-label=${t('insights.decileTable')}>
        <table data-testid="decile-table">
          <caption>${t('insights.decileTable')}</caption>
          <thead><tr>
            <th scope="col">${t('insights.decile')}</th><th scope="col">${t('insights.leads')}</th><th scope="col">${t('insights.share')}</th>
            <th scope="col">${t('insights.meanScore')}</th>
            ${l ? html`<th scope="col">${t('insights.labelled')}</th><th scope="col">${t('insights.conversions')}</th><th scope="col">${t('insights.rate')}</th><th scope="col">${t('insights.liftAxis')}</th><th scope="col">${t('insights.gainAxis')}</th>` : ''}
          </tr></thead>
          <tbody>${this.rows.map((r) => html`<tr data-decile=${r.decile} data-count=${r.count} data-positives=${r.positives} data-labelled=${r.labelled} data-mean=${Number.isFinite(r.meanScore) ? r.meanScore : ''}>
            <th scope="row">${r.decile}</th><td>${fmtNumber(r.count)}</td><td>${pct(r.share)}</td><td>${pct(r.meanScore)}</td>
            ${l ? html`<td>${fmtNumber(r.labelled)}</td><td>${fmtNumber(r.positives)}</td><td>${pct(r.rate)}</td><td>${Number.isFinite(r.lift) ? fmtNumber(r.lift, { maximumFractionDigits: 2 }) : '—'}</td><td>${pct(r.cumulativeGain)}</td>` : ''}
          </tr>`)}</tbody>
        </table>
      </div>`;
  }
}
customElements.define('ll-decile-table', DecileTable);
declare global { interface HTMLElementTagNameMap { 'll-decile-table': DecileTable } }
