/**
 * <ll-chart>: the one chart element of the app. It wraps ApexCharts 4.7.0 (pinned; loaded lazily by
 * ChartController), draws on an element inside its own shadow root, follows the locale and the colour
 * scheme, and renders beside every chart an accessible data table (toggle) plus PNG and CSV export of
 * exactly the numbers drawn. The plot itself is hidden from assistive technology: the table is the content.
 * A chart is drawn only once it comes near the viewport (IntersectionObserver), so a screen of charts costs
 * the main thread only what the user can see; its data table and CSV never wait for the drawing.
 *
 * @property spec - the chart (ChartSpec); aggregated data only.
 * @property height - plot height in px (default 260).
 */
import { LitElement, html, type PropertyValues } from 'lit';
import { addCatalogue, t } from '../../i18n/i18n';
import chartStrings from '../../i18n/locales/charts';
import { LocaleController } from '../../i18n/locale-controller';
import { BOM, csvLine } from '../../../core/csv/export';
import { download, fileStem } from '../batch-ui/card-info';
import { ChartController, isDark } from './chart-controller';
import { apexOptions } from './chart-options';
import { chartColours } from './chart-theme';
import { formatValue } from './chart-format';
import { tableOf, type ChartSpec } from './chart-spec';
import { chartStyles } from './ll-chart.styles';

addCatalogue(chartStrings);
let seq = 0;

export class LlChart extends LitElement {
  static override styles = chartStyles;
  static override properties = { spec: { attribute: false }, height: { type: Number }, open: { state: true } };
  declare spec: ChartSpec | undefined;
  declare height: number;
  declare open: boolean;
  private readonly chart = new ChartController(this);
  private readonly uid = `ll-chart-${++seq}`;
  private near = false;
  private io?: IntersectionObserver;
  private seen: Promise<void> = Promise.resolve();

  constructor() {
    super();
    new LocaleController(this);
    this.spec = undefined;
    this.height = 260;
    this.open = false;
  }

  /** Resolves once the current spec is drawn, or once the chart is known to be off screen (drawn later). */
  get drawn(): Promise<void> {
    return this.seen.then(() => this.updateComplete).then(() => this.chart.ready);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    let first!: () => void;
    this.seen = new Promise((r) => { first = r; });
    this.io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting) && !this.near) {
        this.near = true;
        this.io?.disconnect();
        this.requestUpdate();
      }
      first();
    }, { rootMargin: '200px' });
    this.io.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.io?.disconnect();
    this.near = false;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const el = this.renderRoot.querySelector<HTMLElement>('.plot');
    if (!el || !this.spec) return;
    if (!this.near) { this.dataset.drawn = 'deferred'; return; }
    if (changed.size === 1 && changed.has('open')) return; // showing or hiding the table leaves the plot as it is
    const dark = isDark();
    this.toggleAttribute('data-dark', dark);
    void this.chart.render(el, apexOptions(this.spec, chartColours(this, dark), this.height), this.spec.title).then(() => {
      this.dataset.drawn = '1';
      this.dispatchEvent(new Event('ll-chart-drawn'));
    }, () => { this.dataset.drawn = 'error'; });
  }

  private stem(): string {
    return fileStem(this.spec?.fileName ?? this.spec?.title ?? 'chart');
  }

  private async exportPng(): Promise<void> {
    const url = await this.chart.png();
    if (!url) return;
    const a = document.createElement('a');
    a.href = url;
    a.download = `${this.stem()}.png`;
    document.body.append(a);
    a.click();
    a.remove();
  }

  private exportCsv(): void {
    if (!this.spec) return;
    const { head, rows } = tableOf(this.spec);
    const body = [head, ...rows].map((r) => csvLine(r, ',')).join('');
    download(new Blob([BOM + body], { type: 'text/csv;charset=utf-8' }), `${this.stem()}.csv`);
  }

  private table() {
    const spec = this.spec!;
    const { head, rows, formats } = tableOf(spec);
    return html`<div class="table-wrap" id=${`${this.uid}-table`} tabindex="0" role="region" aria-label=${t('chart.table.label', { title: spec.title })}>
      <table data-testid="chart-table">
        <caption>${spec.title}</caption>
        <thead><tr>${head.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
        <tbody>${rows.map((r) => html`<tr>${r.map((v, i) => (i === 0 ? html`<th scope="row">${formatValue(v, formats[i], spec.currency)}</th>` : html`<td>${formatValue(v, formats[i], spec.currency)}</td>`))}</tr>`)}</tbody>
      </table>
    </div>`;
  }

  override render() {
    const spec = this.spec;
    if (!spec) return html``;
    return html`<figure aria-labelledby=${`${this.uid}-cap`}>
      <figcaption id=${`${this.uid}-cap`}>${spec.title}</figcaption>
      ${spec.summary ? html`<p class="summary">${spec.summary}</p>` : ''}
      <div class="plot" aria-hidden="true" style=${`min-height:${this.height}px`}></div>
      <div class="actions">
        <button type="button" data-testid="chart-table-toggle" aria-expanded=${String(this.open)} aria-controls=${`${this.uid}-table`} @click=${() => { this.open = !this.open; }}>
          ${this.open ? t('chart.table.hide') : t('chart.table.show')}</button>
        <button type="button" data-testid="chart-png" @click=${() => this.exportPng()}>${t('chart.export.png')}</button>
        <button type="button" data-testid="chart-csv" @click=${() => this.exportCsv()}>${t('chart.export.csv')}</button>
      </div>
      ${this.open ? this.table() : html`<div id=${`${this.uid}-table`} hidden></div>`}
    </figure>`;
  }
}
customElements.define('ll-chart', LlChart);
declare global { interface HTMLElementTagNameMap { 'll-chart': LlChart } }
