/**
 * Settings: a stack of independent sections listed in ./sections.ts (language, decision threshold, model
 * info now; storage and security are added there by #4). Each section loads its own module and data.
 */
import { LitElement, css, html } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { SETTINGS_SECTIONS } from './sections';

export class SettingsScreen extends LitElement {
  static override styles = css`
    :host { display: block; padding: 1rem 1.5rem 2rem; max-width: 56rem; }
    h1 { margin: 0 0 1rem; font-size: 1.6rem; }
    .sections { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1rem; }
  `;

  constructor() {
    super();
    new LocaleController(this);
    for (const s of SETTINGS_SECTIONS) void s.load();
  }

  override render() {
    return html`
      <h1>${t('settings.title')}</h1>
      <div class="sections">${SETTINGS_SECTIONS.map((s) => staticHtml`<${unsafeStatic(s.tag)}></${unsafeStatic(s.tag)}>`)}</div>
    `;
  }
}
customElements.define('ll-settings-screen', SettingsScreen);
declare global { interface HTMLElementTagNameMap { 'll-settings-screen': SettingsScreen } }
