/** Batch screen (placeholder until its feature lands). */
import { LitElement, html } from 'lit';
import { t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';

export class BatchScreen extends LitElement {
  constructor() { super(); new LocaleController(this); }
  override render() {
    return html`<h1>${t('nav.batch')}</h1>`;
  }
}
customElements.define('ll-batch-screen', BatchScreen);
declare global { interface HTMLElementTagNameMap { 'll-batch-screen': BatchScreen } }
