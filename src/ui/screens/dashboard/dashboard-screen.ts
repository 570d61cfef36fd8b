/** Dashboard screen (placeholder until its feature lands). */
import { LitElement, html } from 'lit';
import { t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';

export class DashboardScreen extends LitElement {
  constructor() { super(); new LocaleController(this); }
  override render() {
    return html`<h1>${t('nav.dashboard')}</h1>`;
  }
}
customElements.define('ll-dashboard-screen', DashboardScreen);
declare global { interface HTMLElementTagNameMap { 'll-dashboard-screen': DashboardScreen } }
