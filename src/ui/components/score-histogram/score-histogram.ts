/**
 * Score distribution of a run (or of the current filter) as an accessible SVG: role=img with a text summary
 * (count, median bin, share above the threshold), so it needs no chart library and no extra chunk.
 */
import { LitElement, html, svg } from 'lit';
import { fmtNumber, fmtPercent, t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { scoreHistogramStyles } from './score-histogram.styles';

const W = 500;
const H = 160;
const PAD = 24;

export class ScoreHistogram extends LitElement {
  static override styles = scoreHistogramStyles;
  static override properties = { bins: { attribute: false }, threshold: { type: Number } };
  declare bins: number[];
  declare threshold: number;

  constructor() {
    super();
    new LocaleController(this);
    this.bins = [];
    this.threshold = NaN;
  }

  private summary(): string {
    const n = this.bins.reduce((a, b) => a + b, 0);
    if (!n) return t('batch.hist.empty');
    let acc = 0;
    let median = 0;
    for (let i = 0; i < this.bins.length; i++) { acc += this.bins[i]; if (acc >= n / 2) { median = (i + 0.5) / this.bins.length; break; } }
    const from = Number.isFinite(this.threshold) ? Math.floor(this.threshold * this.bins.length) : this.bins.length;
    const above = this.bins.slice(from).reduce((a, b) => a + b, 0);
    return t('batch.hist.summary', { n: fmtNumber(n), median: fmtPercent(median, 0), above: fmtPercent(above / n) });
  }

  override render() {
    const max = Math.max(1, ...this.bins);
    const bw = (W - 2 * PAD) / Math.max(1, this.bins.length);
    const thrX = PAD + (Number.isFinite(this.threshold) ? this.threshold : 0) * (W - 2 * PAD);
    const desc = this.summary();
    return html`<figure style="margin:0">
      <svg viewBox="0 0 ${W} ${H + 20}" role="img" aria-label=${`${t('batch.hist.title')}. ${desc}`} data-testid="score-histogram">
        ${this.bins.map((v, i) => {
          const h = (v / max) * (H - PAD);
          return svg`<rect class="bar" x=${PAD + i * bw + 0.5} y=${H - h} width=${Math.max(0.5, bw - 1)} height=${h}></rect>`;
        })}
        <line class="axis" x1=${PAD} y1=${H} x2=${W - PAD} y2=${H}></line>
        ${[0, 0.25, 0.5, 0.75, 1].map((x) => svg`<text x=${PAD + x * (W - 2 * PAD)} y=${H + 14} text-anchor="middle">${fmtPercent(x, 0)}</text>`)}
        ${Number.isFinite(this.threshold) ? svg`<line class="thr" x1=${thrX} x2=${thrX} y1=${PAD / 2} y2=${H}></line>` : ''}
      </svg>
      <figcaption>${desc}</figcaption>
    </figure>`;
  }
}
customElements.define('ll-score-histogram', ScoreHistogram);
declare global { interface HTMLElementTagNameMap { 'll-score-histogram': ScoreHistogram } }
