/**
 * The priority tiers of one run as a small table (issue #13), used by the batch summary and run detail:
 * each tier's range under the run's rule, its validation conversion rate and share from the model card,
 * its leads in this run, and, when the file carried a Conversion column, the tier's actual conversion rate
 * and count on this file beside the validation rate. A table narrower than a phone scrolls in its own box.
 */
import { LitElement, html, nothing } from 'lit';
import type { RunRecord } from '../../../bridge/batch-contract';
import type { ModelCard } from '../../../core/card/types';
import { outcomesOrdered } from '../../../core/tiers/outcomes';
import { fmtNumber, fmtPercent, t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { tierRangeText } from '../score-result/tier-text';
import { tierTableStyles } from './tier-table.styles';

const TIERS = ['High', 'Medium', 'Low'] as const;

export class TierTable extends LitElement {
  static override styles = tierTableStyles;
  static override properties = { run: { attribute: false }, card: { attribute: false } };
  /** The run (its tier rule, counts per tier and, on labelled files, outcomes per tier). */
  declare run: RunRecord | undefined;
  /** The run's model card (ranges and validation figures); without it only the counts are shown. */
  declare card: ModelCard | undefined;

  constructor() {
    super();
    new LocaleController(this);
    this.run = undefined;
    this.card = undefined;
  }

  override render() {
    const r = this.run;
    if (!r) return nothing;
    const rule = r.tierRule ?? 'decile';
    const val = this.card?.tiers?.validation[rule];
    const out = r.tierOutcomes;
    const scored = r.counts.scored || 1;
    return html`<div class="scroll"><table data-testid="tier-figures" data-rule=${rule} data-ordered=${out ? String(outcomesOrdered(out)) : nothing}>
      <caption>${t('tierTable.caption')}</caption>
      <thead><tr><th scope="col">${t('batch.col.segment')}</th><th scope="col">${t('tierTable.range')}</th>
        <th scope="col" class="num">${t('tierTable.leads')}</th>
        ${val ? html`<th scope="col" class="num">${t('tierTable.validation')}</th>` : nothing}
        ${out ? html`<th scope="col" class="num">${t('tierTable.actual')}</th>` : nothing}</tr></thead>
      <tbody>${TIERS.map((s) => html`<tr data-tier=${s} data-actual-rate=${out && out[s].count ? out[s].rate : nothing}>
        <th scope="row">${t(`batch.segment.${s}`)}</th>
        <td>${this.card ? tierRangeText(this.card, rule, s) : '—'}</td>
        <td class="num">${t('tierTable.leadsValue', { n: fmtNumber(r.bySegment[s]), share: fmtPercent(r.bySegment[s] / scored) })}</td>
        ${val ? html`<td class="num" data-testid="tier-validation-rate">${t('tier.figure', { rate: fmtPercent(val[s].conversionRate), share: fmtPercent(val[s].share) })}</td>` : nothing}
        ${out ? html`<td class="num" data-testid="tier-actual-rate">${out[s].count
          ? t('tierTable.actualValue', { rate: fmtPercent(out[s].rate), positives: fmtNumber(out[s].positives), count: fmtNumber(out[s].count) })
          : '—'}</td>` : nothing}
      </tr>`)}</tbody>
    </table></div>
    ${out && !outcomesOrdered(out) ? html`<p class="muted" data-testid="tier-unordered">${t('tierTable.unordered')}</p>` : nothing}`;
  }
}
customElements.define('ll-tier-table', TierTable);
declare global { interface HTMLElementTagNameMap { 'll-tier-table': TierTable } }
