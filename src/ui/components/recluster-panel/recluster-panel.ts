/**
 * "Re-cluster this run": runs k-means++ in a worker (k by silhouette, 3..6) on an even sample of the run and
 * shows the new clusters beside the model's: silhouette per k, sizes, centroids vs overall means, and a
 * cross-tab model cluster × new cluster. Results are for exploration only; stored scores don't change.
 */
import { LitElement, html } from 'lit';
import { reclusterRun, type ReclusterOutcome, type RowSource } from '../../../bridge/recluster-bridge';
import { fmtNumber, t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { reclusterPanelStyles } from './recluster-panel.styles';
import '../cluster-quality/cluster-quality';
import { fieldLabel } from '../lead-form/labels';

const f2 = (v: number): string => fmtNumber(v, { maximumFractionDigits: 2 });

export class ReclusterPanel extends LitElement {
  static override styles = reclusterPanelStyles;
  static override properties = {
    open: { attribute: false }, modelClusterLabel: { attribute: false }, modelClusters: { type: Number },
    busy: { state: true }, result: { state: true }, error: { state: true },
  };
  /** Opens a fresh, unfiltered view of the run (closed after sampling). */
  declare open: (() => Promise<RowSource & { close(): void }>) | undefined;
  declare modelClusterLabel: (i: number) => string;
  declare modelClusters: number;
  declare busy: boolean;
  declare result: ReclusterOutcome | undefined;
  declare error: string;
  private abort?: AbortController;

  constructor() {
    super();
    new LocaleController(this);
    this.open = undefined;
    this.modelClusterLabel = (i) => String(i + 1);
    this.modelClusters = 0;
    this.busy = false;
    this.result = undefined;
    this.error = '';
  }

  override disconnectedCallback(): void {
    this.abort?.abort();
    super.disconnectedCallback();
  }

  private async run(): Promise<void> {
    if (!this.open) return;
    this.busy = true;
    this.error = '';
    this.abort = new AbortController();
    try {
      const view = await this.open();
      try { this.result = await reclusterRun(view, this.abort.signal); } finally { view.close(); }
    } catch (err) {
      this.error = t('common.error', { message: (err as Error).message });
    } finally {
      this.busy = false;
    }
  }

  private details(r: ReclusterOutcome) {
    const nModel = Math.max(this.modelClusters, ...r.modelClusters.map((c) => c + 1));
    const cross = Array.from({ length: nModel }, () => new Array<number>(r.k).fill(0));
    r.modelClusters.forEach((m, i) => { cross[m][r.assignments[i]]++; });
    return html`
      <p data-testid="recluster-result" data-k=${r.k}>${t('batch.recluster.result', { k: r.k, n: fmtNumber(r.sampled), ms: fmtNumber(Math.round(r.ms)) })}</p>
      <ll-cluster-quality .silhouette=${r.silhouettes.find((s) => s.k === r.k)?.score ?? Number.NaN} .k=${r.k}></ll-cluster-quality>
      <div class="cols">
        <table><caption>${t('batch.recluster.silhouette')}</caption>
          <thead><tr><th scope="col">k</th><th scope="col" class="num">${t('batch.recluster.score')}</th></tr></thead>
          <tbody>${r.silhouettes.map((s) => html`<tr><th scope="row">${s.k}${s.k === r.k ? ' ✓' : ''}</th><td class="num">${fmtNumber(s.score, { maximumFractionDigits: 3 })}</td></tr>`)}</tbody>
        </table>
        <div class="scroll"><table><caption>${t('batch.recluster.cross')}</caption>
          <thead><tr><th scope="col">${t('batch.recluster.modelCluster')}</th>
            ${r.sizes.map((_, j) => html`<th scope="col" class="num">${t('batch.recluster.newCluster', { n: j + 1 })}</th>`)}</tr></thead>
          <tbody>${cross.map((row, i) => html`<tr><th scope="row">${this.modelClusterLabel(i)}</th>${row.map((v) => html`<td class="num">${fmtNumber(v)}</td>`)}</tr>`)}</tbody>
        </table></div>
      </div>
      <div class="scroll"><table><caption>${t('batch.recluster.centroids')}</caption>
        <thead><tr><th scope="col">${t('batch.recluster.feature')}</th><th scope="col" class="num">${t('batch.recluster.mean')}</th>
          ${r.sizes.map((n, j) => html`<th scope="col" class="num">${t('batch.recluster.newCluster', { n: j + 1 })} (${fmtNumber(n)})</th>`)}</tr></thead>
        <tbody>${r.features.map((f) => html`<tr><th scope="row">${fieldLabel(f)}</th><td class="num">${f2(r.means[f])}</td>
          ${r.centroids.map((c) => html`<td class="num">${f2(c[f])}</td>`)}</tr>`)}</tbody>
      </table></div>`;
  }

  override render() {
    return html`
      <h2>${t('batch.recluster.title')}</h2>
      <p class="muted">${t('batch.recluster.intro')}</p>
      <button type="button" data-testid="recluster" ?disabled=${this.busy || !this.open} @click=${() => void this.run()}>
        ${this.busy ? t('batch.recluster.running') : t('batch.recluster.button')}</button>
      <div role="status" aria-live="polite">
        ${this.error ? html`<p class="error">${this.error}</p>` : ''}
        ${this.result ? this.details(this.result) : ''}
      </div>
    `;
  }
}
customElements.define('ll-recluster-panel', ReclusterPanel);
declare global { interface HTMLElementTagNameMap { 'll-recluster-panel': ReclusterPanel } }
