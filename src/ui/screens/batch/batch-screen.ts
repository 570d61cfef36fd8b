/**
 * Batch scoring: pick a file → sniff (encoding, delimiter, decimal comma) → preview exactly as read →
 * map columns (remembered per header signature) → name the run → Start → progress with Cancel → summary.
 * The engine (src/bridge/batch-bridge.ts) does all parsing and scoring in workers; this screen only drives it.
 */
import { LitElement, html } from 'lit';
import type { Delimiter, Encoding, FileSniff, LeadRow, Progress, RowError, RunRecord } from '../../../bridge/batch-contract';
import { getRememberedMapping, rememberMapping, sniffFile, startImport } from '../../../bridge/batch-bridge';
import { openRunView, runErrors } from '../../../storage/runs-repo';
import type { ModelCard } from '../../../core/card/types';
import { getLocale, t } from '../../i18n/i18n';
import { engineErrorText } from '../../i18n/engine-errors';
import { LocaleController } from '../../i18n/locale-controller';
import { defaultExportDelimiter, loadCard } from '../../components/batch-ui/card-info';
import type { MappingChange } from '../../components/column-mapper/column-mapper';
import { previewTable, readerLine, sniffControls } from './batch-preview';
import { batchScreenStyles } from './batch-screen.styles';
import '../../components/file-drop/file-drop';
import '../../components/column-mapper/column-mapper';
import { ignoredNote } from '../../components/expected-columns/expected-columns';
import '../../components/progress-panel/progress-panel';
import '../../components/run-summary/run-summary';
import '../../components/same-file/same-file';
import { duplicatePicker } from '../../components/duplicate-ids/duplicate-ids';
import type { DuplicatePolicy } from '../../../core/csv/duplicate-ids';
import { columnTitles } from '../../i18n/column-names';

type Phase = 'pick' | 'setup' | 'running' | 'done';

export class BatchScreen extends LitElement {
  static override styles = batchScreenStyles;
  static override properties = {
    phase: { state: true }, sniff: { state: true }, busy: { state: true }, error: { state: true },
    mapping: { state: true }, labelColumn: { state: true }, duplicates: { state: true }, decimalComma: { state: true }, runName: { state: true },
    progress: { state: true }, cancelling: { state: true }, run: { state: true }, card: { state: true },
    firstRows: { state: true }, errors: { state: true },
  };
  declare phase: Phase;
  declare sniff: FileSniff | undefined;
  declare busy: boolean;
  declare error: string;
  declare mapping: Record<string, number>;
  declare labelColumn: number;
  declare duplicates: DuplicatePolicy;
  declare decimalComma: boolean;
  declare runName: string;
  declare progress: Progress | undefined;
  declare cancelling: boolean;
  declare run: RunRecord | undefined;
  declare card: ModelCard | undefined;
  declare firstRows: LeadRow[];
  declare errors: RowError[];
  private file?: File;
  private abort?: AbortController;
  /** Code of the last refused file (file_empty, file_xlsx...), for tests and assistive tech. */
  private refusal = '';

