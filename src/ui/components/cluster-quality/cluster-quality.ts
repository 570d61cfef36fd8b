/**
 * One sentence saying how real a set of clusters is (#13: a silhouette near 0.05 was presented as named kinds
 * of lead). States the silhouette, k, the rule (core/clusters/structure: Kaufman & Rousseeuw's bands) and what
 * it means for reading the cluster names. Used by the run summary and the re-cluster panel.
 */
import { LitElement, css, html } from 'lit';
import { fmtNumber, t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { cardSilhouette, clusterStructure } from '../../../core/clusters/structure';
import type { ModelCard } from '../../../core/card/types';

export class ClusterQuality extends LitElement {
  static override styles = css`
    :host { display: block; }
    p { margin: 0.4rem 0; }
    .weak, .none { border-left: 4px solid var(--ll-b35c00, #b35c00); padding-left: 0.6rem; }
  `;
  static override properties = { silhouette: { type: Number }, k: { type: Number } };
  declare silhouette: number;
  declare k: number;

  constructor() { super(); new LocaleController(this); this.silhouette = Number.NaN; this.k = 0; }

  override render() {
    if (!Number.isFinite(this.silhouette)) return '';
    const s = clusterStructure(this.silhouette);
    return html`<p class=${s} data-testid="cluster-quality" data-structure=${s}>
      ${t('clusters.quality.figure', { s: fmtNumber(this.silhouette, { maximumFractionDigits: 2 }), k: this.k })}
      ${t(`clusters.quality.${s}`)} <span class="rule">${t('clusters.quality.rule')}</span></p>`;
  }
}
customElements.define('ll-cluster-quality', ClusterQuality);
declare global { interface HTMLElementTagNameMap { 'll-cluster-quality': ClusterQuality } }

/** The sentence for a model card's own clusters (nothing when the card does not record its silhouette). */
export function clusterQuality(card: ModelCard | undefined) {
  const s = cardSilhouette(card);
  return s ? html`<ll-cluster-quality .silhouette=${s.silhouette} .k=${s.k}></ll-cluster-quality>` : '';
}
