/**
 * Settings section: the active threshold scenario (radio group), persisted in settings-repo and applied by
 * the score screen. Shows each scenario's threshold and its validation precision/recall from the model card,
 * so the trade-off is visible before choosing.
 */
import { LitElement, html, nothing } from 'lit';
import type { ScenarioId } from '../../../bridge/contracts';
import { getActiveScenario, setActiveScenario } from '../../../storage/settings-repo';
import { fmtPercent, t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { scenarioLabel } from '../../components/lead-form/labels';
import { ModelChoiceController } from './model-choice';
import { sectionStyles } from './section.styles';

type ScenarioMetrics = Record<string, { precision?: number; recall?: number }>;

export class ScenarioSection extends LitElement {
  static override styles = sectionStyles;
  private readonly c = new ModelChoiceController<ScenarioId>(this, { get: getActiveScenario, set: setActiveScenario }, ['settings']);

  constructor() {
    super();
    new LocaleController(this);
  }

  private onChange(e: Event): void {
    const v = (e.target as HTMLInputElement).value;
    void this.c.save(v === '' ? undefined : (v as ScenarioId));
  }

  private detail(id: string, threshold: number): string {
    const m = (this.c.info?.metrics.thresholds as ScenarioMetrics | undefined)?.[id];
    const th = fmtPercent(threshold);
    return m?.precision !== undefined && m.recall !== undefined
      ? t('settings.scenario.detail', { threshold: th, precision: fmtPercent(m.precision), recall: fmtPercent(m.recall) })
      : t('settings.scenario.detailShort', { threshold: th });
  }

  override render() {
    const head = html`<h2 id="sc-h">${t('settings.scenario.title')}</h2><p class="help">${t('settings.scenario.help')}</p>`;
    const { info, error, status, chosen } = this.c;
    if (error) return html`<section aria-labelledby="sc-h">${head}<p role="alert">${error}</p></section>`;
    if (!info) return html`<section aria-labelledby="sc-h">${head}<p role="status">${t('common.loading')}</p></section>`;
    const th = info.thresholds;
    return html`<section aria-labelledby="sc-h">${head}
      <fieldset @change=${this.onChange}>
        <legend>${t('settings.scenario.legend')}</legend>
        <label><input type="radio" name="scenario" value="" data-testid="scenario-option" .checked=${chosen === undefined} />
          ${t('settings.scenario.modelDefault', { scenario: scenarioLabel(th.active) })}</label>
        ${th.scenarios.map((s) => html`<label><input type="radio" name="scenario" value=${s.id} data-testid="scenario-option" .checked=${chosen === s.id} />
          ${scenarioLabel(s.id)} <span class="detail">— ${this.detail(s.id, s.threshold)}</span></label>`)}
      </fieldset>
      <p class="ok" role="status" aria-live="polite">${status || nothing}</p>
    </section>`;
  }
}
customElements.define('ll-settings-scenario', ScenarioSection);
declare global { interface HTMLElementTagNameMap { 'll-settings-scenario': ScenarioSection } }
