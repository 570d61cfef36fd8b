/** Runs screen (placeholder until its feature lands). */
import { LitElement, html } from 'lit';
import { t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';

export class RunsScreen extends LitElement {
  constructor() { super(); new LocaleController(this); }
  override render() {
    return html`<h1>${t('nav.runs')}</h1>`;
  }
}
customElements.define('ll-runs-screen', RunsScreen);
declare global { interface HTMLElementTagNameMap { 'll-runs-screen': RunsScreen } }
