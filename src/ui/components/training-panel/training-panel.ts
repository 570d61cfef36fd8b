/**
 * Retrain the conversion model: pick a labelled CSV (or a run whose file had outcomes) and a candidate, train it in the training worker with a
 * live chart and Cancel, then see it beside the active model on the same validation rows. The candidate is
 * stored in the registry when training ends; "Activate" is offered only when the stated rule holds, and the
 * decision with both metric sets goes to the audit log (storage enforces the admin role).
 */
import { LitElement, html, nothing } from 'lit';
import type { RoundPoint } from '../../../core/training/gbt';
import { auditMetrics } from '../../../core/training/evaluate';
import type { CandidateKind, TrainOutcome, TrainProgress } from '../../../bridge/training-contract';
import { trainCandidate } from '../../../bridge/training-bridge';
import { activateModel, saveCandidate } from '../../../storage/models/models-repo';
import { currentSession } from '../../../storage/session';
import { labelledRunCsv, labelledRuns } from '../../../storage/models/training-source';
import type { RunRecord } from '../../../bridge/batch-contract';
import { fmtNumber, t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { activeInput, findModel, newModelId, type RegistryView } from '../../screens/models/registry-view';
import { modelsErrorText } from '../../screens/models/errors';
import '../file-drop/file-drop';
import '../training-chart/training-chart';
import '../model-compare/model-compare';
import { trainingPanelStyles } from './training-panel.styles';
import { columnTitles } from '../../i18n/column-names';

type Done = Extract<TrainOutcome, { ok: true }>;

export class TrainingPanel extends LitElement {
  static override styles = trainingPanelStyles;
  static override properties = {
    view: { attribute: false }, file: { state: true }, runs: { state: true }, runId: { state: true }, kind: { state: true }, progress: { state: true },
    points: { state: true }, result: { state: true }, error: { state: true }, status: { state: true }, busy: { state: true },
  };
  declare view: RegistryView | undefined;
  declare file: File | undefined;
  /** Completed runs with known outcomes: the other source of training data. */
  declare runs: RunRecord[];
  declare runId: string;
  declare kind: CandidateKind;
  declare progress: TrainProgress | undefined;
  declare points: RoundPoint[];
  declare result: Done | undefined;
  declare error: string;
  declare status: string;
  declare busy: boolean;
  private abort?: AbortController;

  constructor() {
    super();
    new LocaleController(this);
    this.view = undefined;
    this.file = undefined;
    this.runs = [];
    this.runId = '';
    this.kind = 'gbt';
    this.points = [];
    this.error = '';
    this.status = '';
    this.busy = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    labelledRuns().then((r) => { this.runs = r; }, () => { this.runs = []; });
  }

  /** The labelled CSV text and its name: the chosen file, or the chosen run's leads with their outcomes. */
  private async source(): Promise<{ text: string; name: string } | undefined> {
    if (this.runId) {
      const r = await labelledRunCsv(this.runId);
      return { text: r.text, name: r.fileName };
    }
    return this.file ? { text: await this.file.text(), name: this.file.name } : undefined;
  }

  private async train(): Promise<void> {
    const view = this.view;
    const active = view ? findModel(view, view.activeId) : undefined;
    if ((!this.file && !this.runId) || !view || !active) return;
    const session = currentSession();
    this.error = ''; this.status = ''; this.result = undefined; this.points = []; this.progress = undefined;
    this.busy = true;
    this.abort = new AbortController();
    try {
      const base = view.builtIns.find((m) => m.id === view.champion)?.card ?? active.card;
      const src = await this.source();
      if (!src) return;
      const outcome = await trainCandidate({
        kind: this.kind, csvText: src.text, fileName: src.name, baseCard: base,
        active: await activeInput(active), activeId: active.id, newId: newModelId(this.kind), createdBy: session?.userId ?? '',
      }, (p) => {
        this.progress = p;
        if (p.point) this.points = [...this.points, p.point];
      }, this.abort.signal);
      if (!outcome.ok) { this.error = t(`models.data.${outcome.code}`, { ...outcome.detail, ...('columns' in outcome.detail ? { columns: columnTitles(String(outcome.detail.columns)) } : {}) }); return; }
      await saveCandidate(session, { ...outcome.model, gate: { against: active.id, allowed: outcome.comparison.allowed } }, { ...auditMetrics('candidate', outcome.comparison.candidate), split: outcome.split, rows: outcome.rows.train + outcome.rows.valid });
      this.result = outcome;
      this.progress = undefined;
      this.status = t('models.train.saved', { id: outcome.model.id });
      this.changed();
    } catch (e) {
      this.error = (e as Error).name === 'AbortError' ? t('models.train.cancelled') : modelsErrorText(e);
    } finally {
      this.busy = false;
      this.abort = undefined;
    }
  }

  private async activate(): Promise<void> {
    const r = this.result;
    const view = this.view;
    if (!r || !view) return;
    try {
      const c = r.comparison;
      await activateModel(currentSession(), 'conversion', r.model.id, {
        champion: view.champion, builtIns: view.builtIns.map((m) => m.id),
        detail: { ...auditMetrics('candidate', c.candidate), ...auditMetrics('active', c.active), aucSe: c.aucSe, rule: c.allowed },
      });
      this.status = t('models.activated', { id: r.model.id });
      this.result = undefined;
      this.changed();
    } catch (e) {
      this.error = modelsErrorText(e);
    }
  }

  private changed(): void {
    this.dispatchEvent(new CustomEvent('registry-changed', { bubbles: true, composed: true }));
  }

  private progressText(): string {
    const p = this.progress;
    if (!p) return '';
    if (p.phase !== 'training') return t(`models.train.phase.${p.phase}`);
    return t('models.train.progress', { step: fmtNumber(p.step), total: fmtNumber(p.total), rows: fmtNumber(p.rows ?? 0), seconds: fmtNumber(p.elapsedMs / 1000, { maximumFractionDigits: 1 }) });
  }

  private resultView(r: Done) {
    return html`<p data-testid="split-note">${t(`models.split.${r.split}`, { column: r.dateColumn ?? '', train: fmtNumber(r.rows.train), valid: fmtNumber(r.rows.valid) })}</p>
      ${r.rows.invalid + r.rows.unlabelled > 0 ? html`<p>${t('models.train.skipped', { invalid: fmtNumber(r.rows.invalid), unlabelled: fmtNumber(r.rows.unlabelled) })}</p>` : nothing}
      <ll-model-compare .comparison=${r.comparison} candidateId=${r.model.id} activeId=${this.view?.activeId ?? ''}></ll-model-compare>
      ${r.comparison.allowed
        ? html`<button type="button" class="primary" data-testid="activate-candidate" @click=${() => this.activate()}>${t('models.activate')}</button>`
        : html`<p class="warn" role="status">${t('models.compare.notAllowed')}</p>`}`;
  }

  override render() {
    return html`<section aria-labelledby="train-h">
      <h2 id="train-h">${t('models.train.title')}</h2>
      <p class="help">${t('models.train.help')}</p>
      <ll-file-drop label=${t('models.train.file')} testid="training-file" @file-selected=${(e: CustomEvent<File>) => { this.file = e.detail; this.runId = ''; }}></ll-file-drop>
      ${this.file && !this.runId ? html`<p class="detail">${this.file.name}</p>` : nothing}
      ${this.runs.length ? html`<label for="train-run">${t('models.train.run')}</label>
        <select id="train-run" data-testid="training-run" .value=${this.runId} @change=${(e: Event) => { this.runId = (e.target as HTMLSelectElement).value; }}>
          <option value="">${t('models.train.noRun')}</option>
          ${this.runs.map((r) => html`<option value=${r.id} ?selected=${r.id === this.runId}>${t('models.train.runOption', { name: r.name, rows: fmtNumber(r.counts.scored) })}</option>`)}
        </select>` : nothing}
      <label for="kind">${t('models.train.kind')}</label>
      <select id="kind" data-testid="candidate-kind" .value=${this.kind} @change=${(e: Event) => { this.kind = (e.target as HTMLSelectElement).value as CandidateKind; }}>
        ${(['gbt', 'logistic', 'mlp'] as const).map((k) => html`<option value=${k} ?selected=${k === this.kind}>${t(`models.kind.${k}`)}</option>`)}
      </select>
      <div class="actions">
        <button type="button" class="primary" data-testid="train-start" ?disabled=${(!this.file && !this.runId) || this.busy} @click=${() => this.train()}>${t('models.train.start')}</button>
        ${this.busy ? html`<button type="button" data-testid="train-cancel" @click=${() => this.abort?.abort()}>${t('models.train.cancel')}</button>` : nothing}
      </div>
      <p role="status" aria-live="polite" data-testid="train-progress">${this.progressText()}</p>
      ${this.points.length || this.busy ? html`<ll-training-chart .points=${this.points} unit=${this.kind === 'mlp' ? 'epoch' : this.kind === 'gbt' ? 'round' : 'iteration'}></ll-training-chart>` : nothing}
      ${this.error ? html`<p role="alert" class="error" data-testid="train-error">${this.error}</p>` : nothing}
      ${this.status ? html`<p class="ok" data-testid="train-status">${this.status}</p>` : nothing}
      ${this.result ? this.resultView(this.result) : nothing}
    </section>`;
  }
}
customElements.define('ll-training-panel', TrainingPanel);
declare global { interface HTMLElementTagNameMap { 'll-training-panel': TrainingPanel } }
