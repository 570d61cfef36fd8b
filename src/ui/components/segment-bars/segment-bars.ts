/**
 * Horizontal bars for counts by category (segments, clusters, deciles). Plain HTML, so every bar is read as
 * "label: count (share)" by screen readers without a chart library.
 */
import { LitElement, html } from 'lit';
import { fmtNumber, fmtPercent } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { segmentBarsStyles } from './segment-bars.styles';

export interface Bar { label: string; value: number; color?: string }

export class SegmentBars extends LitElement {
  static override styles = segmentBarsStyles;
  static override properties = { bars: { attribute: false }, heading: { type: String } };
  declare bars: Bar[];
  declare heading: string;

  constructor() {
    super();
    new LocaleController(this);
    this.bars = [];
    this.heading = '';
  }

  override render() {
    const total = this.bars.reduce((s, b) => s + b.value, 0);
    const max = Math.max(1, ...this.bars.map((b) => b.value));
    return html`
      ${this.heading ? html`<h3>${this.heading}</h3>` : ''}
      <ul aria-label=${this.heading}>
        ${this.bars.map((b) => html`<li>
          <span>${b.label}</span>
          <span class="track" aria-hidden="true"><span class="fill" style="display:block;width:${((b.value / max) * 100).toFixed(1)}%;${b.color ? `--bar:${b.color}` : ''}"></span></span>
          <span class="val">${fmtNumber(b.value)} (${fmtPercent(total ? b.value / total : 0)})</span>
        </li>`)}
      </ul>
    `;
  }
}
customElements.define('ll-segment-bars', SegmentBars);
declare global { interface HTMLElementTagNameMap { 'll-segment-bars': SegmentBars } }
