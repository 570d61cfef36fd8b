/**
 * Dashboard: an overview of what this browser holds, as a grid of tiles from ./tiles.ts (leads stored
 * now; batch runs and more tiles are added there by later features). Tiles load lazily and independently.
 */
import { LitElement, css, html } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { DASHBOARD_TILES } from './tiles';

export class DashboardScreen extends LitElement {
  static override styles = css`
    :host { display: block; padding: 1rem 1.5rem 2rem; max-width: 90rem; }
    h1 { margin: 0 0 1rem; font-size: 1.6rem; }
    .tiles { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr)); gap: 1rem; align-items: start; }
    .tiles > *, :host > * { min-width: 0; max-width: 100%; }
  `;

  constructor() {
    super();
    new LocaleController(this);
    for (const tile of DASHBOARD_TILES) void tile.load();
    void import('./insights/leads-insights');
  }

  override render() {
    return html`
      <h1>${t('dash.title')}</h1>
      <div class="tiles">${DASHBOARD_TILES.map((tile) => staticHtml`<${unsafeStatic(tile.tag)}></${unsafeStatic(tile.tag)}>`)}</div>
      <ll-leads-insights></ll-leads-insights>
    `;
  }
}
customElements.define('ll-dashboard-screen', DashboardScreen);
declare global { interface HTMLElementTagNameMap { 'll-dashboard-screen': DashboardScreen } }
