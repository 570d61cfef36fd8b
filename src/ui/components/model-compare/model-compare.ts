/**
 * Candidate vs active model on the same validation rows, side by side: ROC AUC, PR AUC, Brier and log loss
 * (calibrated scores), F1 / precision / recall at each threshold scenario and the confusion matrices, plus
 * ROC, precision–recall, lift, cumulative gain and calibration curves (ll-chart), and the activation rule in words with whether each part holds. Pure view: the screen decides what to offer.
 */
import { LitElement, html } from 'lit';
import type { Comparison, ModelEvaluation } from '../../../core/training/evaluate';
import { fmtNumber, t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { modelCompareStyles } from './model-compare.styles';
import type { ChartSpec } from '../chart/chart-spec';
import type { EvalCurves } from '../../../core/training/compare-curves';
import '../chart/ll-chart';

const SUMMARY = ['rocAuc', 'prAuc', 'brier', 'logLoss'] as const;
const RATES = ['f1', 'precision', 'recall'] as const;
const f4 = (v: number | undefined): string => (typeof v === 'number' && Number.isFinite(v) ? fmtNumber(v, { maximumFractionDigits: 4, minimumFractionDigits: 4 }) : '—');

export class ModelCompare extends LitElement {
  static override styles = modelCompareStyles;
  static override properties = { comparison: { attribute: false }, candidateId: { type: String }, activeId: { type: String } };
  declare comparison: Comparison | undefined;
  declare candidateId: string;
  declare activeId: string;

  constructor() {
    super();
    new LocaleController(this);
    this.comparison = undefined;
    this.candidateId = '';
    this.activeId = '';
  }

  private confusionTable(label: string, e: ModelEvaluation) {
    const c = e.thresholds.best_f1;
    if (!c) return '';
    return html`<table class="cm">
      <caption>${t('models.compare.confusion', { model: label })}</caption>
      <thead><tr><td></td><th scope="col">${t('models.compare.predYes')}</th><th scope="col">${t('models.compare.predNo')}</th></tr></thead>
      <tbody>
        <tr><th scope="row">${t('models.compare.actualYes')}</th><td>${fmtNumber(c.tp)}</td><td>${fmtNumber(c.fn)}</td></tr>
        <tr><th scope="row">${t('models.compare.actualNo')}</th><td>${fmtNumber(c.fp)}</td><td>${fmtNumber(c.tn)}</td></tr>
      </tbody>
    </table>`;
  }

  /** One curve chart (ROC, PR, lift, gain or calibration) with both models on the same axes. */
  private curveSpec(which: keyof EvalCurves, curves: NonNullable<Comparison['curves']>): ChartSpec {
    const reference = which === 'pr' || !curves.candidate[which] ? []
      : which === 'lift' ? [{ name: t('models.curve.random'), data: [{ x: 0, y: 1 }, { x: 1, y: 1 }], dashed: true }]
        : [{ name: t(which === 'gain' ? 'models.curve.random' : 'models.curve.diagonal'), data: [{ x: 0, y: 0 }, { x: 1, y: 1 }], dashed: true }];
    const series = [
      { name: t('models.compare.candidate'), data: curves.candidate[which] ?? [] },
      { name: t('models.compare.active'), data: curves.active[which] ?? [] },
      ...reference,
    ];
    return {
      kind: 'line', title: t(`models.curve.${which}`), summary: t(`models.curve.${which}.summary`), series,
      xTitle: t(`models.curve.${which}.x`), yTitle: t(`models.curve.${which}.y`), xFormat: 'ratio', yFormat: which === 'lift' ? 'number' : 'ratio',
      xMin: 0, xMax: 1, yMin: 0, ...(which === 'lift' ? {} : { yMax: 1 }), fileName: `compare-${which}`,
    };
  }

  override render() {
    const c = this.comparison;
    if (!c) return html``;
    const scen = Object.keys(c.candidate.thresholds);
    const mark = (ok: boolean) => html`<strong class=${ok ? 'ok' : 'bad'}>${ok ? t('models.compare.holds') : t('models.compare.fails')}</strong>`;
    return html`
      <div class="scroll"><table data-testid="model-compare">
        <caption>${t('models.compare.caption')}</caption>
        <thead><tr><th scope="col">${t('models.compare.metric')}</th><th scope="col">${t('models.compare.candidate')}<br /><code>${this.candidateId}</code></th><th scope="col">${t('models.compare.active')}<br /><code>${this.activeId}</code></th></tr></thead>
        <tbody>
          ${SUMMARY.map((k) => html`<tr><th scope="row">${t(`metric.${k}`)}</th><td data-testid=${`cand-${k}`}>${f4(c.candidate.calibrated[k])}</td><td data-testid=${`active-${k}`}>${f4(c.active.calibrated[k])}</td></tr>`)}
          ${scen.map((s) => RATES.map((k) => html`<tr><th scope="row">${t(`models.compare.rate.${k}`, { scenario: t(`scenario.${s}`) })}</th><td>${f4(c.candidate.thresholds[s]?.[k])}</td><td>${f4(c.active.thresholds[s]?.[k])}</td></tr>`))}
        </tbody>
      </table></div>
      <div class="cms">${this.confusionTable(this.candidateId, c.candidate)}${this.confusionTable(this.activeId, c.active)}</div>
      ${c.curves ? html`<div class="curves" data-testid="compare-curves">${(['roc', 'pr', 'lift', 'gain', 'calibration'] as const).map((k) => html`<ll-chart .spec=${this.curveSpec(k, c.curves!)}></ll-chart>`)}</div>` : ''}
      <section class="rule" aria-label=${t('models.compare.ruleTitle')}>
        <h4>${t('models.compare.ruleTitle')}</h4>
        <p>${t('models.compare.rule')}</p>
        <ul>
          <li>${t('models.compare.ruleAuc', { cand: f4(c.candidate.calibrated.rocAuc), active: f4(c.active.calibrated.rocAuc), se: f4(c.aucSe) })} ${mark(c.aucOk)}</li>
          <li>${t('models.compare.ruleBrier', { cand: f4(c.candidate.calibrated.brier), active: f4(c.active.calibrated.brier) })} ${mark(c.brierOk)}</li>
        </ul>
      </section>`;
  }
}
customElements.define('ll-model-compare', ModelCompare);
declare global { interface HTMLElementTagNameMap { 'll-model-compare': ModelCompare } }
