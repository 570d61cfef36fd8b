/**
 * Scored leads (issue #13): every single lead saved from the Score form, so a scored lead is not a dead end.
 * Search (Customer ID, model, tier), sort by any column, export the view as CSV (the lead exports' shared
 * columns and locale rules), open a lead's card (leads/:id) and, for administrators, delete. An analyst sees
 * Delete disabled with the reason on hover and focus; the data API refuses them anyway and audits it.
 */
import { LitElement, html } from 'lit';
import type { ModelCard } from '../../../core/card/types';
import { allLeads, deleteLead, type LeadRecord } from '../../../storage/leads-repo';
import { exportLeadsCsv } from '../../../storage/leads-export';
import { currentSession } from '../../../storage/session';
import { fmtDate, fmtPercent, getLocale, t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { DataChangeController } from '../../controllers/data-change';
import { href } from '../../routes';
import { download } from '../../components/batch-ui/card-info';
import { segmentLabel } from '../../components/lead-form/labels';
import { defaultExportChoice, exportLabels, type ExportChoice } from '../../components/export-format/export-format';
import { canAdmin } from '../../components/role-gate/role-gate';
import '../../components/export-format/export-format';
import '../../components/role-gate/role-gate';
import { leadModel } from '../lead-card/lead-model';
import { LEAD_SORT_KEYS, TEXT_KEYS, queryLeads, type LeadSortKey } from './leads-query';
import { leadsScreenStyles } from './leads-screen.styles';

const HEADER: Record<LeadSortKey, string> = {
  customerId: 'recent.id', score: 'batch.col.score', segment: 'export.col.priority_segment', decile: 'batch.col.decile',
  predicted: 'batch.col.predicted', modelId: 'export.col.model_id', createdAt: 'export.col.saved_at',
};

export class LeadsScreen extends LitElement {
  static override styles = leadsScreenStyles;
  static override properties = {
    leads: { state: true }, loaded: { state: true }, text: { state: true }, sortKey: { state: true }, sortDir: { state: true },
    choice: { state: true }, message: { state: true }, error: { state: true }, confirmId: { state: true },
  };
  declare leads: LeadRecord[];
  declare loaded: boolean;
  declare text: string;
  declare sortKey: LeadSortKey;
  declare sortDir: 'asc' | 'desc';
  declare choice: ExportChoice;
  declare message: string;
  declare error: string;
  declare confirmId: number | undefined;

  constructor() {
    super();
    new LocaleController(this);
    new DataChangeController(this, () => void this.load(), ['leads']); // leads scored or deleted in another tab
    this.leads = [];
    this.loaded = false;
    this.text = '';
    this.sortKey = 'createdAt';
    this.sortDir = 'desc';
    this.choice = defaultExportChoice();
    this.message = '';
    this.error = '';
    this.confirmId = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.leads = await allLeads();
    } catch (err) {
      this.error = t('common.error', { message: (err as Error).message });
    }
    this.loaded = true;
  }

  private get view(): LeadRecord[] {
    return queryLeads(this.leads, { text: this.text, sortKey: this.sortKey, dir: this.sortDir, tierLabel: segmentLabel });
  }

  private sortBy(key: LeadSortKey): void {
    if (this.sortKey === key) this.sortDir = this.sortDir === 'asc' ? 'desc' : 'asc';
    else { this.sortKey = key; this.sortDir = TEXT_KEYS.has(key) ? 'asc' : 'desc'; }
  }

  private async doExport(): Promise<void> {
    const leads = this.view;
    this.error = '';
    this.message = t('batch.export.working');
    try {
      const ids = [...new Set(leads.map((l) => l.modelId))];
      const cards = new Map<string, ModelCard | undefined>(await Promise.all(ids.map(async (id) => [id, (await leadModel(id)).card] as const)));
      const first = [...cards.values()].find((c) => c !== undefined);
      const blob = await exportLeadsCsv(leads, {
        delimiter: this.choice.delimiter, locale: getLocale(), cardOf: (id) => cards.get(id), ...exportLabels(first, this.choice.labelRow),
      });
      download(blob, 'scored-leads.csv');
      this.message = t('leads.exported', { n: leads.length });
    } catch (err) {
      this.error = t('common.error', { message: (err as Error).message });
    }
  }

  private async doDelete(l: LeadRecord): Promise<void> {
    this.confirmId = undefined;
    this.error = '';
    try {
      await deleteLead(currentSession(), l.id ?? -1);
      this.message = t('leads.deleted', { id: l.customerId });
      await this.load();
    } catch (err) {
      this.error = t('leads.deleteFailed', { message: (err as Error).name === 'PermissionError' ? t('role.adminOnlyReason') : (err as Error).message });
    }
  }

  private header(key: LeadSortKey) {
    const active = this.sortKey === key;
    const sort = active ? (this.sortDir === 'asc' ? 'ascending' : 'descending') : 'none';
    const num = key === 'score' || key === 'decile';
    return html`<th scope="col" class=${num ? 'num' : ''} aria-sort=${sort}>
      <button type="button" data-sort=${key} @click=${() => this.sortBy(key)}>${t(HEADER[key])}${active ? (this.sortDir === 'asc' ? ' ▲' : ' ▼') : ''}</button></th>`;
  }

  private actions(l: LeadRecord) {
    if (this.confirmId === l.id) {
      return html`<span class="confirm" role="alertdialog" aria-label=${t('leads.deleteNamed', { id: l.customerId })}>${t('leads.confirm', { id: l.customerId })}
        <button type="button" class="danger" data-testid="lead-delete-confirm" @click=${() => void this.doDelete(l)}>${t('leads.delete')}</button>
        <button type="button" class="secondary" @click=${() => { this.confirmId = undefined; }}>${t('leads.cancel')}</button></span>`;
    }
    const open = html`<a class="btn" href=${href(`leads/${l.id}`)} aria-label=${t('leads.openNamed', { id: l.customerId })}>${t('leads.open')}</a>`;
    return canAdmin()
      ? html`${open}<button type="button" class="secondary" data-testid="lead-delete" aria-label=${t('leads.deleteNamed', { id: l.customerId })}
          @click=${() => { this.confirmId = l.id; }}>${t('leads.delete')}</button>`
      : html`${open}<ll-gated-button testid="lead-delete-gated" .label=${t('leads.delete')} .reason=${t('role.adminOnlyReason')}></ll-gated-button>`;
  }

  override render() {
    const view = this.view;
    return html`
      <h1>${t('leads.title')}</h1>
      <p class="muted">${t('leads.intro')}</p>
      <div class="row">
        <div class="field"><label for="q">${t('leads.searchLabel')}</label>
          <input id="q" type="search" data-testid="leads-search" .value=${this.text} @input=${(e: Event) => { this.text = (e.target as HTMLInputElement).value; }}></div>
        <button type="button" data-testid="leads-export" ?disabled=${view.length === 0} @click=${() => void this.doExport()}>${t('leads.export')}</button>
      </div>
      <ll-export-format testid="leads-delimiter" .choice=${this.choice} @export-format-change=${(e: CustomEvent<ExportChoice>) => { this.choice = e.detail; }}></ll-export-format>
      <p role="status" aria-live="polite" data-testid="leads-status">${this.message}</p>
      ${this.error ? html`<p class="error" role="alert" data-testid="leads-error">${this.error}</p>` : ''}
      ${this.loaded && this.leads.length === 0 ? html`<p class="muted">${t('leads.empty')} <a href=${href('score')}>${t('nav.score')}</a></p>` : ''}
      ${this.leads.length ? html`<p class="muted" data-testid="leads-count" data-n=${view.length}>${t('leads.matching', { n: view.length, total: this.leads.length })} ${t('leads.sortHint')}</p>
      <div class="scroll" role="region" tabindex="0" aria-label=${t('leads.caption')}>
        <table data-testid="leads-table">
          <caption class="sr-only">${t('leads.caption')}</caption>
          <thead><tr>${LEAD_SORT_KEYS.map((k) => this.header(k))}<th scope="col">${t('batch.runs.actions')}</th></tr></thead>
          <tbody>${view.map((l) => html`<tr data-testid="lead-row" data-id=${String(l.id)} data-customer=${l.customerId}>
            <th scope="row"><a href=${href(`leads/${l.id}`)} data-testid="lead-link">${l.customerId}</a></th>
            <td class="num" data-score=${l.score}>${fmtPercent(l.score)}</td><td>${segmentLabel(l.segment)}</td>
            <td class="num">${l.decile}</td><td>${l.predicted ? t('batch.yes') : t('batch.no')}</td><td>${l.modelId}</td>
            <td>${fmtDate(l.createdAt)}</td><td><div class="actions">${this.actions(l)}</div></td>
          </tr>`)}</tbody>
        </table>
      </div>` : ''}
    `;
  }
}
customElements.define('ll-leads-screen', LeadsScreen);
declare global { interface HTMLElementTagNameMap { 'll-leads-screen': LeadsScreen } }
