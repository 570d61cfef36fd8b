/** Settings screen (placeholder until its feature lands). */
import { LitElement, html } from 'lit';
import { t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';

export class SettingsScreen extends LitElement {
  constructor() { super(); new LocaleController(this); }
  override render() {
    return html`<h1>${t('nav.settings')}</h1>`;
  }
}
customElements.define('ll-settings-screen', SettingsScreen);
declare global { interface HTMLElementTagNameMap { 'll-settings-screen': SettingsScreen } }
