/**
 * Live training chart: training loss and validation ROC AUC per epoch or round, as an inline SVG with its own
 * scale per line (loss left, AUC right) and a text summary for screen readers (role=img + figcaption), so
 * it needs no chart library and redraws cheaply on every progress message.
 */
import { LitElement, html, svg } from 'lit';
import type { RoundPoint } from '../../../core/training/gbt';
import { fmtNumber, t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { trainingChartStyles } from './training-chart.styles';

const W = 520;
const H = 180;
const PAD = 34;

function path(points: RoundPoint[], value: (p: RoundPoint) => number, maxStep: number): string {
  const vals = points.map(value).filter(Number.isFinite);
  if (vals.length === 0) return '';
  let lo = Math.min(...vals);
  let hi = Math.max(...vals);
  if (hi - lo < 1e-9) { lo -= 0.5; hi += 0.5; }
  return points
    .filter((p) => Number.isFinite(value(p)))
    .map((p, i) => {
      const x = PAD + ((p.step - 1) / Math.max(1, maxStep - 1)) * (W - 2 * PAD);
      const y = H - PAD / 2 - ((value(p) - lo) / (hi - lo)) * (H - PAD);
      return `${i === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
}

export class TrainingChart extends LitElement {
  static override styles = trainingChartStyles;
  static override properties = { points: { attribute: false }, unit: { type: String } };
  /** One point per epoch/round. */
  declare points: RoundPoint[];
  /** 'epoch' or 'round' (words on the axis). */
  declare unit: string;

  constructor() {
    super();
    new LocaleController(this);
    this.points = [];
    this.unit = 'round';
  }

  private summary(): string {
    const last = this.points[this.points.length - 1];
    if (!last) return t('models.chart.empty');
    const best = this.points.reduce((a, b) => (b.validMetric > a.validMetric ? b : a), last);
    return t('models.chart.summary', {
      n: fmtNumber(last.step), unit: t(`models.chart.unit.${this.unit}`),
      loss: fmtNumber(last.loss, { maximumFractionDigits: 4 }), auc: fmtNumber(last.validMetric, { maximumFractionDigits: 4 }),
      best: fmtNumber(best.validMetric, { maximumFractionDigits: 4 }), bestStep: fmtNumber(best.step),
    });
  }

  override render() {
    const maxStep = Math.max(2, ...this.points.map((p) => p.step));
    const desc = this.summary();
    return html`<figure>
      <svg viewBox="0 0 ${W} ${H}" role="img" aria-label=${`${t('models.chart.title')}. ${desc}`} data-testid="training-chart" data-points=${this.points.length}>
        <line class="axis" x1=${PAD} y1=${H - PAD / 2} x2=${W - PAD} y2=${H - PAD / 2}></line>
        ${svg`<path class="loss" d=${path(this.points, (p) => p.loss, maxStep)}></path>`}
        ${svg`<path class="auc" d=${path(this.points, (p) => p.validMetric, maxStep)}></path>`}
        <text x=${PAD} y=${H - 2}>1</text>
        <text x=${W - PAD} y=${H - 2} text-anchor="end">${fmtNumber(maxStep)}</text>
      </svg>
      <figcaption>
        <span class="key loss-key">${t('models.chart.loss')}</span>
        <span class="key auc-key">${t('models.chart.auc')}</span>
        <span>${desc}</span>
      </figcaption>
    </figure>`;
  }
}
customElements.define('ll-training-chart', TrainingChart);
declare global { interface HTMLElementTagNameMap { 'll-training-chart': TrainingChart } }
