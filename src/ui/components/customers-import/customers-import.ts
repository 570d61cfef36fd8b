/**
 * Imports a clients, orders or activity file: pick the kind (its expected columns and a template are shown
 * first: ./import-columns) and a file → sniff (encoding; delimited or whitespace-aligned like CDNOW; header or
 * not) → preview as read → confirm the column mapping (the batch importer's ll-column-mapper; columns left
 * unused are listed) → Import in the customers worker with progress and cancel → outcome with the per-row
 * errors (row, column, value, reason) and their CSV export. Emits `imported` when data changed.
 */
import { LitElement, html, css } from 'lit';
import type { CustomerFileKind, CustomerImportResult, CustomerSniff } from '../../../bridge/customers-contract';
import type { RowError } from '../../../bridge/batch-contract';
import { CUSTOMER_FIELDS, importCustomerFile, missingFields, sniffCustomerFile } from '../../../bridge/customers-bridge';
import { AbortError } from '../../../bridge/worker-bridge';
import type { FieldSpec } from '../../../core/card/types';
import { csvLine, BOM } from '../../../core/csv/export';
import { fmtNumber, getLocale, t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { engineErrorText } from '../../i18n/engine-errors';
import { batchUiStyles } from '../batch-ui/batch-ui.styles';
import { defaultExportDelimiter, download } from '../batch-ui/card-info';
import { errorsTable } from '../run-summary/errors-table';
import type { MappingChange } from '../column-mapper/column-mapper';
import '../file-drop/file-drop';
import '../column-mapper/column-mapper';
import { JobController } from '../customers-progress/job-controller';
import { ignoredNote } from '../expected-columns/expected-columns';
import { customerColumns } from './import-columns';

const KINDS: CustomerFileKind[] = ['orders', 'clients', 'activity'];
const SHOWN_ERRORS = 200;

export class CustomersImport extends LitElement {
  static override styles = [batchUiStyles, css`.preview { max-height: 14rem; } .preview td { font-family: ui-monospace, monospace; font-size: 0.85rem; }`];
  static override properties = {
    kind: { state: true }, sniff: { state: true }, mapping: { state: true }, result: { state: true }, error: { state: true },
  };
  declare kind: CustomerFileKind;
  declare sniff: CustomerSniff | undefined;
  declare mapping: Record<string, number>;
  declare result: CustomerImportResult | undefined;
  declare error: string;
  private file?: File;
  private readonly job = new JobController(this);

  constructor() {
    super();
    new LocaleController(this);
    this.kind = 'orders';
    this.sniff = undefined;
    this.mapping = {};
    this.result = undefined;
    this.error = '';
  }

  private async onFile(file: File): Promise<void> {
    this.file = file;
    this.result = undefined;
    this.error = '';
    try {
      this.sniff = await sniffCustomerFile(file, this.kind);
      this.mapping = { ...this.sniff.suggested };
    } catch (e) {
      this.error = t('cust.import.error', { message: engineErrorText(e) });
    }
  }

  private async start(): Promise<void> {
    const s = this.sniff;
    if (!s || !this.file) return;
    const file = this.file;
    this.error = '';
    try {
      this.result = await this.job.run((onProgress, signal) => importCustomerFile(file, this.kind, {
        encoding: s.encoding, format: s.format, delimiter: s.delimiter, decimalComma: s.decimalComma, hasHeader: s.hasHeader, mapping: this.mapping,
      }, s.headers, onProgress, signal));
      this.sniff = undefined;
      this.dispatchEvent(new CustomEvent('imported', { detail: this.result, bubbles: true, composed: true }));
    } catch (e) {
      this.error = e instanceof AbortError ? t('cust.import.cancelled') : t('cust.import.error', { message: engineErrorText(e) });
    }
  }

  private rowErrors(r: CustomerImportResult): RowError[] {
    return r.errors.map((e) => ({ row: e.row, column: e.column, value: e.value, code: e.code, reason: t(`cust.reason.${e.code}`) }));
  }

  private exportErrors(r: CustomerImportResult): void {
    const d = defaultExportDelimiter(getLocale());
    const lines = [csvLine(['row', 'column', 'value', 'reason'], d), ...this.rowErrors(r).map((e) => csvLine([e.row, e.column, e.value, e.reason], d))];
    download(new Blob([BOM, ...lines], { type: 'text/csv;charset=utf-8' }), `${r.fileName.replace(/\.[^.]+$/, '')}-errors.csv`);
  }

  private renderSetup(s: CustomerSniff) {
    const fields: FieldSpec[] = CUSTOMER_FIELDS[this.kind].map((f) => ({ name: f.name, type: 'number', required: f.required, default: null }));
    const labels = Object.fromEntries(fields.map((f) => [f.name, t(`cust.field.${f.name}`)]));
    const missing = missingFields(this.kind, this.mapping);
    return html`
      <p class="muted" data-testid="cust-format" data-format=${s.format}>${t(`cust.import.format.${s.format}`)}
        ${s.hasHeader ? t('cust.import.header.yes') : t('cust.import.header.no')}</p>
      <h3>${t('cust.import.preview')}</h3>
      <div class="scroll preview" tabindex="0" role="region" aria-label=${t('cust.import.preview')}>
        <table data-testid="cust-preview"><thead><tr>${s.headers.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
          <tbody>${s.previewRows.slice(0, 8).map((r) => html`<tr>${r.map((c) => html`<td>${c}</td>`)}</tr>`)}</tbody></table>
      </div>
      <h3>${t('cust.import.map')}</h3>
      <ll-column-mapper hideLabel .fields=${fields} .labels=${labels} .headers=${s.headers} .mapping=${this.mapping}
        @mapping-change=${(e: CustomEvent<MappingChange>) => { this.mapping = e.detail.mapping; }}></ll-column-mapper>
      ${ignoredNote(s.headers, this.mapping, -1)}
      ${missing.length ? html`<p class="error" role="alert" data-testid="cust-missing">${t('cust.import.missing', { fields: missing.map((f) => labels[f]).join(', ') })}</p>` : ''}
      <div class="row">
        <button type="button" data-testid="cust-import-start" ?disabled=${missing.length > 0 || this.job.busy} @click=${() => void this.start()}>${t('cust.import.start')}</button>
        <button type="button" class="secondary" ?disabled=${this.job.busy} @click=${() => { this.sniff = undefined; }}>${t('cust.import.other')}</button>
      </div>`;
  }

  private renderResult(r: CustomerImportResult) {
    const msg = r.alreadyImported ? t('cust.import.already', { file: r.fileName })
      : t('cust.import.done', { file: r.fileName, rows: fmtNumber(r.rows), added: fmtNumber(r.added), duplicates: fmtNumber(r.duplicates), invalid: fmtNumber(r.invalid), newClients: fmtNumber(r.newClients) });
    return html`
      <p role="status" data-testid="cust-import-result" data-added=${r.added} data-invalid=${r.invalid} data-already=${String(r.alreadyImported)}
        data-timing=${Object.entries(r.timing ?? {}).map(([k, v]) => `${k} ${Math.round(v)}`).join(', ')}>${msg}</p>
      ${r.invalid > 0 ? html`
        <h3>${t('cust.import.errors', { n: fmtNumber(r.invalid) })}</h3>
        ${r.errors.length > SHOWN_ERRORS ? html`<p class="muted">${t('cust.import.errorsShown', { shown: SHOWN_ERRORS })}</p>` : ''}
        ${errorsTable(this.rowErrors(r).slice(0, SHOWN_ERRORS))}
        <p><button type="button" class="secondary" data-testid="cust-errors-export" @click=${() => this.exportErrors(r)}>${t('cust.import.export')}</button></p>` : ''}`;
  }

  override render() {
    return html`<section class="card" aria-labelledby="cust-import-h">
      <h2 id="cust-import-h">${t('cust.import.title')}</h2>
      <div class="row">
        <div class="field"><label for="cust-kind">${t('cust.import.kind')}</label>
          <select id="cust-kind" data-testid="cust-kind" ?disabled=${this.job.busy}
            @change=${(e: Event) => { this.kind = (e.target as HTMLSelectElement).value as CustomerFileKind; if (this.file) void this.onFile(this.file); }}>
            ${KINDS.map((k) => html`<option value=${k} ?selected=${this.kind === k}>${t(`cust.kind.${k}`)}</option>`)}
          </select></div>
      </div>
      ${this.sniff || this.job.busy ? '' : html`<ll-expected-columns .spec=${customerColumns(this.kind)}></ll-expected-columns>`}
      ${this.job.busy ? '' : html`<ll-file-drop testid="cust-file" .label=${t('cust.import.file')} @file-selected=${(e: CustomEvent<File>) => void this.onFile(e.detail)}></ll-file-drop>`}
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : ''}
      ${this.sniff && !this.job.busy ? this.renderSetup(this.sniff) : ''}
      ${this.job.render()}
      ${this.result ? this.renderResult(this.result) : ''}
    </section>`;
  }
}
customElements.define('ll-customers-import', CustomersImport);
declare global { interface HTMLElementTagNameMap { 'll-customers-import': CustomersImport } }
