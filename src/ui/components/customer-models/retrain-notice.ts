/**
 * The on-open side of the customer models' schedule (issue #12): once per page load, for a signed-in admin, asks
 * bridge/customers-models-bridge.ts whether the schedule is due (off by default; older than N days and newer
 * orders exist) and, if so, retrains in the customers worker and shows a notice with the previous and new
 * backtest figures and whether the new models were activated or the old ones kept — never a silent swap.
 * Loaded lazily by the app shell for admins only; renders nothing when no retrain was due.
 */
import { LitElement, html, css } from 'lit';
import type { RetrainOutcome } from '../../../bridge/customers-retrain-contract';
import { retrainIfDue } from '../../../bridge/customers-models-bridge';
import { currentSession } from '../../../storage/session';
import { t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { engineErrorText } from '../../i18n/engine-errors';
import { outcomeStyles, renderOutcome } from './outcome-view';

let checked = false;

export class CustomerRetrainNotice extends LitElement {
  static override styles = [outcomeStyles, css`
    /* fixed: out of the shell's grid (nav | main), above the page, clear of the update toast's bottom centre */
    :host { position: fixed; top: 1rem; right: 1rem; z-index: 90; max-width: min(36rem, calc(100vw - 2rem)); }
    .box { padding: 0.75rem 1rem; border: 2px solid var(--ll-accent, var(--ll-1f4e79, #1f4e79)); border-radius: 8px; background: var(--ll-surface, var(--ll-ffffff, #fff));
      color: var(--ll-text, var(--ll-1b1f24, #1b1f24)); box-shadow: 0 4px 16px rgba(0, 0, 0, 0.25); max-height: calc(100vh - 2rem); overflow: auto; box-sizing: border-box; }
        h2 { font-size: 1rem; margin: 0 0 0.4rem; }
  `];
  static override properties = { state: { state: true }, outcome: { state: true }, error: { state: true } };
  declare state: 'idle' | 'running' | 'done';
  declare outcome: RetrainOutcome | undefined;
  declare error: string;

  constructor() {
    super();
    new LocaleController(this);
    this.state = 'idle';
    this.outcome = undefined;
    this.error = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (checked || currentSession()?.role !== 'admin') return;
    checked = true;
    void this.check();
  }

  private async check(): Promise<void> {
    try {
      const r = await retrainIfDue(currentSession(), () => { this.state = 'running'; });
      if (r.outcome) { this.outcome = r.outcome; this.state = 'done'; }
    } catch (e) {
      this.error = t('custmodels.error', { message: engineErrorText(e) });
      this.state = 'done';
    }
  }

  override render() {
    if (this.state === 'idle') return html``;
    return html`<div class="box" role="region" aria-label=${t('custmodels.notice.label')} data-testid="custmodels-notice">
      <h2>${t('custmodels.notice.label')}</h2>
      ${this.state === 'running' ? html`<p role="status">${t('custmodels.notice.running')}</p>` : ''}
      ${this.outcome ? renderOutcome(this.outcome) : ''}
      ${this.error ? html`<p role="alert">${this.error}</p>` : ''}
      ${this.state === 'done' ? html`<button type="button" @click=${() => { this.state = 'idle'; }}>${t('custmodels.notice.dismiss')}</button>` : ''}
    </div>`;
  }
}
customElements.define('ll-customer-retrain-notice', CustomerRetrainNotice);
declare global { interface HTMLElementTagNameMap { 'll-customer-retrain-notice': CustomerRetrainNotice } }
