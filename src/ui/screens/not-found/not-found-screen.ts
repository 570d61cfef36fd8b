/** Shown for any unknown path inside the app (deep links that do not exist). */
import { LitElement, html } from 'lit';
import { t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { href } from '../../routes';

export class NotFoundScreen extends LitElement {
  constructor() { super(); new LocaleController(this); }
  override render() {
    return html`<h1>${t('notfound.title')}</h1><p>${t('notfound.body')}</p><a href=${href('')}>${t('notfound.home')}</a>`;
  }
}
customElements.define('ll-not-found-screen', NotFoundScreen);
declare global { interface HTMLElementTagNameMap { 'll-not-found-screen': NotFoundScreen } }
