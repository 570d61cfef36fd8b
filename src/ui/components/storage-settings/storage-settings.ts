/**
 * Settings section "Storage on this device": how much this site stores (navigator.storage.estimate()),
 * whether the browser keeps it persistently, and a "Keep data on this device" button that asks for
 * persistence from the page. Results are announced through an aria-live region.
 */
import { LitElement, html } from 'lit';
import { fmtNumber, fmtPercent, t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { readStorageInfo, requestPersistence, scaleBytes, type StorageInfo } from '../../../pwa/storage';
import { storageSettingsStyles } from './storage-settings.styles';

function bytes(n: number): string {
  const { value, unit } = scaleBytes(n);
  return t(`pwa.unit.${unit}`, { n: fmtNumber(value, { maximumFractionDigits: value < 10 && unit !== 'B' ? 1 : 0 }) });
}

export class StorageSettings extends LitElement {
  static override styles = storageSettingsStyles;
  static override properties = { info: { state: true }, asking: { state: true }, denied: { state: true } };
  declare info: StorageInfo | undefined;
  declare asking: boolean;
  declare denied: boolean;

  constructor() {
    super();
    new LocaleController(this);
    this.info = undefined;
    this.asking = false;
    this.denied = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.refresh();
  }

  private async refresh(): Promise<void> {
    this.info = await readStorageInfo();
  }

  private async persist(): Promise<void> {
    this.asking = true;
    const granted = await requestPersistence();
    this.denied = !granted;
    this.asking = false;
    await this.refresh();
  }

  private renderUsage(info: StorageInfo) {
    if (!info.supported || info.usage === undefined || !info.quota) return html`<p>${t('pwa.storage.unknown')}</p>`;
    return html`
      <p data-testid="storage-usage">${t('pwa.storage.usage', { used: bytes(info.usage), quota: bytes(info.quota), percent: fmtPercent(info.usage / info.quota, 2) })}</p>
      <meter min="0" max=${info.quota} value=${info.usage} aria-label=${t('pwa.storage.heading')}></meter>
    `;
  }

  override render() {
    const info = this.info;
    return html`
      <section aria-labelledby="storage-h">
        <h2 id="storage-h">${t('pwa.storage.heading')}</h2>
        <p class="help">${t('pwa.storage.intro')}</p>
        <div aria-live="polite" data-testid="storage-status">
          ${!info ? html`<p>${t('pwa.storage.loading')}</p>` : html`
            ${this.renderUsage(info)}
            ${info.persisted === undefined ? '' : info.persisted
              ? html`<p class="ok" data-testid="storage-persisted">${t('pwa.storage.persisted')}</p>`
              : html`<p class="warn">${t('pwa.storage.notPersisted')}</p>`}
            ${this.denied && !info.persisted ? html`<p class="warn" data-testid="storage-denied">${t('pwa.storage.denied')}</p>` : ''}
            <p class="help" data-testid="storage-not-safe">${t('backup.notSafe')}</p>
          `}
        </div>
        <div class="actions">
          ${info?.persisted ? '' : html`<button class="primary" type="button" data-testid="storage-persist" ?disabled=${this.asking} @click=${this.persist}>${t('pwa.storage.persist')}</button>`}
          <button class="secondary" type="button" @click=${this.refresh}>${t('pwa.storage.refresh')}</button>
        </div>
      </section>
    `;
  }
}
customElements.define('ll-storage-settings', StorageSettings);
declare global { interface HTMLElementTagNameMap { 'll-storage-settings': StorageSettings } }
