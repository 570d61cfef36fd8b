/**
 * Before an upload, says which columns a file needs (people's names with units, and the header to use) and
 * offers a template to download; after the file is read, lists the file's columns that will be ignored
 * (#13: analysts had to guess the layout, and extra columns were silently dropped). Lead files describe their
 * columns through the model card; the customer import passes its own ColumnSpec (customers-import/import-columns).
 */
import { LitElement, html } from 'lit';
import type { ModelCard } from '../../../core/card/types';
import { demoLeadsCsv } from '../../../core/demo/demo-leads';
import { t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { fieldLabel, unitLabel } from '../lead-form/labels';
import { download } from '../batch-ui/card-info';
import { expectedColumnsStyles } from './expected-columns.styles';
import type { ColumnItem, ColumnSpec } from './column-spec';

export type { ColumnItem, ColumnSpec } from './column-spec';

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

/** The lead file's columns from the model card (#13). */
export function cardColumns(card: ModelCard): ColumnSpec {
  const item = (f: ModelCard['fields'][number]): ColumnItem => {
    const unit = unitLabel(f.unit);
    return { label: `${fieldLabel(f.name)}${unit ? ` (${unit})` : ''}`, header: f.name };
  };
  return {
    required: card.fields.filter((f) => f.required).map(item),
    optional: card.fields.filter((f) => !f.required).map(item),
    notes: [t('columns.outcome', { column: card.target })],
    templates: [{ label: t('columns.template'), name: 'leadlens-template.csv', text: () => demoLeadsCsv(card, 3, 7) }],
  };
}

/** The panel: pass `card` (lead files) or `spec` (any other file, e.g. the customer import). */
export class ExpectedColumns extends LitElement {
  static override styles = expectedColumnsStyles;
  static override properties = { card: { attribute: false }, spec: { attribute: false } };
  declare card: ModelCard | undefined;
  declare spec: ColumnSpec | undefined;

  constructor() { super(); new LocaleController(this); this.card = undefined; this.spec = undefined; }

  private item(c: ColumnItem) {
    return html`<li><span class="name">${c.label}</span> — <code>${c.header}</code></li>`;
  }

  override render() {
    const c = this.spec ?? (this.card ? cardColumns(this.card) : undefined);
    if (!c) return '';
    return html`<details data-testid="expected-columns" open>
      <summary>${t('columns.title')}</summary>
      <p>${t('columns.intro')}</p>
      <div class="cols">
        <div><h3>${t('columns.required')}</h3><ul data-testid="columns-required">${c.required.map((f) => this.item(f))}</ul></div>
        ${c.optional.length ? html`<div><h3>${c.optionalTitle ?? t('columns.optional')}</h3><ul data-testid="columns-optional">${c.optional.map((f) => this.item(f))}</ul></div>` : ''}
      </div>
      ${c.notes.map((n) => html`<p>${n}</p>`)}
      <div class="templates">${c.templates.map((tp, i) => html`<button type="button" class="secondary" data-testid=${i === 0 ? 'columns-template' : `columns-template-${i + 1}`}
        @click=${() => download(new Blob([tp.text()], { type: tp.type ?? 'text/csv' }), tp.name)}>${tp.label}</button>`)}</div>
    </details>`;
  }
}
customElements.define('ll-expected-columns', ExpectedColumns);
declare global { interface HTMLElementTagNameMap { 'll-expected-columns': ExpectedColumns } }
