/**
 * <ll-cluster-profiles>: each cluster's share of leads and conversion rate (observed on labelled leads,
 * else expected from scores), and its mean per clustering feature against the overall mean, in people's
 * field names and units — the numbers the cluster names come from.
 */
import { LitElement, html } from 'lit';
import type { CardSummary } from '../../../../core/charts/card-summary';
import type { Merged } from '../../../../core/charts/merge';
import type { DashboardRun } from '../../../../storage/charts/dashboard-repo';
import { fmtNumber, fmtPercent, t } from '../../../i18n/i18n';
import { LocaleController } from '../../../i18n/locale-controller';
import '../../../components/chart/ll-chart';
import { clusterLabel, fieldWithUnit, profileSpec } from './insight-specs';
import { insightsStyles } from './insights.styles';

const num = (v: number): string => (Number.isFinite(v) ? fmtNumber(v, { maximumFractionDigits: Math.abs(v) >= 100 ? 0 : 2 }) : '—');

export class ClusterProfiles extends LitElement {
  static override styles = insightsStyles;
  static override properties = { merged: { attribute: false }, card: { attribute: false }, names: { attribute: false } };
  declare merged: Merged | undefined;
  declare card: CardSummary | undefined;
  declare names: DashboardRun['clusterNames'] | undefined;

  constructor() {
    super();
    new LocaleController(this);
    this.merged = undefined;
    this.card = undefined;
    this.names = undefined;
  }

  override render() {
    const m = this.merged;
    if (!m) return html``;
    const p = profileSpec(m, this.card, this.names);
    const total = m.cluster.count.reduce((a, b) => a + b, 0);
    const k = m.cluster.count.length;
    return html`<div class="grid">
      <div class="table-wrap" tabindex="0" role="region" aria-label=${t('insights.clusterShares')}>
        <table data-testid="cluster-shares">
          <caption>${t('insights.clusterShares')}</caption>
          <thead><tr><th scope="col">${t('insights.clusterAxis')}</th><th scope="col">${t('insights.share')}</th><th scope="col">${t('insights.rate')}</th></tr></thead>
          <tbody>${Array.from({ length: k }, (_, c) => {
            const n = m.cluster.count[c] ?? 0;
            const l = m.cluster.labelled[c] ?? 0;
            const rate = l > 0 ? fmtPercent(m.cluster.positives[c] / l) : n > 0 ? t('insights.expected', { v: fmtPercent(m.cluster.sumScore[c] / n) }) : '—';
            return html`<tr><th scope="row">${clusterLabel(this.names, c)}</th><td>${total ? fmtPercent(n / total) : '—'}</td><td>${rate}</td></tr>`;
          })}</tbody>
        </table>
      </div>
      ${p ? html`<ll-chart .spec=${p.spec} .height=${320}></ll-chart>
        <div class="table-wrap" tabindex="0" role="region" aria-label=${t('insights.profileMeans')}>
          <table data-testid="cluster-means">
            <caption>${t('insights.profileMeans')}</caption>
            <thead><tr><th scope="col">${t('insights.feature')}</th><th scope="col">${t('insights.overall')}</th>${Array.from({ length: k }, (_, c) => html`<th scope="col">${clusterLabel(this.names, c)}</th>`)}</tr></thead>
            <tbody>${p.rows.map((r) => html`<tr><th scope="row">${fieldWithUnit(this.card, r.field)}</th><td>${num(r.overallMean)}</td>${Array.from({ length: k }, (_, c) => html`<td>${num(r.clusterMeans[c] ?? NaN)}</td>`)}</tr>`)}</tbody>
          </table>
        </div>` : html`<p class="note">${t('insights.profiles.none')}</p>`}
    </div>`;
  }
}
customElements.define('ll-cluster-profiles', ClusterProfiles);
declare global { interface HTMLElementTagNameMap { 'll-cluster-profiles': ClusterProfiles } }
