/**
 * Lets the user map each canonical field of the model card to a header of their file (or to the
 * documented default for optional fields), plus pick the label column. Emits `mapping-change`.
 */
import { LitElement, html } from 'lit';
import type { FieldSpec } from '../../../core/card/types';
import { t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { columnMapperStyles } from './column-mapper.styles';
import { fieldLabel, fieldWithUnit } from '../lead-form/labels';

export interface MappingChange { mapping: Record<string, number>; labelColumn: number }

export class ColumnMapper extends LitElement {
  static override styles = columnMapperStyles;
  static override properties = {
    fields: { attribute: false }, headers: { attribute: false }, mapping: { attribute: false },
    labelColumn: { type: Number }, target: { type: String },
    labels: { attribute: false }, hideLabel: { type: Boolean },
  };
  /** Optional people's names of the fields (field name → label); the field name is shown otherwise. */
  declare labels: Record<string, string> | undefined;
  /** Hides the label-column row (files without a target, e.g. customer orders). */
  declare hideLabel: boolean;
  declare fields: FieldSpec[];
  declare headers: string[];
  declare mapping: Record<string, number>;
  declare labelColumn: number;
  declare target: string;

  constructor() {
    super();
    new LocaleController(this);
    this.fields = [];
    this.headers = [];
    this.mapping = {};
    this.labelColumn = -1;
    this.target = 'Conversion';
    this.labels = undefined;
    this.hideLabel = false;
  }

  private emit(mapping: Record<string, number>, labelColumn: number): void {
    this.dispatchEvent(new CustomEvent<MappingChange>('mapping-change', { detail: { mapping, labelColumn }, bubbles: true, composed: true }));
  }

  private onField(name: string, e: Event): void {
    this.emit({ ...this.mapping, [name]: Number((e.target as HTMLSelectElement).value) }, this.labelColumn);
  }

  private defaultText(f: FieldSpec): string {
    const d = f.default === null || f.default === undefined ? t('batch.map.unknownDefault') : String(f.default);
    return t('batch.map.useDefault', { value: d });
  }

  override render() {
    return html`
      <table data-testid="batch-mapping">
        <caption class="sr-only">${t('batch.map.caption')}</caption>
        <thead><tr><th scope="col">${t('batch.map.field')}</th><th scope="col">${t('batch.map.column')}</th></tr></thead>
        <tbody>
          ${this.fields.map((f) => {
            const v = this.mapping[f.name] ?? -1;
            const missing = f.required && v < 0;
            return html`<tr class=${missing ? 'missing' : ''}>
              <th scope="row"><label for="map-${f.name}">${this.labels?.[f.name] ?? fieldWithUnit(this.fields, f.name)}</label>${f.required ? html` <span class="req">(${t('batch.map.required')})</span>` : ''}</th>
              <td><select id="map-${f.name}" data-field=${f.name} @change=${(e: Event) => this.onField(f.name, e)} aria-invalid=${missing ? 'true' : 'false'}>
                <option value="-1" ?selected=${v < 0}>${f.required ? t('batch.map.notMapped') : this.defaultText(f)}</option>
                ${this.headers.map((h, i) => html`<option value=${i} ?selected=${v === i}>${h || t('batch.map.blankHeader', { n: i + 1 })}</option>`)}
              </select></td>
            </tr>`;
          })}
          ${this.hideLabel ? '' : html`<tr>
            <th scope="row"><label for="map-label">${fieldLabel(this.target)}</label> <span class="note">(${t('batch.map.label')})</span></th>
            <td><select id="map-label" data-field=${this.target} @change=${(e: Event) => this.emit(this.mapping, Number((e.target as HTMLSelectElement).value))}>
              <option value="-1" ?selected=${this.labelColumn < 0}>${t('batch.map.noLabel')}</option>
              ${this.headers.map((h, i) => html`<option value=${i} ?selected=${this.labelColumn === i}>${h || t('batch.map.blankHeader', { n: i + 1 })}</option>`)}
            </select></td>
          </tr>`}
        </tbody>
      </table>
    `;
  }
}
customElements.define('ll-column-mapper', ColumnMapper);
declare global { interface HTMLElementTagNameMap { 'll-column-mapper': ColumnMapper } }
