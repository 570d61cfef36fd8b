/**
 * The client list as a virtualised table (the run-detail table's mechanics: components/leads-table/
 * virtual.ts): only the visible rows are in the DOM, pages of rows come from the customers worker on demand,
 * ARIA table semantics give the real size, header buttons emit `sort` with the column key. The Customer ID
 * links to the client card. "Will buy" flags a P(buy within 14 days) at or above `threshold` (the saved
 * purchase threshold); it sorts with that probability, so it has no sort button of its own.
 *
 * @property source - (offset, limit) → rows of the current query; bump `version` after a new query.
 * @event rows-shown - the first rows of a new version are rendered (for the screen's timing hook).
 */
import { LitElement, html } from 'lit';
import type { ClientListRow } from '../../../bridge/client-list-contract';
import type { SortKey } from '../../../core/customers/client-query';
import { isoDay } from '../../../core/customers/days';
import { fmtNumber, fmtPercent, t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { href } from '../../routes';
import { DEFAULT_THRESHOLD } from '../../../core/forecast/backtest';
import { thresholdText } from '../../controllers/purchase-threshold';
import { PageCache, virtualGeometry } from '../leads-table/virtual';
import { clientsTableStyles } from './clients-table.styles';

type ColumnKey = SortKey | 'willBuy';
interface Column { key: ColumnKey; label: string; numeric?: boolean; width: string }

const COLUMNS: Omit<Column, 'label'>[] = [
  { key: 'customerId', width: '8rem' }, { key: 'name', width: '12rem' }, { key: 'email', width: '14rem' },
  { key: 'orders', numeric: true, width: '5rem' }, { key: 'lastPurchase', width: '7.5rem' }, { key: 'spend30', numeric: true, width: '7.5rem' },
  { key: 'pBuy14', numeric: true, width: '7rem' }, { key: 'willBuy', width: '6.5rem' }, { key: 'pAlive', numeric: true, width: '7rem' }, { key: 'segment', width: '6.5rem' },
];

export class ClientsTable extends LitElement {
  static override styles = clientsTableStyles;
  static override properties = {
    source: { attribute: false }, total: { type: Number }, sortBy: { type: String }, sortDir: { type: String }, version: { type: Number }, threshold: { type: Number },
    scrollTop: { state: true }, tick: { state: true },
  };
  declare source: ((offset: number, limit: number) => Promise<ClientListRow[]>) | undefined;
  declare total: number;
  declare sortBy: SortKey;
  declare sortDir: 'asc' | 'desc';
  declare version: number;
  /** P(buy within 14 days) at or above this is flagged "will buy". */
  declare threshold: number;
  declare scrollTop: number;
  declare tick: number;
  private readonly pages = new PageCache<ClientListRow>(() => { this.tick++; });
  private shownVersion = -1;

  constructor() {
    super();
    new LocaleController(this);
    this.source = undefined;
    this.total = 0;
    this.sortBy = 'spend30';
    this.sortDir = 'desc';
    this.version = 0;
    this.threshold = DEFAULT_THRESHOLD;
    this.scrollTop = 0;
    this.tick = 0;
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if ((changed.has('version') || changed.has('source')) && this.pages.reset(this.version)) {
      const body = this.renderRoot.querySelector<HTMLElement>('.body');
      if (body) body.scrollTop = 0;
      this.scrollTop = 0;
    }
  }

  override updated(): void {
    if (this.shownVersion === this.version || !this.renderRoot.querySelector('[data-testid="client-row"]')) return;
    this.shownVersion = this.version;
    this.dispatchEvent(new CustomEvent('rows-shown'));
  }

  private cell(r: ClientListRow, key: ColumnKey) {
    const pct = (v: number | undefined) => (v === undefined ? '—' : fmtPercent(v, 0));
    switch (key) {
      case 'customerId': return html`<a href=${href(`clients/${encodeURIComponent(r.id)}`)} data-testid="client-link">${r.customerId || '—'}</a>`;
      case 'name': return r.name;
      case 'email': return r.email;
      case 'orders': return fmtNumber(r.orders);
      case 'lastPurchase': return r.lastPurchaseDay === undefined ? '—' : isoDay(r.lastPurchaseDay);
      case 'spend30': return r.spend30 === undefined ? '—' : fmtNumber(r.spend30, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
      case 'pBuy14': return pct(r.pBuy14);
      case 'willBuy': return r.pBuy14 === undefined ? '—' : r.pBuy14 >= this.threshold
        ? html`<strong data-testid="will-buy" data-flag="true">${t('clients.willBuy.yes')}</strong>` : html`<span data-testid="will-buy" data-flag="false">${t('clients.willBuy.no')}</span>`;
      case 'pAlive': return pct(r.pAlive);
      case 'segment': return t(`cust.segment.${r.segment}`);
    }
  }

  override render() {
    const cols: Column[] = COLUMNS.map((c) => ({ ...c, label: t(`clients.col.${c.key}`, { value: thresholdText(this.threshold) }) }));
    const g = virtualGeometry(this.total, this.scrollTop);
    const rows = [];
    for (let i = g.first; i < g.end; i++) {
      const r = this.pages.row(i, this.source);
      rows.push(html`<div class="row" role="row" aria-rowindex=${i + 2} data-testid=${r ? 'client-row' : 'client-row-loading'} data-index=${i}>
        ${r ? cols.map((c) => html`<div role="cell" class="cell ${c.numeric ? 'num' : ''}">${this.cell(r, c.key)}</div>`)
          : html`<div role="cell" class="cell loading">${t('common.loading')}</div>`}
      </div>`);
    }
    return html`
      <div class="table" role="table" aria-label=${t('clients.table.label')} aria-rowcount=${this.total + 1} aria-colcount=${cols.length}
        data-testid="clients-table" data-total=${this.total} style="--cols:${cols.map((c) => c.width).join(' ')}">
        <div class="inner">
          <div role="rowgroup"><div class="row head" role="row" aria-rowindex="1">
            ${cols.map((c) => {
              if (c.key === 'willBuy') return html`<div role="columnheader" class="cell">${c.label}</div>`;
              const key = c.key;
              const active = this.sortBy === key;
              return html`<div role="columnheader" class="cell ${c.numeric ? 'num' : ''}" aria-sort=${active ? (this.sortDir === 'asc' ? 'ascending' : 'descending') : 'none'}>
                <button type="button" data-sort=${key} @click=${() => this.dispatchEvent(new CustomEvent('sort', { detail: key }))}>${c.label}${active ? (this.sortDir === 'asc' ? ' ▲' : ' ▼') : ''}</button></div>`;
            })}
          </div></div>
          <div class="body" role="rowgroup" tabindex="0" aria-label=${t('clients.table.scrollHint')} @scroll=${(e: Event) => { this.scrollTop = (e.target as HTMLElement).scrollTop; }}>
            ${this.total === 0 ? html`<div class="empty" role="row"><div role="cell">${t('clients.table.none')}</div></div>` : ''}
            <div class="spacer" style="height:${g.spacer}px">
              <div class="rows" style="transform:translateY(${g.offset}px)">${rows}</div>
            </div>
          </div>
        </div>
      </div>`;
  }
}
customElements.define('ll-clients-table', ClientsTable);
declare global { interface HTMLElementTagNameMap { 'll-clients-table': ClientsTable } }
