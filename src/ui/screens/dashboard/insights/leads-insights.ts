/**
 * <ll-leads-insights>: the leads half of the dashboard. KPIs, charts (segments, clusters, score
 * distribution, conversion by campaign channel and type, trends across runs), model quality for labelled
 * runs (lift, gain, ROC, PR, calibration, decile table) and cluster profiles, with filters (run, date
 * range, segment). Reads only run aggregates (storage/charts), so it opens as fast for a million leads as
 * for a thousand, and refreshes when a run finishes. Sets `data-ready` (charts) once every chart near the
 * viewport is drawn (the others draw when scrolled to) and `data-drawn` (how many were drawn). It renders in
 * stages, one main-thread task each (KPIs and filters first, then the overview charts, model quality and
 * cluster profiles); the model card is read in the dashboard worker, which hands back only a small summary.
 * ApexCharts is not loaded on opening: the first chart that comes near the viewport loads it (ChartController), or,
 * once the dashboard is complete, an idle-time preload does.
 */
import { LitElement, html } from 'lit';
import type { CardSummary } from '../../../../core/charts/card-summary';
import { mergeRuns, SEGMENT_NAMES, type Merged, type SegmentName } from '../../../../core/charts/merge';
import { decileTable } from '../../../../core/charts/decile-table';
import { completedRuns, watchCompletedRuns, type DashboardRun } from '../../../../storage/charts/dashboard-repo';
import { dashboardCard } from '../../../../bridge/dashboard-bridge';
import { segmentLabel } from '../../../components/lead-form/labels';
import type { LlChart } from '../../../components/chart/ll-chart';
import { preloadApex } from '../../../components/chart/chart-controller';
import type { ChartSpec } from '../../../components/chart/chart-spec';
import { addCatalogue, fmtDate, fmtNumber, fmtPercent, getLocale, t } from '../../../i18n/i18n';
import chartStrings from '../../../i18n/locales/charts';
import { LocaleController } from '../../../i18n/locale-controller';
import { href } from '../../../routes';
import '../../../components/chart/ll-chart';
import './decile-table';
import './cluster-profiles';
import { overviewSpecs, qualitySpecs, trendSpec } from './insight-specs';
import { insightsStyles } from './insights.styles';

const DAY = 86_400_000;

interface InsightsView { sel: DashboardRun[]; m: Merged; names: DashboardRun['clusterNames']; overview: ChartSpec[]; quality: ChartSpec[]; trend?: ChartSpec }
addCatalogue(chartStrings);

export class LeadsInsights extends LitElement {
  static override styles = insightsStyles;
  static override properties = { runs: { state: true }, card: { state: true }, stage: { state: true }, cardDone: { state: true }, runId: { state: true }, from: { state: true }, to: { state: true }, segment: { state: true }, error: { state: true } };
  declare runs: DashboardRun[] | undefined;
  declare card: CardSummary | undefined;
  declare runId: string;
  declare from: string;
  declare to: string;
  declare segment: SegmentName | '';
  declare error: string;
  /** Sections rendered so far: 0 KPIs and filters, 1 overview charts, 2 model quality, 3 cluster profiles. */
  declare stage: number;
  declare cardDone: boolean;
  private unwatch?: () => void;
  private gen = 0;
  private stepping = false;
  private memo?: { key: unknown[]; view: InsightsView };

  constructor() {
    super();
    new LocaleController(this);
    this.runs = undefined;
    this.card = undefined;
    this.runId = '';
    this.from = '';
    this.to = '';
    this.segment = '';
    this.error = '';
    this.stage = 0;
    this.cardDone = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
    this.unwatch = watchCompletedRuns(() => void this.load());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unwatch?.();
  }

  private async load(): Promise<void> {
    try {
      const runs = await completedRuns();
      this.runs = runs;
      await this.updateComplete;
      this.card = await dashboardCard(runs[0]?.modelId).catch(() => undefined); // read and checked in the worker
    } catch (e) {
      this.error = t('dash.error', { message: (e as Error).message });
    }
    this.cardDone = true;
  }

