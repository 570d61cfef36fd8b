/**
 * The export choices every lead export shares (run history, run detail, scored leads): the separator
 * (';' by default in Russian and Polish, which also writes decimal commas, as Excel expects there; issue #13)
 * and an optional second header row of readable column names. `exportLabels` gives the words the storage
 * layer writes into a file: tiers in the UI's language and each column's readable name with its unit.
 */
import { LitElement, html } from 'lit';
import type { ModelCard } from '../../../core/card/types';
import type { ExportDelimiter } from '../../../core/export/csv-format';
import type { Segment } from '../../../core/lead';
import { getLocale, t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { defaultExportDelimiter, loadCard } from '../batch-ui/card-info';
import { fieldWithUnit, segmentLabel } from '../lead-form/labels';
import { batchUiStyles } from '../batch-ui/batch-ui.styles';

export interface ExportChoice { delimiter: ExportDelimiter; labelRow: boolean }

/** A column's readable name: output columns from the catalogue, fields by their form label and unit. */
export function columnLabel(card: Pick<ModelCard, 'fields'> | undefined, column: string): string {
  const key = `export.col.${column}`;
  const out = t(key);
  if (out !== key) return out;
  return fieldWithUnit(card?.fields, column);
}

/** The words an export writes, for the storage layer's export options. */
export function exportLabels(card: Pick<ModelCard, 'fields'> | undefined, labelRow: boolean): {
  tierLabel: (s: Segment) => string; columnLabel?: (c: string) => string;
} {
  return { tierLabel: segmentLabel, ...(labelRow ? { columnLabel: (c: string) => columnLabel(card, c) } : {}) };
}

/** Export options for leads scored by `modelId` (its card gives the tiers' validation figures). */
export async function leadExportOptions(modelId: string, choice: ExportChoice) {
  const card = await loadCard(modelId).catch(() => undefined);
  return { delimiter: choice.delimiter, locale: getLocale(), card, ...exportLabels(card, choice.labelRow) };
}

export class ExportFormat extends LitElement {
  static override styles = batchUiStyles;
  static override properties = { choice: { attribute: false }, testid: { type: String } };
  /** The current choice (the host keeps it; `export-format-change` reports a new one). */
  declare choice: ExportChoice;
  /** data-testid of the separator select. */
  declare testid: string;

  constructor() {
    super();
    new LocaleController(this);
    this.choice = defaultExportChoice();
    this.testid = 'export-delimiter';
  }

  private emit(c: ExportChoice): void {
    this.dispatchEvent(new CustomEvent<ExportChoice>('export-format-change', { detail: c, bubbles: true, composed: true }));
  }

  override render() {
    const c = this.choice;
    return html`<div class="row">
      <div class="field"><label for="xd">${t('batch.export.delimiter')}</label>
        <select id="xd" data-testid=${this.testid} aria-describedby="xh" @change=${(e: Event) => this.emit({ ...c, delimiter: (e.target as HTMLSelectElement).value as ExportDelimiter })}>
          ${([',', ';', '\t'] as const).map((d) => html`<option value=${d} ?selected=${c.delimiter === d}>${t(`batch.delim.${d === ',' ? 'comma' : d === ';' ? 'semicolon' : 'tab'}`)}</option>`)}
        </select></div>
      <label class="check"><input type="checkbox" data-testid="export-label-row" .checked=${c.labelRow}
        @change=${(e: Event) => this.emit({ ...c, labelRow: (e.target as HTMLInputElement).checked })}> ${t('export.labelRow')}</label>
    </div>
    <p class="muted" id="xh">${t('export.decimalHint')}</p>`;
  }
}
customElements.define('ll-export-format', ExportFormat);
declare global { interface HTMLElementTagNameMap { 'll-export-format': ExportFormat } }

export function defaultExportChoice(): ExportChoice {
  return { delimiter: defaultExportDelimiter(getLocale()), labelRow: false };
}
