/**
 * Settings section: the priority-tier rule (issue #13). Bands of calibrated probability (the card's default)
 * or the thesis decile rule, each tier shown with its range and its validation conversion rate and share from
 * the model card, so the difference between the rules is visible before choosing.
 */
import { LitElement, html, nothing } from 'lit';
import type { TierRule } from '../../../core/card/types';
import { getTierRule, setTierRule } from '../../../storage/tier-settings';
import { fmtPercent, t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { segmentLabel } from '../../components/lead-form/labels';
import { tierRangeText, tierValidationText } from '../../components/score-result/tier-text';
import { ModelChoiceController } from './model-choice';
import { sectionStyles } from './section.styles';

export class TierSection extends LitElement {
  static override styles = sectionStyles;
  private readonly c = new ModelChoiceController<TierRule>(this, { get: getTierRule, set: setTierRule });

  constructor() {
    super();
    new LocaleController(this);
  }

  private onChange(e: Event): void {
    const v = (e.target as HTMLInputElement).value as TierRule;
    void this.c.save(v === 'probability' ? undefined : v);
  }

  private figures(rule: TierRule) {
    const card = { tiers: this.c.info?.tiers, segments: this.c.info!.segments };
    return html`<ul class="detail" data-testid="tier-figures" data-rule=${rule}>${(['High', 'Medium', 'Low'] as const).map((s) =>
      html`<li><strong>${segmentLabel(s)}</strong>: ${tierRangeText(card, rule, s)}${card.tiers ? html` — ${tierValidationText(card, rule, s, true)}` : nothing}</li>`)}</ul>`;
  }

  override render() {
    const head = html`<h2 id="tier-h">${t('tier.settings.title')}</h2><p class="help">${t('tier.settings.help')}</p>`;
    const { info, error, status } = this.c;
    if (error) return html`<section aria-labelledby="tier-h">${head}<p role="alert">${error}</p></section>`;
    if (!info) return html`<section aria-labelledby="tier-h">${head}<p role="status">${t('common.loading')}</p></section>`;
    const tiers = info.tiers;
    if (!tiers) return html`<section aria-labelledby="tier-h">${head}<p>${t('tier.settings.unavailable')}</p>${this.figures('decile')}</section>`;
    const rule = this.c.chosen ?? tiers.default;
    return html`<section aria-labelledby="tier-h">${head}
      <fieldset @change=${this.onChange}>
        <legend>${t('tier.settings.legend')}</legend>
        <label><input type="radio" name="tier-rule" value="probability" data-testid="tier-option" .checked=${rule === 'probability'} />
          ${t('tier.settings.probability')}</label>
        <p class="help">${t('tier.settings.probabilityHow', { minShare: fmtPercent(tiers.minShare, 0) })}</p>
        ${this.figures('probability')}
        <label><input type="radio" name="tier-rule" value="decile" data-testid="tier-option" .checked=${rule === 'decile'} />
          ${t('tier.settings.decile')}</label>
        ${this.figures('decile')}
      </fieldset>
      <p class="ok" role="status" aria-live="polite">${status || nothing}</p>
    </section>`;
  }
}
customElements.define('ll-settings-tiers', TierSection);
declare global { interface HTMLElementTagNameMap { 'll-settings-tiers': TierSection } }
