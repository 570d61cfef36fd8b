/**
 * "Why this score": the strongest factors pushing the score up and down. By default each factor reads as a
 * sentence built from the lead's own value against the typical one, with its effect in percentage points of
 * probability (core/explain/points.ts: the points add up to the score minus the typical lead's); blank fields
 * say they moved the score. The exact TreeSHAP log-odds are one click away. Plain HTML lists rather than a
 * chart library, so screen readers read each factor as text; bars are decorative (aria-hidden).
 */
import { LitElement, html, nothing } from 'lit';
import type { Factor } from '../../../bridge/contracts';
import { fmtNumber, fmtPercent, t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { categoryLabel, fieldLabel } from '../lead-form/labels';
import { explainChartStyles } from './explain-chart.styles';

export class ExplainChart extends LitElement {
  static override styles = explainChartStyles;
  static override properties = {
    factors: { attribute: false },
    margin: { type: String },
    limit: { type: Number },
    probability: { attribute: false },
    baseProbability: { attribute: false },
    exact: { state: true },
  };
  declare factors: Factor[];
  declare margin: 'logit' | 'probability';
  declare limit: number;
  declare probability: number | undefined;
  declare baseProbability: number | undefined;
  /** Showing the exact margin values instead of percentage points. */
  declare exact: boolean;

  constructor() {
    super();
    new LocaleController(this);
    this.factors = [];
    this.margin = 'logit';
    this.limit = 6;
    this.exact = false;
  }

  private get pointsMode(): boolean {
    return !this.exact && this.factors.some((f) => f.points !== undefined);
  }

  private value(f: Factor): number {
    return this.pointsMode ? (f.points ?? 0) : f.contribution;
  }

  private fmt(v: number): string {
    // A tiny effect (a blank field the model barely uses) keeps one significant digit rather than reading "0.0 pp".
    const tiny = v !== 0 && Math.abs(v * 100) < 0.05;
    if (this.pointsMode) return t('explain.pp', { value: fmtNumber(v * 100, tiny ? { signDisplay: 'exceptZero', maximumSignificantDigits: 1 } : { signDisplay: 'exceptZero', maximumFractionDigits: 1, minimumFractionDigits: 1 }) });
    return this.margin === 'probability'
      ? fmtNumber(v * 100, { signDisplay: 'exceptZero', maximumFractionDigits: 1, minimumFractionDigits: 1 })
      : fmtNumber(v, { signDisplay: 'exceptZero', maximumFractionDigits: 2, minimumFractionDigits: 2 });
  }

  private num(v: number): string {
    const abs = Math.abs(v);
    return fmtNumber(v, { maximumFractionDigits: abs >= 100 ? 0 : abs >= 1 ? 2 : 3 });
  }

  /** The factor as a sentence ("Conversion rate 0.047 is well below the typical 0.103: −6.0 pp"). */
  private sentence(f: Factor): string {
    const field = fieldLabel(f.key);
    const effect = this.fmt(this.value(f));
    const c = f.context;
    if (!this.pointsMode || !c) return field;
    const value = typeof c.value === 'number' ? this.num(c.value) : categoryLabel(f.key, c.value);
    if (c.blank) return t('explain.words.blank', { field, value, effect });
    if (typeof c.value !== 'number') return t('explain.words.category', { field, value, effect });
    if (c.typical === undefined || !c.position) return t('explain.words.plain', { field, value, effect });
    return t(`explain.words.${c.position}`, { field, value, typical: this.num(c.typical), effect });
  }

  private list(title: string, cls: 'up' | 'down', items: Factor[], max: number) {
    if (items.length === 0) return nothing;
    const id = `h-${cls}`;
    return html`<h3 id=${id}>${title}</h3>
      <ul class=${cls} aria-labelledby=${id}>
        ${items.map((f) => html`<li data-testid="factor" data-key=${f.key} data-blank=${String(f.context?.blank ?? false)}>
          <span class="label">${this.sentence(f)}</span>
          <span class="track" aria-hidden="true"><span class="bar" style="display:block;width:${((Math.abs(this.value(f)) / max) * 100).toFixed(1)}%"></span></span>
          <span class="val" data-testid="factor-value">${this.fmt(this.value(f))}</span>
        </li>`)}
      </ul>`;
  }

  override render() {
    // Ignore numerically zero factors (features this tree ensemble never splits on); blank fields always show.
    const eps = this.pointsMode || this.margin === 'probability' ? 5e-4 : 5e-3;
    const strong = this.factors.filter((f) => Math.abs(this.value(f)) >= eps || (f.context?.blank && this.value(f) !== 0));
    // The strongest `limit` each way, plus any blank field beyond them: a blank that moved the score always says so.
    const pick = (xs: Factor[]): Factor[] => [...xs.slice(0, this.limit), ...xs.slice(this.limit).filter((f) => f.context?.blank)];
    const up = pick(strong.filter((f) => this.value(f) > 0));
    const down = pick(strong.filter((f) => this.value(f) < 0));
    const max = Math.max(1e-12, ...[...up, ...down].map((f) => Math.abs(this.value(f))));
    if (up.length + down.length === 0) return html`<p>${t('explain.none')}</p>`;
    const hasPoints = this.factors.some((f) => f.points !== undefined);
    const note = this.pointsMode && this.probability !== undefined && this.baseProbability !== undefined
      ? t('explain.units.pp', { score: fmtPercent(this.probability), base: fmtPercent(this.baseProbability) })
      : t(`explain.units.${this.margin}`);
    return html`
      ${this.list(t('explain.up'), 'up', up, max)}
      ${this.list(t('explain.down'), 'down', down, max)}
      <p class="note" data-testid="explain-units">${note}</p>
      ${hasPoints ? html`<button type="button" class="link" data-testid="explain-toggle" aria-pressed=${String(this.exact)} @click=${() => (this.exact = !this.exact)}>${this.exact ? t('explain.showPoints') : t('explain.showLogOdds')}</button>` : nothing}
    `;
  }
}
customElements.define('ll-explain-chart', ExplainChart);
declare global { interface HTMLElementTagNameMap { 'll-explain-chart': ExplainChart } }
