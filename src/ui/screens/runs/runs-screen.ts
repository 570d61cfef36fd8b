/**
 * Run history: every batch run with its stats (share predicted to convert and the threshold used among them),
 * sortable by any column; the name opens the run; export (delimiter of choice, decimal commas with ";",
 * ';' by default for ru/pl Excel), delete with confirmation (admin only — a permission error is shown), and
 * for interrupted runs Resume (with the same file) or Discard.
 */
import { LitElement, html } from 'lit';
import type { Progress, RunRecord } from '../../../bridge/batch-contract';
import { startImport } from '../../../bridge/batch-bridge';
import { deleteRun, discardRun, exportRun, listRuns, markInterruptedRuns } from '../../../storage/runs-repo';
import { fmtDate, fmtNumber, fmtPercent, t } from '../../i18n/i18n';
import { engineErrorText } from '../../i18n/engine-errors';
import { LocaleController } from '../../i18n/locale-controller';
import { DataChangeController } from '../../controllers/data-change';
import { href } from '../../routes';
import { SYNONYMS, normalizeHeader } from '../../../core/columns';
import { download, fileStem } from '../../components/batch-ui/card-info';
import { defaultExportChoice, leadExportOptions, type ExportChoice } from '../../components/export-format/export-format';
import '../../components/export-format/export-format';
import { RUN_SORT_KEYS, sortRuns, type RunSortKey } from './runs-sort';
import { runsScreenStyles } from './runs-screen.styles';
import '../../components/progress-panel/progress-panel';
import '../../components/file-drop/file-drop';
import { canAdmin } from '../../components/role-gate/role-gate';

/** Fallback for runs recorded without labelColumn: the header matching the target's synonyms. */
function guessLabelColumn(headers: string[]): number {
  const names = new Set(['Conversion', ...(SYNONYMS.Conversion ?? [])].map(normalizeHeader));
  return headers.findIndex((h) => names.has(normalizeHeader(h)));
}

export class RunsScreen extends LitElement {
  static override styles = runsScreenStyles;
  static override properties = {
    runs: { state: true }, sortKey: { state: true }, sortDir: { state: true }, message: { state: true },
    error: { state: true }, confirmId: { state: true }, resumeId: { state: true }, progress: { state: true },
    choice: { state: true }, loaded: { state: true }, resuming: { state: true },
  };
  declare resuming: boolean;
  declare runs: RunRecord[];
  declare sortKey: RunSortKey;
  declare sortDir: 'asc' | 'desc';
  declare message: string;
  declare error: string;
  declare confirmId: string;
  declare resumeId: string;
  declare progress: Progress | undefined;
  declare choice: ExportChoice;
  declare loaded: boolean;
  private abort?: AbortController;

