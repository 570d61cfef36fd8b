/** Score screen (placeholder until its feature lands). */
import { LitElement, html } from 'lit';
import { t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';

export class ScoreScreen extends LitElement {
  constructor() { super(); new LocaleController(this); }
  override render() {
    return html`<h1>${t('nav.score')}</h1>`;
  }
}
customElements.define('ll-score-screen', ScoreScreen);
declare global { interface HTMLElementTagNameMap { 'll-score-screen': ScoreScreen } }
