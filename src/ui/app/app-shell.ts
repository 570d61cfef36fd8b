/**
 * The root element: navigation, language picker and the router outlet. Routing uses @vaadin/router with
 * the base path from import.meta.env.BASE_URL, so deep links work under a sub-path such as /leadlens/.
 * Auth gate (#4): first run shows setup, a locked workspace shows sign-in, and only a signed-in session gets
 * the navigation (admin links for admins only; an analyst reads one line saying which screens are left out and
 * why), the router outlet, the user/role box and sign-out.
 */
import { LitElement, html } from 'lit';
import { Router } from '@vaadin/router';
import { ROUTES, NAV, href } from '../routes';
import { LOCALES, getLocale, setLocale, t, type Locale } from '../i18n/i18n';
import { LocaleController } from '../i18n/locale-controller';
import { shellStyles } from './app-shell.styles';
import { currentSession, onSessionChange, type Session } from '../../storage/session';
import { isFirstRun, signOut } from '../../storage/auth';
import { IdleLockController } from '../screens/signin/idle-lock';
import { installSessionSync } from '../../storage/session-sync';
import { installDeviceUnlock, resumeDeviceUnlock } from '../../storage/device-unlock';

/** Auth gate (#4): first run → setup, locked → sign-in, signed in → the routed app. */
type AuthState = 'loading' | 'setup' | 'signin' | 'app';

const LOCALE_NAMES: Record<Locale, string> = { en: 'English', ru: 'Русский', pl: 'Polski' };

export class AppShell extends LitElement {
  static override styles = shellStyles;
  static override properties = { navOpen: { state: true }, path: { state: true }, auth: { state: true }, session: { state: true }, lockNotice: { state: true } };
  declare path: string;
  /** Narrow screens: the navigation is folded behind a Menu button (issue #13). */
  declare navOpen: boolean;
  declare auth: AuthState;
  declare session: Session | undefined;
  declare lockNotice: string;
  private router?: Router;
  private resumeTried = false;
  private authGen = 0;
  private offSession?: () => void;
  private idle = new IdleLockController(this, () => { this.lockNotice = t('auth.locked'); });

  constructor() {
    super();
    new LocaleController(this);
    this.path = '';
    this.navOpen = false;
    this.auth = 'loading';
    this.session = undefined;
    this.lockNotice = '';
  }

  private refreshAuth = async (): Promise<void> => {
    // Refreshes overlap (wipe then restore signs out twice): only the latest one may set the state.
    const gen = ++this.authGen;
    this.session = currentSession();
    if (this.session?.role === 'admin') void import('../components/customer-models/retrain-notice'); // #12: scheduled retrain on open
    if (this.session) { this.auth = 'app'; this.lockNotice = ''; await this.idle.reset(); return; }
    this.router?.unsubscribe();
    this.router = undefined;
    // #13: once per page load, a session kept on this device (not expired) resumes without the password.
    if (!this.resumeTried) { this.resumeTried = true; if (await resumeDeviceUnlock().catch(() => undefined)) return; }
    const first = await isFirstRun();
    if (first) await import('../screens/setup/setup-screen');
    else await import('../screens/signin/signin-screen');
    if (gen === this.authGen) this.auth = first ? 'setup' : 'signin';
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('vaadin-router-location-changed', this.onLocation);
    document.documentElement.lang = getLocale();
    this.offSession = onSessionChange(() => void this.refreshAuth());
    installSessionSync(); // #14: lock/sign-in as another user in one tab applies to every tab
    installDeviceUnlock(); // #13: keep / forget the device unlock as sessions start and end
    this.addEventListener('ll-auth-refresh', this.refreshAuth);
    void this.refreshAuth();
    // Data API for tests and power users; it enforces roles itself (storage/session), so it is no backdoor.
    if (new URLSearchParams(window.location.search).has('api')) void import('../../storage/auth-api').then((m) => m.installApi());
  }

