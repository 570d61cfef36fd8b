/**
 * Progress of a customers job (import, demo data, forecast): stage as a polite live region, a progressbar
 * with aria values, rows done of total, rows per second, time left, and Cancel (emits `cancel`).
 */
import { LitElement, html, css } from 'lit';
import type { CustomerProgress } from '../../../bridge/customers-contract';
import { fmtNumber, t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';

export class CustomersProgress extends LitElement {
  static override styles = css`
    :host { display: block; margin: 0.75rem 0; }
    .bar { height: 0.6rem; background: var(--ll-surface-2, var(--ll-e5e7eb, #e5e7eb)); border-radius: 0.3rem; overflow: hidden; }
    .fill { height: 100%; background: var(--ll-accent, var(--ll-2563eb, #2563eb)); }
    dl { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; margin: 0.5rem 0; }
    dl div { display: flex; gap: 0.35rem; }
    dt { color: var(--ll-muted, var(--ll-555555, #555)); }
    dd { margin: 0; font-variant-numeric: tabular-nums; }
  `;
  static override properties = { progress: { attribute: false }, cancelling: { type: Boolean } };
  declare progress: CustomerProgress | undefined;
  declare cancelling: boolean;

  constructor() {
    super();
    new LocaleController(this);
    this.progress = undefined;
    this.cancelling = false;
  }

  override render() {
    const p = this.progress;
    const total = Math.max(p?.rowsTotal ?? 0, p?.rowsDone ?? 0);
    const pct = total > 0 && p ? Math.min(100, (p.rowsDone / total) * 100) : 0;
    const eta = p && Number.isFinite(p.etaSeconds) ? `${Math.ceil(p.etaSeconds)} s` : '—';
    return html`<div data-testid="cust-progress" data-stage=${p?.stage ?? ''}>
      <p role="status" aria-live="polite">${p ? t(`cust.stage.${p.stage}`) : t('common.loading')}</p>
      <div class="bar" role="progressbar" aria-label=${t('cust.progress.label')} aria-valuemin="0" aria-valuemax="100" aria-valuenow=${Math.round(pct)}>
        <div class="fill" style="width:${pct.toFixed(1)}%"></div>
      </div>
      <dl>
        <div><dt>${t('cust.progress.rows')}</dt><dd>${fmtNumber(p?.rowsDone ?? 0)} / ${fmtNumber(total)}</dd></div>
        <div><dt>${t('cust.progress.rate')}</dt><dd>${fmtNumber(Math.round(p?.rowsPerSecond ?? 0))}</dd></div>
        <div><dt>${t('cust.progress.eta')}</dt><dd>${eta}</dd></div>
      </dl>
      <button type="button" data-testid="cust-cancel" ?disabled=${this.cancelling}
        @click=${() => this.dispatchEvent(new CustomEvent('cancel', { bubbles: true, composed: true }))}>${t('common.cancel')}</button>
    </div>`;
  }
}
customElements.define('ll-customers-progress', CustomersProgress);
declare global { interface HTMLElementTagNameMap { 'll-customers-progress': CustomersProgress } }