  constructor() {
    super();
    new LocaleController(this);
    new DataChangeController(this, () => void this.load(), ['runs']); // runs started or finished in another tab
    this.runs = [];
    this.sortKey = 'startedAt';
    this.sortDir = 'desc';
    this.message = '';
    this.error = '';
    this.confirmId = '';
    this.resumeId = '';
    this.progress = undefined;
    this.choice = defaultExportChoice();
    this.loaded = false;
    this.resuming = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  override disconnectedCallback(): void {
    this.abort?.abort();
    super.disconnectedCallback();
  }

  private async load(): Promise<void> {
    try {
      // Also done at app start; repeating it here is cheap and never touches a run another tab still holds.
      await markInterruptedRuns().catch(() => 0);
      this.runs = await listRuns();
    } catch (err) {
      this.error = t('common.error', { message: (err as Error).message });
    }
    this.loaded = true;
  }

  private sortBy(key: RunSortKey): void {
    if (this.sortKey === key) this.sortDir = this.sortDir === 'asc' ? 'desc' : 'asc';
    else { this.sortKey = key; this.sortDir = key === 'name' || key === 'status' ? 'asc' : 'desc'; }
  }

  private async doExport(r: RunRecord): Promise<void> {
    this.message = t('batch.export.working');
    try {
      download(await exportRun(r.id, await leadExportOptions(r.modelId, this.choice)), `${fileStem(r.name)}.csv`);
      this.message = t('batch.export.done');
    } catch (err) {
      this.error = t('common.error', { message: (err as Error).message });
    }
  }

  private async doDelete(r: RunRecord): Promise<void> {
    this.confirmId = '';
    try {
      await deleteRun(r.id);
      this.message = t('batch.runs.deleted', { name: r.name });
      await this.load();
    } catch (err) {
      const e = err as Error;
      const perm = /permission|admin|forbidden|not allowed/i.test(`${e.name} ${e.message}`);
      this.error = perm ? t('batch.runs.noPermission') : t('common.error', { message: e.message });
    }
  }

  private async doDiscard(r: RunRecord): Promise<void> {
    try {
      await discardRun(r.id);
      this.message = t('batch.runs.discarded', { name: r.name });
      await this.load();
    } catch (err) {
      this.error = t('common.error', { message: (err as Error).message });
    }
  }

  private async resume(r: RunRecord, file: File): Promise<void> {
    this.abort = new AbortController();
    this.progress = undefined;
    this.error = '';
    this.resuming = true;
    document.documentElement.dataset.busy = 'batch';
    try {
      const done = await startImport(file, {
        encoding: r.encoding, delimiter: r.delimiter, decimalComma: r.decimalComma, mapping: r.mapping,
        labelColumn: r.labelColumn ?? (r.hasLabels ? guessLabelColumn(r.headers) : -1),
        runName: r.name, resumeRunId: r.id,
      }, (p) => { this.progress = p; }, this.abort.signal);
      this.message = t(`batch.status.msg.${done.status}`, { message: engineErrorText(done.error ?? '') });
    } catch (err) {
      this.error = t('batch.error.import', { message: engineErrorText(err) });
    }
    delete document.documentElement.dataset.busy;
    this.resumeId = '';
    this.resuming = false;
    await this.load();
  }

  private header(key: RunSortKey) {
    const active = this.sortKey === key;
    const sort = active ? (this.sortDir === 'asc' ? 'ascending' : 'descending') : 'none';
    const num = key !== 'name' && key !== 'status' && key !== 'startedAt';
    return html`<th scope="col" class=${num ? 'num' : ''} aria-sort=${sort}>
      <button type="button" data-sort=${key} @click=${() => this.sortBy(key)}>${t(`batch.runs.col.${key}`)}${active ? (this.sortDir === 'asc' ? ' ▲' : ' ▼') : ''}</button></th>`;
  }

  private actions(r: RunRecord) {
    if (this.confirmId === r.id) {
      return html`<span class="confirm" role="alertdialog" aria-label=${t('batch.runs.confirmTitle')}>${t('batch.runs.confirm', { name: r.name })}
        <button type="button" class="danger" data-testid="run-delete-confirm" @click=${() => void this.doDelete(r)}>${t('batch.runs.delete')}</button>
        <button type="button" class="secondary" @click=${() => { this.confirmId = ''; }}>${t('common.cancel')}</button></span>`;
    }
    if (r.status === 'interrupted' || r.status === 'failed') { // #14: a run stopped by a full disk resumes too
      return html`<button type="button" data-testid="run-resume" @click=${() => { this.resumeId = r.id; }}>${t('batch.runs.resume')}</button>
        <button type="button" class="secondary" data-testid="run-discard" @click=${() => void this.doDiscard(r)}>${t('batch.runs.discard')}</button>`;
    }
    return html`<a class="btn" href=${href(`runs/${r.id}`)} aria-label=${t('batch.runs.openNamed', { name: r.name })}>${t('batch.runs.open')}</a>
      ${r.status === 'completed' ? html`<button type="button" class="secondary" data-testid="run-export" aria-label=${t('batch.runs.exportNamed', { name: r.name })} @click=${() => void this.doExport(r)}>${t('batch.runs.export')}</button>` : ''}
      ${canAdmin() ? html`<button type="button" class="secondary" data-testid="run-delete" aria-label=${t('batch.runs.deleteNamed', { name: r.name })} @click=${() => { this.confirmId = r.id; }}>${t('batch.runs.delete')}</button>` : ''}`;
  }

  private resumePanel() {
    const r = this.runs.find((x) => x.id === this.resumeId);
    if (!r) return '';
    return html`<section class="card" aria-labelledby="rh">
      <h2 id="rh">${t('batch.runs.resumeTitle', { name: r.name })}</h2>
      <p>${t('batch.runs.resumeHint', { file: r.fileName, rows: r.committedRows })}</p>
      ${this.resuming
        ? html`<ll-progress-panel .progress=${this.progress} @cancel=${() => this.abort?.abort()}></ll-progress-panel>`
        : html`<ll-file-drop testid="run-resume-file" .label=${t('batch.runs.resumeFile', { file: r.fileName })}
            @file-selected=${(e: CustomEvent<File>) => void this.resume(r, e.detail)}></ll-file-drop>
          <button type="button" class="secondary" @click=${() => { this.resumeId = ''; }}>${t('common.cancel')}</button>`}
    </section>`;
  }

  override render() {
    const runs = sortRuns(this.runs, this.sortKey, this.sortDir);
    return html`
      <h1>${t('nav.runs')}</h1>
      <ll-export-format testid="runs-delimiter" .choice=${this.choice} @export-format-change=${(e: CustomEvent<ExportChoice>) => { this.choice = e.detail; }}></ll-export-format>
      <p role="status" aria-live="polite">${this.message}</p>
      ${this.error ? html`<p class="error" role="alert" data-testid="runs-error">${this.error}</p>` : ''}
      ${this.resumePanel()}
      ${!canAdmin() && runs.length ? html`<ll-role-note .text=${t('role.runs.deleteAdminOnly')}></ll-role-note>` : ''}
      ${this.loaded && runs.length === 0 ? html`<p class="muted">${t('batch.runs.empty')} <a href=${href('batch')}>${t('nav.batch')}</a></p>` : ''}
      <div class="scroll">
        <table data-testid="runs-table" aria-rowcount=${runs.length + 1}>
          <caption class="sr-only">${t('batch.runs.caption')}</caption>
          <thead><tr>${RUN_SORT_KEYS.map((k) => this.header(k))}<th scope="col">${t('batch.runs.actions')}</th></tr></thead>
          <tbody>${runs.map((r) => html`<tr data-testid="run-row" data-id=${r.id} data-status=${r.status}>
            <td>${r.status === 'completed' ? html`<a href=${href(`runs/${r.id}`)} data-testid="run-name">${r.name}</a>` : r.name}</td><td>${fmtDate(r.startedAt)}</td>
            <td class="num">${fmtNumber(r.counts.rows)}</td><td class="num">${fmtNumber(r.counts.scored)}</td>
            <td class="num">${fmtNumber(r.counts.invalid)}</td><td class="num">${r.counts.scored ? fmtPercent(r.meanScore) : '—'}</td>
            <td class="num" data-testid="run-predicted-share">${r.counts.scored ? fmtPercent(r.predictedShare) : '—'}</td><td class="num" data-testid="run-threshold">${fmtPercent(r.threshold)}</td>
            <td class="status-${r.status}">${t(`batch.status.${r.status}`)}</td>
            <td class="num">${r.durationMs !== undefined ? t('batch.progress.secondsFrac', { n: fmtNumber(r.durationMs / 1000, { maximumFractionDigits: 1 }) }) : '—'}</td>
            <td><div class="actions">${this.actions(r)}</div></td>
          </tr>`)}</tbody>
        </table>
      </div>
    `;
  }
}
customElements.define('ll-runs-screen', RunsScreen);
declare global { interface HTMLElementTagNameMap { 'll-runs-screen': RunsScreen } }
