/**
 * Dashboard flag: when the newest completed run's inputs drifted from the model's training data (PSI ≥ 0.1 or
 * unknown categories), names the top drifting inputs and links to that run; shows nothing otherwise. The check
 * (card, 5,000-lead sample, PSI) runs in the dashboard worker, never on the page's main thread.
 */
import { LitElement, css, html, nothing } from 'lit';
import { drifting, type FeatureDrift } from '../../../core/monitoring/drift';
import { href } from '../../routes';
import { t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { latestDrift } from '../../../bridge/dashboard-bridge';
import { fieldLabel } from '../lead-form/labels';

export class ModelDriftFlag extends LitElement {
  static override styles = css`
    :host { display: block; }
    p { margin: 0; padding: 0.6rem 0.9rem; border: 1px solid var(--ll-7a4b00, #7a4b00); border-radius: 6px; background: var(--ll-fff8e6, #fff8e6); color: var(--ll-4a2f00, #4a2f00); }
  `;
  static override properties = { top: { state: true }, runId: { state: true } };
  declare top: FeatureDrift[];
  declare runId: string;

  constructor() {
    super();
    new LocaleController(this);
    this.top = [];
    this.runId = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // After the dashboard has drawn (idle time): the check reads stored leads and is never urgent.
    const check = (): void => void latestDrift().then((r) => { if (r) { this.top = drifting(r.drift).slice(0, 3); this.runId = r.runId; } }, () => undefined);
    if ('requestIdleCallback' in globalThis) requestIdleCallback(check, { timeout: 3000 });
    else setTimeout(check, 200);
  }

  override render() {
    if (!this.top.length) return nothing;
    return html`<p role="status" data-testid="drift-flag"><a href=${href(`runs/${this.runId}`)}>${t('drift.flag', { features: this.top.map((f) => fieldLabel(f.name)).join(', ') })}</a></p>`;
  }
}
customElements.define('ll-model-drift-flag', ModelDriftFlag);
declare global { interface HTMLElementTagNameMap { 'll-model-drift-flag': ModelDriftFlag } }
