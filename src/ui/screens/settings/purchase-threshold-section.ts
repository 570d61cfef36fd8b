/**
 * Settings section: the customers' purchase-probability threshold (issue #10; default 70%, the Polish
 * project's). Beside the field, for the value being typed: how many clients the newest forecasts flag, and the
 * last backtest at that threshold (confusion matrix, accuracy, precision, recall, F1) with its best-F1
 * threshold and a button to use it. All figures come from the customers worker over stored forecasts, so
 * trying a threshold never re-runs a forecast. Saved in settings (storage/customers/purchase-threshold.ts).
 */
import { LitElement, css, html, nothing } from 'lit';
import type { ThresholdFigures } from '../../../bridge/customers-forecast-contract';
import { forecastThreshold } from '../../../bridge/customers-bridge';
import { DEFAULT_THRESHOLD } from '../../../core/forecast/backtest';
import { isoDay } from '../../../core/customers/days';
import { isValidThreshold, onThresholdGrid, setPurchaseThreshold } from '../../../storage/customers/purchase-threshold';
import { fmtNumber, fmtPercent, t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { engineErrorText } from '../../i18n/engine-errors';
import { PurchaseThresholdController, thresholdText } from '../../controllers/purchase-threshold';
import { confusionFigures } from './purchase-threshold-figures';
import { sectionStyles } from './section.styles';

/** "13.7" → 0.137 on the 0.1% grid (comma or point), undefined when not a percentage in range. */
function parsePercent(text: string): number | undefined {
  const v = Number(text.trim().replace(',', '.')) / 100;
  return text.trim() !== '' && isValidThreshold(v) ? onThresholdGrid(v) : undefined;
}
const percentInput = (v: number): string => String(Math.round(v * 1000) / 10);

export class PurchaseThresholdSection extends LitElement {
  static override styles = [sectionStyles, css`
    form { display: flex; flex-wrap: wrap; gap: 0.5rem 0.75rem; align-items: center; }
    input { width: 6rem; padding: 0.35rem 0.45rem; border: 1px solid var(--ll-6b7785, #6b7785); border-radius: 4px; }
    input[aria-invalid='true'] { border: 2px solid var(--ll-a4161a, #a4161a); }
    button { font: inherit; padding: 0.4rem 0.8rem; border-radius: 6px; border: 1px solid var(--ll-1f4e79, #1f4e79); background: var(--ll-1f4e79, #1f4e79); color: var(--ll-ffffff, #fff); cursor: pointer; }
    button.secondary { background: transparent; color: var(--ll-1f4e79, #1f4e79); }
    button:focus-visible { outline: 3px solid var(--ll-b36b00, #b36b00); outline-offset: 2px; }
    .field-error { color: var(--ll-a4161a, #a4161a); font-weight: 600; margin: 0.25rem 0 0; }
    .figures { margin-top: 0.75rem; }
    .scroll { overflow-x: auto; max-width: 100%; }
    dl { grid-template-columns: minmax(0, 1fr) max-content; max-width: 32rem; }
  `];
  static override properties = { text: { state: true }, figures: { state: true }, status: { state: true }, error: { state: true }, invalid: { state: true } };
  declare text: string;
  declare figures: ThresholdFigures | null | undefined;
  declare status: string;
  declare error: string;
  declare invalid: boolean;
  private readonly saved = new PurchaseThresholdController(this, (v) => { this.text = percentInput(v); this.look(v); });
  private seq = 0;
  private timer?: ReturnType<typeof setTimeout>;

  constructor() {
    super();
    new LocaleController(this);
    this.text = percentInput(DEFAULT_THRESHOLD);
    this.figures = undefined;
    this.status = '';
    this.error = '';
    this.invalid = false;
  }

  override disconnectedCallback(): void {
    clearTimeout(this.timer);
    super.disconnectedCallback();
  }

  /** Figures at `threshold` from the worker (the newest answer wins). */
  private look(threshold: number): void {
    const seq = ++this.seq;
    forecastThreshold(threshold).then((f) => { if (seq === this.seq) { this.figures = f ?? null; this.error = ''; } },
      (e: unknown) => { if (seq === this.seq) this.error = engineErrorText(e); });
  }

  private onInput(e: Event): void {
    this.text = (e.target as HTMLInputElement).value;
    this.status = '';
    const v = parsePercent(this.text);
    this.invalid = v === undefined;
    clearTimeout(this.timer);
    if (v !== undefined) this.timer = setTimeout(() => this.look(v), 150);
  }

  /** Saves `v` ('default' forgets the saved value); undefined (not a valid percentage) marks the field instead. */
  private async save(v: number | 'default' | undefined): Promise<void> {
    if (v === undefined) { this.invalid = true; this.renderRoot.querySelector<HTMLElement>('#custthr')?.focus(); return; }
    const value = v === 'default' ? undefined : v;
    await setPurchaseThreshold(value);
    const now = value ?? DEFAULT_THRESHOLD;
    this.text = percentInput(now);
    this.invalid = false;
    this.look(now);
    this.status = t('custthr.saved', { value: thresholdText(now) });
  }

  private renderFigures() {
    const f = this.figures;
    if (f === undefined) return html`<p role="status">${t('custthr.loading')}</p>`;
    if (f === null) return html`<p data-testid="custthr-none">${t('custthr.noForecast')}</p>`;
    const best = f.atBestF1;
    const bestGrid = best ? onThresholdGrid(best.threshold) : undefined;
    return html`
      <p data-testid="custthr-flagged" data-flagged=${f.flagged} data-clients=${f.clients} data-threshold=${f.threshold}>
        ${t('custthr.flagged', { value: thresholdText(f.threshold), n: fmtNumber(f.flagged), total: fmtNumber(f.clients), date: f.asOfDay === undefined ? '—' : isoDay(f.asOfDay) })}</p>
      ${best && bestGrid !== undefined ? html`<p data-testid="custthr-best" data-threshold=${best.threshold} data-f1=${best.confusion.f1}>
          ${t('custthr.best', { value: fmtNumber(best.threshold, { style: 'percent', maximumFractionDigits: 2 }), f1: fmtNumber(best.confusion.f1, { maximumFractionDigits: 3 }), precision: fmtPercent(best.confusion.precision, 1), recall: fmtPercent(best.confusion.recall, 1) })}</p>
        ${bestGrid === this.saved.value ? nothing : html`<button type="button" class="secondary" data-testid="custthr-use-best" @click=${() => void this.save(bestGrid)}>${t('custthr.useBest', { value: thresholdText(bestGrid) })}</button>`}`
        : html`<p>${t('custthr.noBacktest')}</p>`}
      ${f.backtest ? confusionFigures(f.backtest) : nothing}`;
  }

  override render() {
    return html`<section aria-labelledby="custthr-h" data-testid="custthr-section">
      <h2 id="custthr-h">${t('custthr.title')}</h2>
      <p class="help" id="custthr-help">${t('custthr.help')}</p>
      <form novalidate @submit=${(e: Event) => { e.preventDefault(); void this.save(parsePercent(this.text)).catch((x: unknown) => { this.error = engineErrorText(x); }); }}>
        <label for="custthr">${t('custthr.label')}</label>
        <input id="custthr" data-testid="custthr-input" type="text" inputmode="decimal" .value=${this.text} aria-invalid=${this.invalid ? 'true' : 'false'}
          aria-describedby="custthr-unit custthr-err" @input=${this.onInput} />
        <span id="custthr-unit" class="detail">${t('custthr.unit')}</span>
        <button type="submit" data-testid="custthr-save">${t('custthr.save')}</button>
        ${this.saved.value !== DEFAULT_THRESHOLD ? html`<button type="button" class="secondary" data-testid="custthr-reset" @click=${() => void this.save('default')}>${t('custthr.reset', { value: thresholdText(DEFAULT_THRESHOLD) })}</button>` : nothing}
      </form>
      <p class="field-error" id="custthr-err" data-testid="custthr-error" ?hidden=${!this.invalid}>${this.invalid ? t('custthr.err.range') : ''}</p>
      <p class="ok" role="status" aria-live="polite" data-testid="custthr-status">${this.status || (this.saved.loaded ? t('custthr.current', { value: thresholdText(this.saved.value) }) : nothing)}</p>
      ${this.error ? html`<p role="alert">${this.error}</p>` : nothing}
      <div class="figures" aria-live="polite">${this.renderFigures()}</div>
    </section>`;
  }
}
customElements.define('ll-settings-purchase-threshold', PurchaseThresholdSection);
declare global { interface HTMLElementTagNameMap { 'll-settings-purchase-threshold': PurchaseThresholdSection } }
