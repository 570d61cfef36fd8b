/**
 * Before an upload, says which columns a lead file needs (people's names with units, and the header to use)
 * and offers a template to download; after the file is read, lists the file's columns that will be ignored
 * (#13: analysts had to guess the layout, and extra columns were silently dropped).
 */
import { LitElement, html } from 'lit';
import type { ModelCard } from '../../../core/card/types';
import { demoLeadsCsv } from '../../../core/demo/demo-leads';
import { t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { fieldLabel, unitLabel } from '../lead-form/labels';
import { download } from '../batch-ui/card-info';
import { expectedColumnsStyles } from './expected-columns.styles';

/** Headers of the file that feed no field and are not the outcome column, in file order. */
export function ignoredColumns(headers: string[], mapping: Record<string, number>, labelColumn: number): string[] {
  const used = new Set([...Object.values(mapping), labelColumn]);
  return headers.filter((h, i) => !used.has(i) && h.trim() !== '');
}

/** The sentence listing ignored columns (nothing when every column is used). */
export function ignoredNote(headers: string[], mapping: Record<string, number>, labelColumn: number) {
  const cols = ignoredColumns(headers, mapping, labelColumn);
  return cols.length ? html`<p data-testid="ignored-columns" data-columns=${cols.join('|')}>${t('columns.ignored', { n: cols.length, columns: cols.join(', ') })}</p>` : '';
}

export class ExpectedColumns extends LitElement {
  static override styles = expectedColumnsStyles;
  static override properties = { card: { attribute: false } };
  declare card: ModelCard | undefined;

  constructor() { super(); new LocaleController(this); this.card = undefined; }

  private template(): void {
    if (!this.card) return;
    download(new Blob([demoLeadsCsv(this.card, 3, 7)], { type: 'text/csv' }), 'leadlens-template.csv');
  }

  private item(f: ModelCard['fields'][number]) {
    const unit = unitLabel(f.unit);
    return html`<li><span class="name">${fieldLabel(f.name)}${unit ? ` (${unit})` : ''}</span> — <code>${f.name}</code></li>`;
  }

  override render() {
    const c = this.card;
    if (!c) return '';
    const req = c.fields.filter((f) => f.required);
    const opt = c.fields.filter((f) => !f.required);
    return html`<details data-testid="expected-columns" open>
      <summary>${t('columns.title')}</summary>
      <p>${t('columns.intro')}</p>
      <div class="cols">
        <div><h3>${t('columns.required')}</h3><ul>${req.map((f) => this.item(f))}</ul></div>
        <div><h3>${t('columns.optional')}</h3><ul>${opt.map((f) => this.item(f))}</ul></div>
      </div>
      <p>${t('columns.outcome', { column: c.target })}</p>
      <button type="button" class="secondary" data-testid="columns-template" @click=${() => this.template()}>${t('columns.template')}</button>
    </details>`;
  }
}
customElements.define('ll-expected-columns', ExpectedColumns);
declare global { interface HTMLElementTagNameMap { 'll-expected-columns': ExpectedColumns } }
