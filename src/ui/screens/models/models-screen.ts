/** Models screen: owned by a later issue; until then an honest empty state, nothing fake. */
import { LitElement, html } from 'lit';
import { t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import '../../components/empty-state/empty-state';

export class ModelsScreen extends LitElement {
  constructor() { super(); new LocaleController(this); }
  override render() {
    return html`<h1>${t('nav.models')}</h1><ll-empty-state heading=${t('empty.comingTitle')}><p>${t('empty.models')}</p></ll-empty-state>`;
  }
}
customElements.define('ll-models-screen', ModelsScreen);
declare global { interface HTMLElementTagNameMap { 'll-models-screen': ModelsScreen } }
