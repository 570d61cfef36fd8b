/**
 * "Score a lead": the card-driven form, the result with its explanation, a live what-if (any change after
 * a result re-scores within ~150 ms and shows the delta) and the recent saved leads. Scoring runs in the
 * scoring worker; submitting saves the lead (leads-repo) with the active threshold scenario from settings.
 */
import { LitElement, html, nothing } from 'lit';
import type { ModelInfo, ScenarioId } from '../../../bridge/contracts';
import type { RowError } from '../../../core/validate';
import { scoring } from '../../../bridge/scoring-bridge';
import { recentLeads, saveLead, type LeadRecord } from '../../../storage/leads-repo';
import { getActiveScenario, onSettingChange } from '../../../storage/settings-repo';
import { getTierRule } from '../../../storage/tier-settings';
import type { TierRule } from '../../../core/card/types';
import { fmtPercent, t, tn } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { segmentLabel } from '../../components/lead-form/labels';
import type { FormValues, LeadChangeDetail, LeadForm } from '../../components/lead-form/lead-form';
import type { OkResult } from '../../components/score-result/score-result';
import '../../components/lead-form/lead-form';
import '../../components/score-result/score-result';
import '../../components/recent-leads/recent-leads';
import { debouncer, errorsByField, initialValues, loadErrorText, toRaw } from './score-state';
import { scoreScreenStyles } from './score-screen.styles';

export class ScoreScreen extends LitElement {
  static override styles = scoreScreenStyles;
  static override properties = {
    info: { state: true }, loadError: { state: true }, values: { state: true }, errors: { state: true },
    result: { state: true }, baseline: { state: true }, busy: { state: true }, recent: { state: true },
    announce: { state: true }, savedAs: { state: true },
  };
  declare info: ModelInfo | undefined;
  declare loadError: string;
  declare values: FormValues;
  /** Validation errors of the last attempt (translated at render, so a language switch updates them). */
  declare errors: RowError[];
  declare result: OkResult | undefined;
  declare baseline: OkResult | undefined;
  declare busy: boolean;
  declare recent: LeadRecord[];
  declare announce: string;
  declare savedAs: string;

  private scenario?: ScenarioId;
  private tierRule?: TierRule;
  private seq = 0;
  private offSettings?: () => void;
  private readonly whatIf = debouncer(150, () => void this.rescore());

  constructor() {
    super();
    new LocaleController(this);
    this.info = undefined;
    this.loadError = '';
    this.values = {};
    this.errors = [];
    this.result = undefined;
    this.baseline = undefined;
    this.busy = false;
    this.recent = [];
    this.announce = '';
    this.savedAs = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.offSettings = onSettingChange(() => void this.refreshScenario());
    void this.load();
  }

  override disconnectedCallback(): void {
    this.offSettings?.();
    this.whatIf.cancel();
    super.disconnectedCallback();
  }

  private async load(): Promise<void> {
    void this.refreshRecent();
    try {
      const [info, scenario, tierRule] = await Promise.all([scoring.init(), getActiveScenario().catch(() => undefined), getTierRule().catch(() => undefined)]);
      this.scenario = scenario;
      this.tierRule = tierRule;
      this.info = info;
      if (Object.keys(this.values).length === 0) this.values = initialValues(info);
    } catch (e) {
      this.loadError = loadErrorText(e);
    }
  }

  private async refreshRecent(): Promise<void> {
    try { this.recent = await recentLeads(10); } catch { /* storage locked or unavailable: list stays empty */ }
  }

  private async refreshScenario(): Promise<void> {
    this.scenario = await getActiveScenario();
    this.tierRule = await getTierRule();
    if (this.result) await this.rescore();
  }

  private onChange(e: CustomEvent<LeadChangeDetail>): void {
    const { name, value } = e.detail;
    if (this.values[name] === value) return;
    this.values = { ...this.values, [name]: value };
    this.savedAs = '';
    if (this.baseline) this.whatIf.schedule();
  }

  private onReset(): void {
    if (this.info) this.values = initialValues(this.info);
    this.errors = [];
    if (this.baseline) this.whatIf.schedule();
  }

