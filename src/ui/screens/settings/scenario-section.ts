/**
 * Settings section: the active threshold scenario (radio group), persisted in settings-repo and applied by
 * the score screen. Shows each scenario's threshold and its validation precision/recall from the model card,
 * so the trade-off is visible before choosing.
 */
import { LitElement, html, nothing } from 'lit';
import type { ModelInfo, ScenarioId } from '../../../bridge/contracts';
import { scoring } from '../../../bridge/scoring-bridge';
import { getActiveScenario, setActiveScenario } from '../../../storage/settings-repo';
import { fmtPercent, t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { DataChangeController } from '../../controllers/data-change';
import { scenarioLabel } from '../../components/lead-form/labels';
import { loadErrorText } from '../score/score-state';
import { sectionStyles } from './section.styles';

type ScenarioMetrics = Record<string, { precision?: number; recall?: number }>;

export class ScenarioSection extends LitElement {
  static override styles = sectionStyles;
  static override properties = { info: { state: true }, chosen: { state: true }, status: { state: true }, error: { state: true } };
  declare info: ModelInfo | undefined;
  declare chosen: ScenarioId | undefined;
  declare status: string;
  declare error: string;

  constructor() {
    super();
    new LocaleController(this);
    new DataChangeController(this, () => void getActiveScenario().then((c) => { this.chosen = c; }), ['settings']);
    this.info = undefined;
    this.chosen = undefined;
    this.status = '';
    this.error = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void Promise.all([scoring.init(), getActiveScenario()])
      .then(([info, chosen]) => { this.info = info; this.chosen = chosen; })
      .catch((e: unknown) => { this.error = loadErrorText(e); });
  }

  private async onChange(e: Event): Promise<void> {
    const v = (e.target as HTMLInputElement).value;
    this.chosen = v === '' ? undefined : (v as ScenarioId);
    await setActiveScenario(this.chosen);
    this.status = t('settings.saved');
  }

  private detail(id: string, threshold: number): string {
    const m = (this.info?.metrics.thresholds as ScenarioMetrics | undefined)?.[id];
    const th = fmtPercent(threshold);
    return m?.precision !== undefined && m.recall !== undefined
      ? t('settings.scenario.detail', { threshold: th, precision: fmtPercent(m.precision), recall: fmtPercent(m.recall) })
      : t('settings.scenario.detailShort', { threshold: th });
  }

  override render() {
    const head = html`<h2 id="sc-h">${t('settings.scenario.title')}</h2><p class="help">${t('settings.scenario.help')}</p>`;
    if (this.error) return html`<section aria-labelledby="sc-h">${head}<p role="alert">${this.error}</p></section>`;
    if (!this.info) return html`<section aria-labelledby="sc-h">${head}<p role="status">${t('common.loading')}</p></section>`;
    const th = this.info.thresholds;
    return html`<section aria-labelledby="sc-h">${head}
      <fieldset @change=${this.onChange}>
        <legend>${t('settings.scenario.legend')}</legend>
        <label><input type="radio" name="scenario" value="" data-testid="scenario-option" .checked=${this.chosen === undefined} />
          ${t('settings.scenario.modelDefault', { scenario: scenarioLabel(th.active) })}</label>
        ${th.scenarios.map((s) => html`<label><input type="radio" name="scenario" value=${s.id} data-testid="scenario-option" .checked=${this.chosen === s.id} />
          ${scenarioLabel(s.id)} <span class="detail">— ${this.detail(s.id, s.threshold)}</span></label>`)}
      </fieldset>
      <p class="ok" role="status" aria-live="polite">${this.status || nothing}</p>
    </section>`;
  }
}
customElements.define('ll-settings-scenario', ScenarioSection);
declare global { interface HTMLElementTagNameMap { 'll-settings-scenario': ScenarioSection } }
