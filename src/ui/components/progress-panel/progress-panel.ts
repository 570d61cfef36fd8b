/**
 * Shows a running import: stage, rows done of (estimated) total, rows/s, ETA, a progressbar with aria values
 * and a Cancel button (emits `cancel`). The stage line is a polite live region so screen readers hear changes
 * without being flooded by every number.
 */
import { LitElement, html } from 'lit';
import type { Progress } from '../../../bridge/batch-contract';
import { fmtNumber, t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { progressPanelStyles } from './progress-panel.styles';

export class ProgressPanel extends LitElement {
  static override styles = progressPanelStyles;
  static override properties = { progress: { attribute: false }, cancelling: { type: Boolean } };
  declare progress: Progress | undefined;
  declare cancelling: boolean;

  constructor() {
    super();
    new LocaleController(this);
    this.progress = undefined;
    this.cancelling = false;
  }

  private eta(s: number): string {
    if (!Number.isFinite(s) || s < 0) return '—';
    if (s < 60) return t('batch.progress.seconds', { n: Math.ceil(s) });
    return t('batch.progress.minutes', { m: Math.floor(s / 60), s: Math.round(s % 60) });
  }

  override render() {
    const p = this.progress;
    const total = Math.max(p?.rowsTotal ?? 0, p?.rowsDone ?? 0);
    const pct = total > 0 && p ? Math.min(100, (p.rowsDone / total) * 100) : 0;
    return html`
      <div data-testid="batch-progress" data-rows-done=${p?.rowsDone ?? 0}>
        <p class="stage" role="status" aria-live="polite">${p ? t(`batch.stage.${p.stage}`) : t('batch.progress.starting')}</p>
        <div class="bar" role="progressbar" aria-label=${t('batch.progress.label')} aria-valuemin="0" aria-valuemax="100"
          aria-valuenow=${Math.round(pct)} aria-valuetext=${t('batch.progress.valueText', { done: p?.rowsDone ?? 0, total })}>
          <div class="fill" style="width:${pct.toFixed(1)}%"></div>
        </div>
        <dl>
          <div><dt>${t('batch.progress.rows')}</dt><dd>${fmtNumber(p?.rowsDone ?? 0)} / ${fmtNumber(total)}</dd></div>
          <div><dt>${t('batch.progress.rate')}</dt><dd>${fmtNumber(Math.round(p?.rowsPerSecond ?? 0))}</dd></div>
          <div><dt>${t('batch.progress.eta')}</dt><dd>${p ? this.eta(p.etaSeconds) : '—'}</dd></div>
          <div><dt>${t('batch.summary.scored')}</dt><dd>${fmtNumber(p?.scored ?? 0)}</dd></div>
          <div><dt>${t('batch.summary.invalid')}</dt><dd>${fmtNumber(p?.invalid ?? 0)}</dd></div>
        </dl>
        <button type="button" data-testid="batch-cancel" ?disabled=${this.cancelling}
          @click=${() => this.dispatchEvent(new CustomEvent('cancel', { bubbles: true, composed: true }))}>
          ${this.cancelling ? t('batch.progress.cancelling') : t('common.cancel')}
        </button>
      </div>
    `;
  }
}
customElements.define('ll-progress-panel', ProgressPanel);
declare global { interface HTMLElementTagNameMap { 'll-progress-panel': ProgressPanel } }