  /** Live what-if: score the current values without saving; stale responses are dropped. */
  private async rescore(): Promise<void> {
    const seq = ++this.seq;
    try {
      const r = await scoring.scoreOne(toRaw(this.values), { scenario: this.scenario, tierRule: this.tierRule });
      if (seq !== this.seq) return;
      if (!r.ok) { this.errors = r.errors; return; }
      this.errors = [];
      this.result = r;
      this.announce = this.describe(r);
    } catch (e) {
      if (seq === this.seq) this.loadError = loadErrorText(e);
    }
  }

  private async onSubmit(): Promise<void> {
    if (this.busy || !this.info) return;
    this.whatIf.cancel();
    const seq = ++this.seq;
    this.busy = true;
    this.savedAs = '';
    try {
      const r = await scoring.scoreOne(toRaw(this.values), { scenario: this.scenario, tierRule: this.tierRule });
      if (seq !== this.seq) return;
      if (!r.ok) {
        this.errors = r.errors;
        this.announce = tn('err.summary', Object.keys(errorsByField(r.errors)).length);
        await this.updateComplete;
        await this.renderRoot.querySelector<LeadForm>('ll-lead-form')?.focusFirstError();
        return;
      }
      this.errors = [];
      this.result = r;
      this.baseline = r;
      // Bring the result into view and move focus to it (on a phone it is below the form).
      await this.updateComplete;
      await this.renderRoot.querySelector('ll-score-result')?.focusResult();
      const id = r.values[this.info.idField];
      try {
        const saved = await saveLead({
          customerId: typeof id === 'string' ? id : undefined, modelId: r.modelId, inputs: r.values, score: r.lead.score,
          decile: r.lead.decile, segment: r.lead.segment, cluster: r.lead.cluster, predicted: r.lead.predicted,
          threshold: r.threshold, tierRule: r.tierRule, defaultsUsed: r.defaultsUsed,
        });
        this.savedAs = t('score.saved', { id: saved.customerId });
        await this.refreshRecent();
      } catch (e) {
        this.savedAs = t('score.saveFailed', { message: (e as Error).message });
      }
      this.announce = `${this.describe(r)} ${this.savedAs}`;
    } catch (e) {
      this.loadError = loadErrorText(e);
    } finally {
      this.busy = false;
    }
  }

  private describe(r: OkResult): string {
    return t('result.announce', { score: fmtPercent(r.lead.score), decile: r.lead.decile, segment: segmentLabel(r.lead.segment) });
  }

  override render() {
    const errors = errorsByField(this.errors);
    const nErr = Object.keys(errors).length;
    return html`
      <h1>${t('score.title')}</h1>
      <p class="intro">${t('score.intro')}</p>
      <p class="sr-only" role="status" aria-live="polite">${this.announce}</p>
      ${this.loadError ? html`<div class="alert" role="alert"><strong>${t('score.modelError')}</strong> ${this.loadError}</div>` : nothing}
      ${!this.info && !this.loadError ? html`<p class="status" role="status">${t('score.loadingModel')}</p>` : nothing}
      ${this.info ? html`<div class="layout">
        <div>
          ${nErr ? html`<p class="summary">${tn('err.summary', nErr)}</p>` : nothing}
          <ll-lead-form .fields=${this.info.fields} .values=${this.values} .errors=${errors} .defaults=${this.info.defaults} ?busy=${this.busy}
            @lead-change=${this.onChange} @lead-submit=${this.onSubmit} @lead-reset=${this.onReset}></ll-lead-form>
        </div>
        <div>
          ${this.savedAs ? html`<p class="saved">${this.savedAs}</p>` : nothing}
          ${this.result ? html`<p class="hint">${t('score.whatIfHint')}</p>` : nothing}
          <ll-score-result .result=${this.result} .baseline=${this.baseline} .info=${this.info}></ll-score-result>
        </div>
      </div>` : nothing}
      <ll-recent-leads .leads=${this.recent}></ll-recent-leads>
    `;
  }
}
customElements.define('ll-score-screen', ScoreScreen);
declare global { interface HTMLElementTagNameMap { 'll-score-screen': ScoreScreen } }