  constructor() {
    super();
    new LocaleController(this);
    this.phase = 'pick';
    this.sniff = undefined;
    this.busy = false;
    this.error = '';
    this.mapping = {};
    this.labelColumn = -1;
    this.duplicates = 'all';
    this.decimalComma = false;
    this.runName = '';
    this.progress = undefined;
    this.cancelling = false;
    this.run = undefined;
    this.card = undefined;
    this.firstRows = [];
    this.errors = [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    loadCard().then((c) => { this.card = c; }, (err: Error) => { this.error = t('batch.error.model', { message: err.message }); });
  }

  override disconnectedCallback(): void {
    this.abort?.abort();
    super.disconnectedCallback();
  }

  private async onFile(file: File): Promise<void> {
    this.file = file;
    this.run = undefined;
    this.error = '';
    this.refusal = '';
    // The file's name alone: run history shows the date in its own column (issue #13).
    this.runName = file.name.replace(/\.[^.]+$/, '');
    await this.resniff();
  }

  private async resniff(override?: { encoding?: Encoding; delimiter?: Delimiter }): Promise<void> {
    if (!this.file) return;
    this.busy = true;
    try {
      const s = await sniffFile(this.file, override);
      const remembered = await getRememberedMapping(s.headerSignature).catch(() => undefined);
      const valid = remembered && Object.values(remembered).every((i) => i < s.headers.length);
      this.mapping = { ...s.suggested, ...(valid ? remembered : {}) };
      this.labelColumn = s.labelColumn;
      if (!override) this.decimalComma = s.decimalComma;
      this.sniff = s;
      this.phase = 'setup';
    } catch (err) {
      // Refused files (empty, header only, not CSV) get their own message, before any mapping.
      const code = /^\[(file_\w+)\]/.exec((err as Error).message)?.[1];
      this.error = code ? engineErrorText(err) : t('batch.error.sniff', { message: (err as Error).message });
      this.refusal = code ?? '';
      if (code) this.phase = 'pick';
    } finally {
      this.busy = false;
    }
  }

  private missingRequired(): string[] {
    if (!this.card) return this.sniff?.missingRequired ?? [];
    return this.card.fields.filter((f) => f.required && (this.mapping[f.name] ?? -1) < 0).map((f) => f.name);
  }

  private async start(): Promise<void> {
    const s = this.sniff;
    if (!s || !this.file || this.missingRequired().length) return;
    void rememberMapping(s.headerSignature, this.mapping).catch(() => undefined);
    this.abort = new AbortController();
    this.phase = 'running';
    this.progress = undefined;
    this.cancelling = false;
    this.error = '';
    // Tells the PWA update prompt (issue #6) to wait until the batch is over.
    document.documentElement.dataset.busy = 'batch';
    try {
      const run = await startImport(this.file, {
        encoding: s.encoding, delimiter: s.delimiter, decimalComma: this.decimalComma, mapping: this.mapping,
        labelColumn: this.labelColumn, runName: this.runName.trim() || this.file.name, duplicates: this.duplicates,
      }, (p) => { this.progress = p; }, this.abort.signal);
      await this.showRun(run);
    } catch (err) {
      this.error = t('batch.error.import', { message: engineErrorText(err) });
      this.phase = 'setup';
    } finally {
      delete document.documentElement.dataset.busy;
    }
  }

  private async showRun(run: RunRecord): Promise<void> {
    this.run = run;
    this.phase = 'done';
    if (run.status === 'completed') {
      const [rows, errors] = await Promise.all([
        openRunView(run.id).then(async (v) => { try { return await v.rows(0, 10); } finally { v.close(); } }).catch(() => []),
        run.counts.invalid ? runErrors(run.id, 0, 200).catch(() => []) : Promise.resolve([]),
      ]);
      this.firstRows = rows;
      this.errors = errors;
    }
    // A finished batch: bring its summary into view and move focus to it.
    await this.updateComplete;
    const summary = this.renderRoot.querySelector('ll-run-summary');
    await summary?.updateComplete;
    const section = summary?.renderRoot.querySelector<HTMLElement>('[data-testid="batch-summary"]');
    section?.scrollIntoView({ block: 'start' });
    section?.focus({ preventScroll: true });
  }

  private onMapping(e: CustomEvent<MappingChange>): void {
    this.mapping = e.detail.mapping;
    this.labelColumn = e.detail.labelColumn;
  }

  private reset(): void {
    this.phase = 'pick';
    this.sniff = undefined;
    this.run = undefined;
    this.file = undefined;
  }

  private renderSetup() {
    const s = this.sniff;
    if (!s) return '';
    const missing = this.missingRequired();
    return html`
      ${sniffControls(s, this.decimalComma, this.busy, {
        encoding: (v) => void this.resniff({ encoding: v, delimiter: s.delimiter }),
        delimiter: (v) => void this.resniff({ encoding: s.encoding, delimiter: v }),
        decimalComma: (v) => { this.decimalComma = v; },
      })}
      <ll-same-file .file=${this.file}></ll-same-file>
      <h2>${t('batch.preview.title')}</h2>
      ${previewTable(s)}
      <h2>${t('batch.map.title')}</h2>
      <p class="muted">${t('batch.map.intro')}</p>
      <ll-column-mapper .fields=${this.card?.fields ?? []} .headers=${s.headers} .mapping=${this.mapping}
        .labelColumn=${this.labelColumn} .target=${this.card?.target ?? 'Conversion'} @mapping-change=${this.onMapping}></ll-column-mapper>
      ${ignoredNote(s.headers, this.mapping, this.labelColumn)}
      ${duplicatePicker(this.duplicates, (p) => { this.duplicates = p; })}
      <div class="row">
        <div class="field"><label for="runName">${t('batch.runName')}</label>
          <input id="runName" type="text" .value=${this.runName} @input=${(e: Event) => { this.runName = (e.target as HTMLInputElement).value; }} /></div>
        <button type="button" data-testid="batch-start" ?disabled=${missing.length > 0 || this.busy || !this.card}
          aria-describedby=${missing.length ? 'missing' : ''} @click=${() => void this.start()}>${t('batch.start')}</button>
        <button type="button" class="secondary" @click=${this.reset}>${t('batch.other')}</button>
      </div>
      ${missing.length ? html`<p id="missing" class="error" role="alert" data-testid="batch-missing" data-columns=${missing.join(',')}>
        ${t(missing.length === 1 ? 'batch.missing.one' : 'batch.missing.many', { columns: columnTitles(missing) })}</p>` : ''}
    `;
  }

  private renderDone() {
    const r = this.run;
    if (!r) return '';
    const msg = r.status === 'completed' ? '' : t(`batch.status.msg.${r.status}`, { message: engineErrorText(r.error ?? '') });
    return html`
      ${msg ? html`<p class=${r.status === 'failed' ? 'error' : 'warn'} role="alert" data-testid="batch-outcome" data-status=${r.status}>${msg}</p>` : ''}
      ${readerLine(r)}
      <ll-run-summary .run=${r} .card=${this.card} .firstRows=${this.firstRows} .errors=${this.errors}
        .delimiter=${defaultExportDelimiter(getLocale())}></ll-run-summary>
      <p><button type="button" class="secondary" data-testid="batch-another" @click=${this.reset}>${t('batch.another')}</button></p>
    `;
  }

  override render() {
    return html`
      <h1>${t('nav.batch')}</h1>
      <p class="muted">${t('batch.intro')}</p>
      ${this.error ? html`<p class="error" role="alert" data-testid="batch-error-message" data-code=${this.refusal}>${this.error}</p>` : ''}
      <div aria-live="polite" class="sr-only">${this.busy ? t('common.loading') : ''}</div>
      ${this.phase === 'pick' ? html`<ll-expected-columns .card=${this.card}></ll-expected-columns>` : ''}
      ${this.phase === 'pick' || this.phase === 'setup' ? html`<ll-file-drop .chosen=${this.file ? { name: this.file.name, size: this.file.size } : undefined}
        @file-selected=${(e: CustomEvent<File>) => void this.onFile(e.detail)}></ll-file-drop>` : ''}
      ${this.phase === 'setup' ? this.renderSetup() : ''}
      ${this.phase === 'running' ? html`<ll-progress-panel .progress=${this.progress} ?cancelling=${this.cancelling}
        @cancel=${() => { this.cancelling = true; this.abort?.abort(); }}></ll-progress-panel>` : ''}
      ${this.phase === 'done' ? this.renderDone() : ''}
    `;
  }
}
customElements.define('ll-batch-screen', BatchScreen);
declare global { interface HTMLElementTagNameMap { 'll-batch-screen': BatchScreen } }
