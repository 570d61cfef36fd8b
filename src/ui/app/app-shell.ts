/**
 * The root element: navigation, language picker and the router outlet. Routing uses @vaadin/router with
 * the base path from import.meta.env.BASE_URL, so deep links work under a sub-path such as /leadlens/.
 */
import { LitElement, html } from 'lit';
import { Router } from '@vaadin/router';
import { ROUTES, NAV, href } from '../routes';
import { LOCALES, getLocale, setLocale, t, type Locale } from '../i18n/i18n';
import { LocaleController } from '../i18n/locale-controller';
import { shellStyles } from './app-shell.styles';

const LOCALE_NAMES: Record<Locale, string> = { en: 'English', ru: 'Русский', pl: 'Polski' };

export class AppShell extends LitElement {
  static override styles = shellStyles;
  static override properties = { path: { state: true } };
  declare path: string;
  private router?: Router;

  constructor() {
    super();
    new LocaleController(this);
    this.path = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('vaadin-router-location-changed', this.onLocation);
    document.documentElement.lang = getLocale();
  }

  override disconnectedCallback(): void {
    window.removeEventListener('vaadin-router-location-changed', this.onLocation);
    super.disconnectedCallback();
  }

  override firstUpdated(): void {
    const outlet = this.renderRoot.querySelector('main');
    this.router = new Router(outlet, { baseUrl: import.meta.env.BASE_URL });
    void this.router.setRoutes(ROUTES);
  }

  private onLocation = (): void => {
    this.path = window.location.pathname.slice(import.meta.env.BASE_URL.length).replace(/\/$/, '');
    const main = this.renderRoot.querySelector('main');
    main?.focus({ preventScroll: true });
  };

  private onLang(e: Event): void {
    setLocale((e.target as HTMLSelectElement).value as Locale);
  }

  override render() {
    const top = this.path.split('/')[0];
    return html`
      <a class="skip" href="#main" @click=${(e: Event) => { e.preventDefault(); this.renderRoot.querySelector('main')?.focus(); }}>${t('skip.main')}</a>
      <header>
        <div><p class="brand">${t('app.name')}</p><p class="tagline">${t('app.tagline')}</p></div>
        <nav aria-label=${t('nav.label')}>
          <ul>
            ${NAV.map((n) => html`<li><a href=${href(n.path)} aria-current=${top === n.path ? 'page' : 'false'}><span aria-hidden="true">${n.icon}</span>${t(n.labelKey)}</a></li>`)}
          </ul>
        </nav>
        <div class="tools">
          <label>${t('lang.label')}
            <select @change=${this.onLang} aria-label=${t('lang.label')}>
              ${LOCALES.map((l) => html`<option value=${l} ?selected=${l === getLocale()}>${LOCALE_NAMES[l]}</option>`)}
            </select>
          </label>
          <slot name="tools"></slot>
        </div>
      </header>
      <main id="main" tabindex="-1"></main>
    `;
  }
}
customElements.define('ll-app', AppShell);
declare global { interface HTMLElementTagNameMap { 'll-app': AppShell } }