  private selected(): DashboardRun[] {
    const runs = this.runs ?? [];
    if (this.runId) return runs.filter((r) => r.id === this.runId);
    const lo = this.from ? Date.parse(this.from) : -Infinity;
    const hi = this.to ? Date.parse(this.to) + DAY : Infinity;
    return runs.filter((r) => r.startedAt >= lo && r.startedAt < hi);
  }

  protected override async updated(): Promise<void> {
    this.removeAttribute('data-ready');
    const gen = ++this.gen;
    if (this.runs?.length && this.stage < 3) {
      if (!this.stepping) setTimeout(() => { this.stepping = false; this.stage++; }, 0); // next section, own task
      this.stepping = true;
      return;
    }
    await this.updateComplete;
    const charts = [...this.renderRoot.querySelectorAll<LlChart>('ll-chart')];
    for (const host of this.renderRoot.querySelectorAll('ll-cluster-profiles')) {
      await host.updateComplete;
      charts.push(...host.renderRoot.querySelectorAll<LlChart>('ll-chart'));
    }
    await Promise.all(charts.map(async (c) => { await c.updateComplete; await c.drawn; }));
    if (!this.runs || !this.cardDone || gen !== this.gen) return;
    this.setAttribute('data-drawn', String(charts.filter((c) => c.dataset.drawn === '1').length));
    this.setAttribute('data-ready', String(charts.length));
    preloadApex(); // complete: the charts below the fold will need the library when scrolled to; load it while idle
  }

  private filters() {
    const runs = this.runs ?? [];
    return html`<div class="filters" role="group" aria-label=${t('insights.filters')}>
      <label>${t('insights.filter.run')}
        <select data-testid="insights-run" @change=${(e: Event) => { this.runId = (e.target as HTMLSelectElement).value; }}>
          <option value="" ?selected=${!this.runId}>${t('insights.filter.allRuns')}</option>
          ${runs.map((r) => html`<option value=${r.id} ?selected=${r.id === this.runId}>${r.name} — ${fmtDate(r.startedAt)}</option>`)}
        </select></label>
      <label>${t('insights.filter.from')}<input type="date" data-testid="insights-from" .value=${this.from} ?disabled=${Boolean(this.runId)} @change=${(e: Event) => { this.from = (e.target as HTMLInputElement).value; }} /></label>
      <label>${t('insights.filter.to')}<input type="date" data-testid="insights-to" .value=${this.to} ?disabled=${Boolean(this.runId)} @change=${(e: Event) => { this.to = (e.target as HTMLInputElement).value; }} /></label>
      <label>${t('insights.filter.segment')}
        <select data-testid="insights-segment" @change=${(e: Event) => { this.segment = (e.target as HTMLSelectElement).value as SegmentName | ''; }}>
          <option value="" ?selected=${!this.segment}>${t('insights.filter.allSegments')}</option>
          ${SEGMENT_NAMES.map((s) => html`<option value=${s} ?selected=${s === this.segment}>${segmentLabel(s)}</option>`)}
        </select></label>
    </div>`;
  }

