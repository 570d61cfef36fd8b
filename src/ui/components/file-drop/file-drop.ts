/**
 * Picks a CSV file: a real, labelled <input type=file> (keyboard and screen-reader friendly) inside a drop
 * zone that also accepts drag and drop. Emits `file-selected` with the File; never reads it.
 * The browser's own "No file chosen" text is hidden (it stayed after a file was loaded, because the input is
 * cleared so the same file can be picked again); the zone says which file is loaded instead (#13).
 */
import { LitElement, html } from 'lit';
import { t } from '../../i18n/i18n';
import { fmtBytes } from '../../i18n/format-bytes';
import { LocaleController } from '../../i18n/locale-controller';
import { fileDropStyles } from './file-drop.styles';

export class FileDrop extends LitElement {
  static override styles = fileDropStyles;
  static override properties = { over: { state: true }, label: { type: String }, testid: { type: String }, chosen: { attribute: false } };
  declare over: boolean;
  declare label: string;
  declare testid: string;
  /** The loaded file (name and size), shown in place of the browser's text; a parent may clear it. */
  declare chosen: { name: string; size: number } | undefined;

  constructor() {
    super();
    new LocaleController(this);
    this.over = false;
    this.label = '';
    this.testid = 'batch-file';
    this.chosen = undefined;
  }

  private emit(file: File | undefined): void {
    if (!file) return;
    this.chosen = { name: file.name, size: file.size };
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
        <span class="pick"><input id="file" type="file" accept=".csv,.txt,.tsv,text/csv,text/plain" data-testid=${this.testid}
          aria-describedby="chosen" @change=${this.onChange} /><span class="button" aria-hidden="true">${t('file.choose')}</span></span>
        <p id="chosen" class="chosen" data-testid=${`${this.testid}-chosen`} data-name=${this.chosen?.name ?? ''}>${this.chosen
          ? t('file.loaded', { name: this.chosen.name, size: fmtBytes(this.chosen.size) }) : t('file.none')}</p>
        <p>${t('batch.file.hint')}</p>
      </div>
    `;
  }
}
customElements.define('ll-file-drop', FileDrop);
declare global { interface HTMLElementTagNameMap { 'll-file-drop': FileDrop } }
