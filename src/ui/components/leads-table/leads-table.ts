/**
 * Every lead of a run in a virtualised table: only the visible rows (plus a small overscan) are in the DOM,
 * rows have a fixed height, pages of rows are fetched from the run view on demand and cached. ARIA table
 * semantics (aria-rowcount / aria-rowindex) tell assistive tech the real size; the body scrolls by keyboard.
 * Header buttons emit `sort` with the column key.
 */
import { LitElement, html } from 'lit';
import type { LeadRow } from '../../../bridge/batch-contract';
import { fmtNumber, fmtPercent, t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { href } from '../../routes';
import { leadsTableStyles } from './leads-table.styles';
import { PageCache, virtualGeometry } from './virtual';

export interface LeadColumn { key: string; label: string; numeric?: boolean; width?: string }
export type RowSource = (offset: number, limit: number) => Promise<LeadRow[]>;

export class LeadsTable extends LitElement {
  static override styles = leadsTableStyles;
  static override properties = {
    source: { attribute: false }, total: { type: Number }, columns: { attribute: false }, runId: { type: String },
    sortBy: { type: String }, sortDir: { type: String }, version: { type: Number }, clusterLabel: { attribute: false },
    scrollTop: { state: true }, tick: { state: true },
  };
  declare source: RowSource | undefined;
  declare total: number;
  declare columns: LeadColumn[];
  declare runId: string;
  declare sortBy: string;
  declare sortDir: 'asc' | 'desc';
  /** Bump to drop cached pages (after a new query). */
  declare version: number;
  declare clusterLabel: (i: number) => string;
  declare scrollTop: number;
  declare tick: number;
  private readonly pages = new PageCache<LeadRow>(() => { this.tick++; });

  constructor() {
    super();
    new LocaleController(this);
    this.source = undefined;
    this.total = 0;
    this.columns = [];
    this.runId = '';
    this.sortBy = 'index';
    this.sortDir = 'asc';
    this.version = 0;
    this.clusterLabel = (i) => String(i + 1);
    this.scrollTop = 0;
    this.tick = 0;
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('version') || changed.has('source')) {
      if (this.pages.reset(this.version)) {
        const body = this.renderRoot.querySelector<HTMLElement>('.body');
        if (body) body.scrollTop = 0;
        this.scrollTop = 0;
      }
    }
  }

  private onScroll(e: Event): void {
    this.scrollTop = (e.target as HTMLElement).scrollTop;
  }

  private cell(r: LeadRow, c: LeadColumn) {
    switch (c.key) {
      case 'index': return fmtNumber(r.sourceRow);
      case 'customerId': return html`<a href=${href(`runs/${this.runId}/leads/${r.index}`)}>${r.customerId}</a>`;
      case 'score': return fmtPercent(r.score);
      case 'predicted': return r.predicted ? t('batch.yes') : t('batch.no');
      case 'decile': return String(r.decile);
      case 'segment': return html`<span class="seg-${r.segment}">${t(`batch.segment.${r.segment}`)}</span>`;
      case 'cluster': return this.clusterLabel(r.cluster);
      case 'label': return r.label === undefined ? '—' : String(r.label);
      default: {
        const v = r.inputs[c.key];
        return typeof v === 'number' ? fmtNumber(v, { maximumFractionDigits: 4 }) : (v ?? '');
      }
    }
  }

  override render() {
    const cols = this.columns.map((c) => c.width ?? '8rem').join(' ');
    const g = virtualGeometry(this.total, this.scrollTop);
    const rows = [];
    for (let i = g.first; i < g.end; i++) {
      const r = this.pages.row(i, this.source);
      rows.push(html`<div class="row" role="row" aria-rowindex=${i + 2} data-index=${i}>
        ${r ? this.columns.map((c) => html`<div role="cell" class="cell ${c.numeric ? 'num' : ''}">${this.cell(r, c)}</div>`)
          : html`<div role="cell" class="cell loading">${t('common.loading')}</div>`}
      </div>`);
    }
    return html`
      <div class="table" role="table" aria-label=${t('batch.detail.tableLabel')} aria-rowcount=${this.total + 1}
        aria-colcount=${this.columns.length} data-testid="leads-table" data-total=${this.total} style="--cols:${cols}">
        <div class="inner">
          <div role="rowgroup"><div class="row head" role="row" aria-rowindex="1">
            ${this.columns.map((c) => {
              const active = this.sortBy === c.key;
              return html`<div role="columnheader" class="cell ${c.numeric ? 'num' : ''}" aria-sort=${active ? (this.sortDir === 'asc' ? 'ascending' : 'descending') : 'none'}>
                <button type="button" data-sort=${c.key} @click=${() => this.dispatchEvent(new CustomEvent('sort', { detail: c.key }))}>${c.label}${active ? (this.sortDir === 'asc' ? ' ▲' : ' ▼') : ''}</button></div>`;
            })}
          </div></div>
          <div class="body" role="rowgroup" tabindex="0" aria-label=${t('batch.detail.scrollHint')} @scroll=${this.onScroll}>
            <div class="spacer" style="height:${g.spacer}px">
              <div class="rows" style="transform:translateY(${g.offset}px)">${rows}</div>
            </div>
          </div>
        </div>
      </div>
    `;
  }
}
customElements.define('ll-leads-table', LeadsTable);
declare global { interface HTMLElementTagNameMap { 'll-leads-table': LeadsTable } }