  private kpis(m: Merged, sel: DashboardRun[]) {
    const last = sel[0];
    const mean = m.scored ? m.sumScore / m.scored : NaN;
    const high = m.scored ? m.bySegment.High / m.scored : NaN;
    const kpi = (id: string, v: string, l: string, raw: number) => html`<div class="kpi" data-testid=${`kpi-${id}`} data-value=${String(raw)}><span class="v">${v}</span><span class="l">${l}</span></div>`;
    return html`<div class="kpis" data-testid="insights-kpis" data-scored=${m.scored} data-high=${m.bySegment.High} data-medium=${m.bySegment.Medium} data-low=${m.bySegment.Low}>
      ${kpi('scored', fmtNumber(m.scored), t('insights.kpi.scored'), m.scored)}
      ${kpi('runs', fmtNumber(sel.length), t('insights.kpi.runs'), sel.length)}
      ${kpi('mean', Number.isFinite(mean) ? fmtPercent(mean) : '—', t('insights.kpi.mean'), mean)}
      ${kpi('high', Number.isFinite(high) ? fmtPercent(high) : '—', t('insights.kpi.high'), high)}
      ${last ? html`<div class="kpi" data-testid="kpi-last"><span class="l">${t('insights.kpi.last')}</span>
        <a href=${href(`runs/${last.id}`)}>${last.name}</a>
        <span class="l">${t('insights.kpi.lastFigures', { date: fmtDate(last.startedAt), n: fmtNumber(last.counts.scored), mean: fmtPercent(last.meanScore), share: fmtPercent(last.predictedShare) })}</span></div>` : ''}
    </div>`;
  }

  /**
   * The selection, its merged aggregates and chart specs, computed once per change of runs, filters, card or
   * language: the staged renders reuse the same spec objects, so a chart already drawn is not drawn again.
   */
  private view(): InsightsView {
    const key = [this.runs, this.runId, this.from, this.to, this.segment, this.card, getLocale()];
    if (this.memo && this.memo.key.every((k, i) => k === key[i])) return this.memo.view;
    const sel = this.selected();
    const seg = this.segment || undefined;
    const m = mergeRuns(sel.map((r) => ({ ...r, scored: r.counts.scored })), seg, seg && this.card ? range(this.card.segments[seg]) : undefined);
    const names = sel[0]?.clusterNames ?? this.runs![0].clusterNames;
    const view = { sel, m, names, overview: overviewSpecs(m, names), quality: m.labelled > 0 ? qualitySpecs(m) : [], ...(sel.length > 1 ? { trend: trendSpec(sel) } : {}) };
    this.memo = { key, view };
    return view;
  }

  override render() {
    const head = html`<h2 id="insights-h">${t('insights.title')}</h2>`;
    if (this.error) return html`${head}<p role="alert">${this.error}</p>`;
    if (!this.runs) return html`${head}<p role="status">${t('common.loading')}</p>`;
    if (this.runs.length === 0) return html`${head}<p data-testid="insights-empty">${t('insights.empty')}</p>`;
    const { sel, m, names, overview, quality, trend } = this.view();
    const st = this.stage;
    return html`<section aria-labelledby="insights-h">${head}${this.filters()}
      ${sel.length === 0 ? html`<p>${t('insights.noneSelected')}</p>` : html`
        ${this.kpis(m, sel)}
        ${m.withoutCharts > 0 ? html`<p class="note">${t('insights.oldRuns', { n: fmtNumber(m.withoutCharts) })}</p>` : ''}
        <p class="note">${t('insights.tierNote')}</p>
        ${st >= 1 ? html`<div class="grid">${overview.map((s) => html`<ll-chart .spec=${s}></ll-chart>`)}
          ${trend ? html`<ll-chart .spec=${trend}></ll-chart>` : ''}</div>` : ''}
        ${st >= 2 ? html`<h3>${t('insights.quality')}</h3>
          ${quality.length ? html`<div class="grid">${quality.map((s) => html`<ll-chart .spec=${s}></ll-chart>`)}</div>` : html`<p class="note">${t('insights.quality.none')}</p>`}
          <ll-decile-table .rows=${decileTable({ count: m.byDecile, ...m.decile })} ?labelled=${m.labelled > 0}></ll-decile-table>` : ''}
        ${st >= 3 ? html`<h3>${t('insights.clusters')}</h3>
          <ll-cluster-profiles .merged=${m} .card=${this.card} .names=${names}></ll-cluster-profiles>` : ''}`}
    </section>`;
  }
}

function range([lo, hi]: [number, number]): number[] {
  return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
}

customElements.define('ll-leads-insights', LeadsInsights);
declare global { interface HTMLElementTagNameMap { 'll-leads-insights': LeadsInsights } }
