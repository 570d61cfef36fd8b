/**
 * Picks a CSV file: a real, labelled <input type=file> (keyboard and screen-reader friendly) inside a drop
 * zone that also accepts drag and drop. Emits `file-selected` with the File; never reads it.
 */
import { LitElement, html } from 'lit';
import { t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { fileDropStyles } from './file-drop.styles';

export class FileDrop extends LitElement {
  static override styles = fileDropStyles;
  static override properties = { over: { state: true }, label: { type: String }, testid: { type: String } };
  declare over: boolean;
  declare label: string;
  declare testid: string;

  constructor() {
    super();
    new LocaleController(this);
    this.over = false;
    this.label = '';
    this.testid = 'batch-file';
  }

  private emit(file: File | undefined): void {
    if (!file) return;
    this.dispatchEvent(new CustomEvent<File>('file-selected', { detail: file, bubbles: true, composed: true }));
  }

  private onChange(e: Event): void {
    const input = e.target as HTMLInputElement;
    this.emit(input.files?.[0]);
    input.value = '';
  }

  private onDrop(e: DragEvent): void {
    e.preventDefault();
    this.over = false;
    this.emit(e.dataTransfer?.files[0]);
  }

  override render() {
    return html`
      <div class="zone ${this.over ? 'over' : ''}"
        @dragover=${(e: DragEvent) => { e.preventDefault(); this.over = true; }}
        @dragleave=${() => { this.over = false; }}
        @drop=${this.onDrop}>
        <label for="file">${this.label || t('batch.file.label')}</label>
        <input id="file" type="file" accept=".csv,.txt,.tsv,text/csv,text/plain" data-testid=${this.testid} @change=${this.onChange} />
        <p>${t('batch.file.hint')}</p>
      </div>
    `;
  }
}
customElements.define('ll-file-drop', FileDrop);
declare global { interface HTMLElementTagNameMap { 'll-file-drop': FileDrop } }
