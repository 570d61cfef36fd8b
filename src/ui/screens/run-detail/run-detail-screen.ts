/**
 * One run in full: stats, the tier table (ll-tier-table), score histogram, metrics panel (labelled runs), every lead in a virtualised table
 * (sortable by any column, filterable, searchable by Customer ID), export of the current filtered view and
 * re-clustering. Sorting/filtering is the run view's job (typed arrays in the engine); this screen only asks.
 */
import { LitElement, html } from 'lit';
import type { RouterLocation } from '@vaadin/router';
import type { RunQuery, RunRecord, RunView } from '../../../bridge/batch-contract';
import { exportRun, getRun, openRunView } from '../../../storage/runs-repo';
import type { ModelCard } from '../../../core/card/types';
import { fmtDate, fmtNumber, fmtPercent, t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { href } from '../../routes';
import { clusterName, download, fileStem, loadCard } from '../../components/batch-ui/card-info';
import { defaultExportChoice, leadExportOptions, type ExportChoice } from '../../components/export-format/export-format';
import { fieldLabel, fieldWithUnit } from '../../components/lead-form/labels';
import '../../components/export-format/export-format';
import '../../components/tier-table/tier-table';
import type { LeadColumn } from '../../components/leads-table/leads-table';
import { runFilters } from './run-filters';
import { duplicatesNote } from '../../components/duplicate-ids/duplicate-ids';
import '../../components/model-drift/model-drift';
import { runDetailStyles } from './run-detail-screen.styles';
import '../../components/leads-table/leads-table';
import '../../components/score-histogram/score-histogram';
import '../../components/metrics-panel/metrics-panel';
import '../../components/monitoring/run-quality';
import '../../components/recluster-panel/recluster-panel';
import { clusterQuality } from '../../components/cluster-quality/cluster-quality';

const NUMERIC_DEFAULT_DESC = new Set(['score', 'decile']);

export class RunDetailScreen extends LitElement {
  static override styles = runDetailStyles;
  static override properties = {
    run: { state: true }, card: { state: true }, view: { state: true }, query: { state: true },
    matching: { state: true }, version: { state: true }, hist: { state: true }, error: { state: true }, status: { state: true },
    choice: { state: true },
  };
  declare location: RouterLocation | undefined;
  declare run: RunRecord | undefined;
  declare card: ModelCard | undefined;
  declare view: RunView | undefined;
  declare query: RunQuery;
  declare matching: number;
  declare version: number;
  declare hist: number[];
  declare error: string;
  declare status: string;
  declare choice: ExportChoice;
  private queryTimer?: ReturnType<typeof setTimeout>;
  private seq = 0;

  constructor() {
    super();
    new LocaleController(this);
    this.location = undefined;
    this.run = undefined;
    this.card = undefined;
    this.view = undefined;
    this.query = { sortBy: 'index', sortDir: 'asc' };
    this.matching = 0;
    this.version = 0;
    this.hist = [];
    this.error = '';
    this.status = '';
    this.choice = defaultExportChoice();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  override disconnectedCallback(): void {
    clearTimeout(this.queryTimer);
    this.view?.close();
    this.view = undefined;
    super.disconnectedCallback();
  }

  private get runId(): string {
    return String(this.location?.params.id ?? '');
  }

  private async load(): Promise<void> {
    try {
      const run = await getRun(this.runId);
      if (!run) { this.error = t('batch.detail.notFound'); return; }
      this.run = run;
      this.card = await loadCard(run.modelId).catch(() => undefined);
      const view = await openRunView(run.id);
      if (!this.isConnected) { view.close(); return; }
      this.view = view;
      this.matching = view.matching;
      this.hist = view.histogram();
    } catch (err) {
      this.error = t('common.error', { message: (err as Error).message });
    }
  }

  private setQuery(q: RunQuery, delay = 150): void {
    this.query = q;
    clearTimeout(this.queryTimer);
    this.queryTimer = setTimeout(() => void this.apply(), delay);
  }

  private async apply(): Promise<void> {
    const view = this.view;
    if (!view) return;
    const seq = ++this.seq;
    const t0 = performance.now();
    const n = await view.query(this.query);
    if (seq !== this.seq) return;
    this.matching = n;
    this.hist = view.histogram();
    this.version++;
    this.status = t('batch.detail.matching', { n: fmtNumber(n), ms: fmtNumber(Math.round(performance.now() - t0)) });
  }

  private onSort(key: string): void {
    const dir = this.query.sortBy === key ? (this.query.sortDir === 'asc' ? 'desc' : 'asc') : NUMERIC_DEFAULT_DESC.has(key) ? 'desc' : 'asc';
    this.setQuery({ ...this.query, sortBy: key, sortDir: dir }, 0);
  }

  private async exportView(): Promise<void> {
    if (!this.run) return;
    this.status = t('batch.export.working');
    try {
      download(await exportRun(this.run.id, { ...(await leadExportOptions(this.run.modelId, this.choice)), query: this.query }), `${fileStem(this.run.name)}.csv`);
      this.status = t('batch.export.done');
    } catch (err) {
      this.error = t('common.error', { message: (err as Error).message });
    }
  }

  private columns(): LeadColumn[] {
    const cols: LeadColumn[] = [
      { key: 'index', label: t('batch.col.row'), numeric: true, width: '5rem' },
      { key: 'customerId', label: t('batch.col.customerId'), width: '9rem' },
      { key: 'score', label: t('batch.col.score'), numeric: true, width: '6rem' },
      { key: 'predicted', label: t('batch.col.predicted'), width: '7rem' },
      { key: 'decile', label: t('batch.col.decile'), numeric: true, width: '5rem' },
      { key: 'segment', label: t('batch.col.segment'), width: '7rem' },
      { key: 'cluster', label: t('batch.col.cluster'), width: '17rem' },
    ];
    if (this.run?.hasLabels) cols.push({ key: 'label', label: fieldLabel(this.card?.target ?? 'Conversion'), numeric: true, width: '7rem' });
    for (const f of this.card?.fields ?? []) {
      if (f.type === 'id') continue;
      cols.push({ key: f.name, label: fieldWithUnit(this.card?.fields, f.name), numeric: f.type !== 'category', width: f.type === 'category' ? '9rem' : '8rem' });
    }
    return cols;
  }

  private clusterLabels(): string[] {
    const n = Math.max(this.run?.byCluster.length ?? 0, this.card?.clusters.names.length ?? 0);
    return Array.from({ length: n }, (_, i) => clusterName(this.card, i, t('batch.cluster.n', { n: i + 1 })));
  }

  override render() {
    const r = this.run;
    if (this.error) return html`<h1>${t('nav.runs')}</h1><p class="error" role="alert">${this.error}</p><p><a href=${href('runs')}>${t('batch.detail.back')}</a></p>`;
    if (!r) return html`<h1>${t('nav.runs')}</h1><p role="status">${t('common.loading')}</p>`;
    const labels = this.clusterLabels();
    return html`
      <p><a href=${href('runs')}>${t('batch.detail.back')}</a></p>
      <h1>${r.name}</h1>
      <p class="muted">${t('batch.detail.meta', { file: r.fileName, date: fmtDate(r.startedAt), model: r.modelId, status: t(`batch.status.${r.status}`) })}</p>
      <dl class="stats">
        <div><dt>${t('batch.summary.rows')}</dt><dd>${fmtNumber(r.counts.rows)}</dd></div>
        <div><dt>${t('batch.summary.scored')}</dt><dd>${fmtNumber(r.counts.scored)}</dd></div>
        <div><dt>${t('batch.summary.invalid')}</dt><dd>${fmtNumber(r.counts.invalid)}</dd></div>
        <div><dt>${t('batch.summary.mean')}</dt><dd>${fmtPercent(r.meanScore)}</dd></div>
        <div><dt>${t('batch.summary.predicted')}</dt><dd>${fmtPercent(r.predictedShare)}</dd></div>
      </dl>
      ${duplicatesNote(r.duplicates)}
      <ll-tier-table .run=${r} .card=${this.card}></ll-tier-table>
      <div class="top">
        <section aria-labelledby="hh"><h2 id="hh">${t('batch.hist.title')}</h2>
          <ll-score-histogram .bins=${this.hist} .threshold=${r.threshold}></ll-score-histogram></section>
        ${r.metrics ? html`<ll-metrics-panel .metrics=${r.metrics}></ll-metrics-panel><ll-run-quality .run=${r}></ll-run-quality>` : ''}
      </div>
      <ll-model-drift runId=${r.id} modelId=${r.modelId}></ll-model-drift>
      <h2>${t('batch.detail.leads')}</h2>
      ${runFilters(this.query, labels, (q) => this.setQuery(q))}
      <div class="row">
        <p role="status" aria-live="polite" data-testid="leads-matching" data-matching=${this.matching}>${this.status || t('batch.detail.matchingShort', { n: fmtNumber(this.matching) })}</p>
        <ll-export-format .choice=${this.choice} @export-format-change=${(e: CustomEvent<ExportChoice>) => { this.choice = e.detail; }}></ll-export-format>
        <button type="button" class="secondary" data-testid="leads-export" @click=${() => void this.exportView()}>${t('batch.detail.export')}</button>
      </div>
      <ll-leads-table .source=${this.view ? (o: number, l: number) => this.view!.rows(o, l) : undefined} .total=${this.matching}
        .columns=${this.columns()} .runId=${r.id} .sortBy=${this.query.sortBy ?? 'index'} .sortDir=${this.query.sortDir ?? 'asc'}
        .version=${this.version} .clusterLabel=${(i: number) => labels[i] ?? String(i + 1)} @sort=${(e: CustomEvent<string>) => this.onSort(e.detail)}></ll-leads-table>
      ${clusterQuality(this.card)}
      <ll-recluster-panel .open=${() => openRunView(r.id)} .modelClusters=${labels.length}
        .modelClusterLabel=${(i: number) => labels[i] ?? String(i + 1)}></ll-recluster-panel>
    `;
  }
}
customElements.define('ll-run-detail-screen', RunDetailScreen);
declare global { interface HTMLElementTagNameMap { 'll-run-detail-screen': RunDetailScreen } }
