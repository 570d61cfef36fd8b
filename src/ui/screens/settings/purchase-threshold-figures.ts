/**
 * What a purchase threshold means on the last backtest (issue #9: "the confusion matrix with accuracy,
 * precision, recall and F1 at an adjustable threshold"): the chosen 14-day model's predictions on the latest
 * complete month against who really bought, at the threshold being looked at. A render helper of the
 * Settings section; the figures come from the customers worker (ThresholdFigures).
 */
import { html } from 'lit';
import type { ThresholdReport } from '../../../core/forecast/backtest';
import { fmtNumber, fmtPercent, t } from '../../i18n/i18n';
import { thresholdText } from '../../controllers/purchase-threshold';

const METRICS = ['accuracy', 'precision', 'recall', 'f1'] as const;

export function confusionFigures(r: ThresholdReport) {
  const c = r.confusion;
  const n = c.tp + c.fp + c.tn + c.fn;
  const cell = (v: number, id: string) => html`<td class="num" data-testid=${`custthr-${id}`} data-value=${v}>${fmtNumber(v)}</td>`;
  const metric = (k: (typeof METRICS)[number]) => (k === 'f1' ? fmtNumber(c.f1, { maximumFractionDigits: 3 }) : fmtPercent(c[k], 1));
  return html`
    <div class="scroll"><table data-testid="custthr-matrix" data-threshold=${r.threshold}>
      <caption>${t('custthr.matrix.caption', { value: thresholdText(r.threshold), n: fmtNumber(n) })}</caption>
      <thead><tr><th scope="col">${t('custthr.matrix.corner')}</th><th scope="col" class="num">${t('custthr.matrix.flagged')}</th><th scope="col" class="num">${t('custthr.matrix.notFlagged')}</th></tr></thead>
      <tbody>
        <tr><th scope="row">${t('custthr.matrix.bought')}</th>${cell(c.tp, 'tp')}${cell(c.fn, 'fn')}</tr>
        <tr><th scope="row">${t('custthr.matrix.notBought')}</th>${cell(c.fp, 'fp')}${cell(c.tn, 'tn')}</tr>
      </tbody>
    </table></div>
    <dl data-testid="custthr-metrics">${METRICS.map((k) => html`<dt>${t(`custthr.metric.${k}`)}</dt><dd data-metric=${k} data-value=${c[k]}>${metric(k)}</dd>`)}</dl>
    ${n > 0 ? html`<p class="help">${t('custthr.baseRate', { rate: fmtPercent((c.tp + c.fn) / n, 1) })}</p>` : ''}`;
}
