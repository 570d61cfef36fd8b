/** Settings section: "keep this device unlocked for N hours" (#13; off by default) and what it trades off. */
import { LitElement, css, html } from 'lit';
import { fmtDate, t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { UNLOCK_HOURS, deviceUnlockExpiry, keepUnlockedHours, setKeepUnlockedHours } from '../../../storage/device-unlock';
import { sectionStyles } from './section.styles';

export class DeviceUnlockSection extends LitElement {
  static override styles = [sectionStyles, css`select { display: block; max-width: 100%; margin-top: 0.25rem; }`];
  static override properties = { hours: { state: true }, until: { state: true } };
  declare hours: number;
  declare until: number | undefined;

  constructor() { super(); new LocaleController(this); this.hours = keepUnlockedHours(); this.until = undefined; }

  override connectedCallback(): void {
    super.connectedCallback();
    void deviceUnlockExpiry().then((u) => { this.until = u; });
  }

  private async choose(e: Event): Promise<void> {
    this.hours = Number((e.target as HTMLSelectElement).value);
    await setKeepUnlockedHours(this.hours);
    this.until = await deviceUnlockExpiry();
  }

  override render() {
    return html`<section aria-labelledby="unlock-h">
      <h2 id="unlock-h">${t('unlock.title')}</h2>
      <p class="help" id="unlock-help">${t('unlock.help')}</p>
      <p class="help" id="unlock-trade"><strong>${t('unlock.tradeoff')}</strong></p>
      <label for="keep-unlocked">${t('unlock.label')}</label>
      <select id="keep-unlocked" data-testid="keep-unlocked" aria-describedby="unlock-help unlock-trade" @change=${(e: Event) => void this.choose(e)}>
        <option value="0" ?selected=${this.hours === 0}>${t('unlock.off')}</option>
        ${UNLOCK_HOURS.map((h) => html`<option value=${h} ?selected=${this.hours === h}>${t('unlock.hours', { n: h })}</option>`)}
      </select>
      <p class="ok" role="status" data-testid="keep-unlocked-until" data-until=${this.until ?? ''}>${this.until
        ? t('unlock.until', { when: fmtDate(this.until, { dateStyle: 'medium', timeStyle: 'short' }) }) : ''}</p>
    </section>`;
  }
}
customElements.define('ll-settings-device-unlock', DeviceUnlockSection);
declare global { interface HTMLElementTagNameMap { 'll-settings-device-unlock': DeviceUnlockSection } }
