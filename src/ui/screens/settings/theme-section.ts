/** Settings section: colour theme — follow the system, or always light / dark (#13; stored by ui/theme/theme). */
import { LitElement, css, html } from 'lit';
import { t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { THEME_PREFS, getThemePref, setThemePref, type ThemePref } from '../../theme/theme';
import { sectionStyles } from './section.styles';

export class ThemeSection extends LitElement {
  static override styles = [sectionStyles, css`.choice { display: flex; gap: 0.4rem; align-items: center; font-weight: 400; }`];
  static override properties = { pref: { state: true } };
  declare pref: ThemePref;

  constructor() { super(); new LocaleController(this); this.pref = getThemePref(); }

  private choose(p: ThemePref): void {
    setThemePref(p);
    this.pref = p;
  }

  override render() {
    return html`<section aria-labelledby="theme-h">
      <h2 id="theme-h">${t('theme.title')}</h2>
      <fieldset role="radiogroup" aria-labelledby="theme-h" aria-describedby="theme-help">
        <p class="help" id="theme-help">${t('theme.help')}</p>
        ${THEME_PREFS.map((p) => html`<label class="choice"><input type="radio" name="theme" value=${p} data-testid=${`theme-${p}`}
          .checked=${this.pref === p} @change=${() => this.choose(p)} /> ${t(`theme.${p}`)}</label>`)}
      </fieldset>
    </section>`;
  }
}
customElements.define('ll-settings-theme', ThemeSection);
declare global { interface HTMLElementTagNameMap { 'll-settings-theme': ThemeSection } }
