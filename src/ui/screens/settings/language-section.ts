/** Settings section: interface language (same store as the header picker: localStorage via i18n.setLocale). */
import { LitElement, html } from 'lit';
import { LOCALES, getLocale, setLocale, t, type Locale } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { sectionStyles } from './section.styles';

const NAMES: Record<Locale, string> = { en: 'English', ru: 'Русский', pl: 'Polski' };

export class LanguageSection extends LitElement {
  static override styles = sectionStyles;

  constructor() { super(); new LocaleController(this); }

  private onChange(e: Event): void {
    setLocale((e.target as HTMLSelectElement).value as Locale);
  }

  override render() {
    return html`<section aria-labelledby="lang-h">
      <h2 id="lang-h">${t('settings.language.title')}</h2>
      <p class="help" id="lang-help">${t('settings.language.help')}</p>
      <label for="lang">${t('lang.label')}</label>
      <select id="lang" name="locale" aria-describedby="lang-help" @change=${this.onChange}>
        ${LOCALES.map((l) => html`<option value=${l} lang=${l} ?selected=${l === getLocale()}>${NAMES[l]}</option>`)}
      </select>
    </section>`;
  }
}
customElements.define('ll-settings-language', LanguageSection);
declare global { interface HTMLElementTagNameMap { 'll-settings-language': LanguageSection } }
