/**
 * "Why this score": the strongest factors pushing the score up and down as horizontal bars. Plain HTML
 * lists rather than a chart library, so screen readers read each factor as "Field: +0.42" and the
 * component costs no extra download; bars are decorative (aria-hidden), the numbers are the content.
 */
import { LitElement, html, nothing } from 'lit';
import type { Factor } from '../../../bridge/contracts';
import { fmtNumber, t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { fieldLabel } from '../lead-form/labels';
import { explainChartStyles } from './explain-chart.styles';

export class ExplainChart extends LitElement {
  static override styles = explainChartStyles;
  static override properties = {
    factors: { attribute: false },
    margin: { type: String },
    limit: { type: Number },
  };
  declare factors: Factor[];
  declare margin: 'logit' | 'probability';
  declare limit: number;

  constructor() {
    super();
    new LocaleController(this);
    this.factors = [];
    this.margin = 'logit';
    this.limit = 6;
  }

  private fmt(v: number): string {
    return this.margin === 'probability'
      ? fmtNumber(v * 100, { signDisplay: 'exceptZero', maximumFractionDigits: 1, minimumFractionDigits: 1 })
      : fmtNumber(v, { signDisplay: 'exceptZero', maximumFractionDigits: 2, minimumFractionDigits: 2 });
  }

  private list(title: string, cls: 'up' | 'down', items: Factor[], max: number) {
    if (items.length === 0) return nothing;
    const id = `h-${cls}`;
    return html`<h3 id=${id}>${title}</h3>
      <ul class=${cls} aria-labelledby=${id}>
        ${items.map((f) => html`<li>
          <span class="label">${fieldLabel(f.key)}</span>
          <span class="track" aria-hidden="true"><span class="bar" style="display:block;width:${((Math.abs(f.contribution) / max) * 100).toFixed(1)}%"></span></span>
          <span class="val">${this.fmt(f.contribution)}</span>
        </li>`)}
      </ul>`;
  }

  override render() {
    // Ignore numerically zero factors (features this tree ensemble never splits on).
    const eps = this.margin === 'probability' ? 5e-4 : 5e-3;
    const strong = this.factors.filter((f) => Math.abs(f.contribution) >= eps);
    const up = strong.filter((f) => f.contribution > 0).slice(0, this.limit);
    const down = strong.filter((f) => f.contribution < 0).slice(0, this.limit);
    const max = Math.max(1e-12, ...[...up, ...down].map((f) => Math.abs(f.contribution)));
    if (up.length + down.length === 0) return html`<p>${t('explain.none')}</p>`;
    return html`
      ${this.list(t('explain.up'), 'up', up, max)}
      ${this.list(t('explain.down'), 'down', down, max)}
      <p class="note">${t(`explain.units.${this.margin}`)}</p>
    `;
  }
}
customElements.define('ll-explain-chart', ExplainChart);
declare global { interface HTMLElementTagNameMap { 'll-explain-chart': ExplainChart } }