  override disconnectedCallback(): void {
    window.removeEventListener('vaadin-router-location-changed', this.onLocation);
    this.offSession?.();
    this.removeEventListener('ll-auth-refresh', this.refreshAuth);
    super.disconnectedCallback();
  }

  override updated(): void {
    // What the user sees now, for tests and tools waiting on a state: loading | setup | signin | signed-in.
    const signedIn = this.auth === 'app' && this.session !== undefined;
    this.dataset.auth = signedIn ? 'signed-in' : this.auth === 'setup' || this.auth === 'signin' ? this.auth : 'loading';
    // The router starts (again) only once someone is signed in: no screen renders data before that.
    const outlet = this.renderRoot.querySelector('main[data-outlet]');
    if (this.auth !== 'app' || !outlet || this.router) return;
    this.router = new Router(outlet, { baseUrl: import.meta.env.BASE_URL });
    void this.router.setRoutes(ROUTES);
  }

  private onLocation = (): void => {
    this.path = window.location.pathname.slice(import.meta.env.BASE_URL.length).replace(/\/$/, '');
    this.navOpen = false;
    const main = this.renderRoot.querySelector('main');
    main?.focus({ preventScroll: true });
  };

  private onLang(e: Event): void {
    setLocale((e.target as HTMLSelectElement).value as Locale);
  }

  override render() {
    const top = this.path.split('/')[0];
    const s = this.session;
    const signedIn = this.auth === 'app' && s !== undefined;
    const nav = NAV.filter((n) => !n.adminOnly || s?.role === 'admin');
    return html`
      <button class="skip" type="button" @click=${() => this.renderRoot.querySelector('main')?.focus()}>${t('skip.main')}</button>
      <header>
        <div class="top"><div><p class="brand">${t('app.name')}</p><p class="tagline">${t('app.tagline')}</p></div>
          <button type="button" class="menu" data-testid="nav-toggle" aria-expanded=${String(this.navOpen)} aria-controls="site-menu"
            @click=${() => (this.navOpen = !this.navOpen)}>${t('shell.menu')}</button></div>
        <div id="site-menu" class="collapsible ${this.navOpen ? 'open' : ''}">
        ${signedIn ? html`<nav aria-label=${t('nav.label')}>
          <ul>
            ${nav.map((n) => html`<li><a href=${href(n.path)} aria-current=${top === n.path ? 'page' : 'false'}><span aria-hidden="true">${n.icon}</span>${t(n.labelKey)}</a></li>`)}
          </ul>
          ${s.role === 'admin' ? '' : html`<p class="nav-note" data-testid="nav-admin-note">${t('role.nav.adminScreens')}</p>`}
        </nav>` : ''}
        <div class="tools">
          <label>${t('lang.label')}
            <select @change=${this.onLang} aria-label=${t('lang.label')}>
              ${LOCALES.map((l) => html`<option value=${l} ?selected=${l === getLocale()}>${LOCALE_NAMES[l]}</option>`)}
            </select>
          </label>
          <slot name="tools"></slot>
          ${signedIn ? html`<div class="user" data-testid="current-user" data-role=${s.role}>
            <span>${t('auth.shell.user', { email: s.email })}</span>
            <span>${t(`auth.role.${s.role}`)}</span>
            <button type="button" data-testid="signout" @click=${() => void signOut()}>${t('auth.signout')}</button>
          </div>` : ''}
        </div>
        </div>
      </header>
      ${signedIn && s.role === 'admin' ? html`<ll-customer-retrain-notice></ll-customer-retrain-notice>` : ''}
      ${signedIn ? html`<main id="main" tabindex="-1" data-outlet></main>` : html`<main id="main" tabindex="-1">
        ${this.auth === 'setup' ? html`<ll-setup-screen></ll-setup-screen>` : ''}
        ${this.auth === 'signin' ? html`<ll-signin-screen .notice=${this.lockNotice}></ll-signin-screen>` : ''}
      </main>`}
    `;
  }
}
customElements.define('ll-app', AppShell);
declare global { interface HTMLElementTagNameMap { 'll-app': AppShell } }
