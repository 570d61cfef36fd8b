/**
 * "New version available — Reload": shown when an updated service worker is waiting and no batch is running
 * (src/pwa/update.ts decides). The live region is always in the DOM so screen readers announce the message
 * when it appears. "Later" hides it until the next update is found or the page is reopened.
 */
import { LitElement, html } from 'lit';
import { t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { applyUpdate, onUpdatePrompt } from '../../../pwa/update';
import { updateToastStyles } from './update-toast.styles';

export class UpdateToast extends LitElement {
  static override styles = updateToastStyles;
  static override properties = { open: { state: true }, dismissed: { state: true } };
  declare open: boolean;
  declare dismissed: boolean;
  private off?: () => void;

  constructor() {
    super();
    new LocaleController(this);
    this.open = false;
    this.dismissed = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.off = onUpdatePrompt((show) => { this.open = show; });
  }

  override disconnectedCallback(): void {
    this.off?.();
    super.disconnectedCallback();
  }

  private reload(): void {
    if (!applyUpdate()) this.open = false;
  }

  override render() {
    const visible = this.open && !this.dismissed;
    return html`
      <div role="status" aria-live="polite" aria-label=${t('pwa.update.label')}>
        <div class="toast" data-testid="update-toast" ?hidden=${!visible}>
          ${visible ? html`
            <p>${t('pwa.update.available')}</p>
            <button class="primary" type="button" data-testid="update-reload" @click=${this.reload}>${t('pwa.update.reload')}</button>
            <button class="secondary" type="button" @click=${() => { this.dismissed = true; }}>${t('pwa.update.later')}</button>
          ` : ''}
        </div>
      </div>
    `;
  }
}
customElements.define('ll-update-toast', UpdateToast);
declare global { interface HTMLElementTagNameMap { 'll-update-toast': UpdateToast } }
