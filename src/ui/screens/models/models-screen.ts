/**
 * Models (admin only): the conversion model registry (activate, roll back, export, import, delete) and in-browser
 * retraining with a live chart and a side-by-side comparison before activation; below, the customer models
 * (active model per task, sales / purchase retraining, last trained, backtests, schedule: customer-models/).
 * Analysts see a refusal here and are refused again by the data API (storage/models/models-repo.ts).
 */
import { LitElement, html, css } from 'lit';
import { currentSession, onSessionChange } from '../../../storage/session';
import { t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { findModel, loadRegistry, type RegistryView } from './registry-view';
import { modelsErrorText } from './errors';
import '../../components/model-list/model-list';
import '../../components/training-panel/training-panel';
import '../../components/customer-models/customer-models';
import '../../components/monitoring/model-monitoring';

export class ModelsScreen extends LitElement {
  static override styles = css`
    /* inline-size containment: wide tables scroll in their own boxes instead of widening the page on a phone */
    :host { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1rem; contain: inline-size; }
    h1 { margin: 0; }
    .note { color: var(--ll-36424f, #36424f); }
  `;
  static override properties = { view: { state: true }, error: { state: true } };
  declare view: RegistryView | undefined;
  declare error: string;
  private offSession?: () => void;

  constructor() {
    super();
    new LocaleController(this);
    this.view = undefined;
    this.error = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.offSession = onSessionChange(() => this.requestUpdate());
    void this.reload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.offSession?.();
  }

  private async reload(): Promise<void> {
    try {
      this.view = await loadRegistry();
      this.error = '';
    } catch (e) {
      this.error = modelsErrorText(e);
    }
  }

  private conversionActive(): { id: string; kind: string } | undefined {
    const m = this.view && findModel(this.view, this.view.activeId);
    return m && { id: m.id, kind: t(`models.kind.${m.kind}`) };
  }

  override render() {
    if (currentSession()?.role !== 'admin') return html`<h1>${t('nav.models')}</h1><p role="alert">${t('models.error.adminOnly')}</p>`;
    return html`<h1>${t('nav.models')}</h1>
      ${this.error ? html`<p role="alert">${this.error}</p>` : ''}
      <ll-model-list .view=${this.view} @registry-changed=${() => this.reload()}></ll-model-list>
      <ll-training-panel .view=${this.view} @registry-changed=${() => this.reload()}></ll-training-panel>
      <ll-model-monitoring></ll-model-monitoring>
      <ll-customer-models .conversion=${this.conversionActive()}></ll-customer-models>`;
  }
}
customElements.define('ll-models-screen', ModelsScreen);
declare global { interface HTMLElementTagNameMap { 'll-models-screen': ModelsScreen } }
