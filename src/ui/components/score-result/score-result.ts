/**
 * The outcome of scoring one lead: calibrated probability, the decision at the active threshold scenario,
 * decile, segment and what it means, behaviour group with its profile, the model id, the "why" factors
 * and, in what-if mode, the change against the last scored result. Carries the stable data-testids the
 * browser tests read.
 */
import { LitElement, html, nothing } from 'lit';
import type { ModelInfo, ScoreOneResult } from '../../../bridge/contracts';
import { fmtNumber, fmtPercent, getLocale, t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { fieldLabel, scenarioLabel, segmentLabel, segmentMeaning } from '../lead-form/labels';
import '../explain-chart/explain-chart';
import { tierRangeText, tierValidationText } from './tier-text';
import type { TierRule } from '../../../core/card/types';
import type { Segment } from '../../../core/lead';
import { scoreResultStyles } from './score-result.styles';

export type OkResult = Extract<ScoreOneResult, { ok: true }>;

export class ScoreResult extends LitElement {
  static override styles = scoreResultStyles;
  static override properties = {
    result: { attribute: false },
    info: { attribute: false },
    baseline: { attribute: false },
  };
  declare result: OkResult | undefined;
  declare info: ModelInfo | undefined;
  /** The last submitted result; when it differs from `result`, this is a what-if view. */
  declare baseline: OkResult | undefined;

  constructor() {
    super();
    new LocaleController(this);
    this.result = undefined;
    this.info = undefined;
    this.baseline = undefined;
  }

  private num(v: number): string {
    if (!Number.isFinite(v)) return '—';
    const abs = Math.abs(v);
    return fmtNumber(v, { maximumFractionDigits: abs >= 100 ? 0 : abs >= 1 ? 2 : 3 });
  }

  private delta(r: OkResult, b: OkResult) {
    const d = r.lead.score - b.lead.score;
    const pts = fmtNumber(d * 100, { signDisplay: 'always', maximumFractionDigits: 1, minimumFractionDigits: 1 });
    const cls = d > 0.0005 ? 'pos' : d < -0.0005 ? 'neg' : '';
    return html`<p class="delta ${cls}" data-testid="score-delta">${t('result.delta', { delta: t('result.pp', { value: pts }), base: fmtPercent(b.lead.score) })}</p>`;
  }

  private profile(r: OkResult) {
    return html`<div class="scroll" tabindex="0" role="region" aria-label=${t('profile.caption')}><table>
      <caption>${t('profile.caption')}</caption>
      <thead><tr><th scope="col">${t('profile.measure')}</th><th scope="col">${t('profile.lead')}</th><th scope="col">${t('profile.group')}</th><th scope="col">${t('profile.average')}</th></tr></thead>
      <tbody>${r.cluster.rows.map((row) => html`<tr><th scope="row">${fieldLabel(row.feature)}</th><td>${this.num(row.value)}</td><td>${this.num(row.centroid)}</td><td>${this.num(row.average)}</td></tr>`)}</tbody>
    </table></div>`;
  }

  /** Scrolls the result into view and focuses it (called after Score). */
  async focusResult(): Promise<void> {
    await this.updateComplete;
    const s = this.renderRoot.querySelector<HTMLElement>('section');
    if (!s) return;
    s.scrollIntoView({ block: 'start' });
    s.focus({ preventScroll: true });
  }

  private tierNote(seg: Segment, rule: TierRule) {
    const info = this.info;
    if (!info) return nothing;
    const card = { tiers: info.tiers, segments: info.segments };
    const v = tierValidationText(card, rule, seg);
    return html` (${tierRangeText(card, rule, seg)}). <small>${rule === 'decile' ? segmentMeaning(info.segments, seg) : nothing}</small>
      ${v ? html`<small data-testid="tier-validation">${v}</small>` : nothing}`;
  }

  override render() {
    const r = this.result;
    if (!r) return nothing;
    const b = this.baseline;
    const whatIf = b !== undefined && b !== r;
    const seg = r.lead.segment;
    const rule = r.tierRule ?? 'decile';
    return html`<section data-testid="score-result" aria-labelledby="result-h" tabindex="-1">
      <h2 id="result-h">${t('result.title')}${whatIf ? html`<span class="badge">${t('result.whatIf')}</span>` : nothing}</h2>
      <div class="headline">
        <span class="score" data-testid="score-value" data-score=${String(r.lead.score)}>${fmtPercent(r.lead.score)}</span>
        <span class="decision ${r.lead.predicted ? 'yes' : 'no'}" data-testid="score-decision" data-predicted=${String(r.lead.predicted)}>${r.lead.predicted ? t('result.decision.yes') : t('result.decision.no')}</span>
      </div>
      <p class="muted">${t('result.probability')}. ${t('result.decisionRule', { scenario: scenarioLabel(r.scenario), threshold: fmtPercent(r.threshold) })}</p>
      ${whatIf && b ? this.delta(r, b) : nothing}
      <dl>
        <div><dt>${t('result.decile')}</dt><dd data-testid="score-decile" data-decile=${String(r.lead.decile)}>${t('result.decileValue', { n: r.lead.decile })}. <small>${t('result.decileHint')}</small></dd></div>
        <div><dt>${t('result.segment')}</dt><dd data-testid="score-segment" data-segment=${seg} data-tier-rule=${rule}>${segmentLabel(seg)}${this.tierNote(seg, rule)}</dd></div>
        <div><dt>${t('result.cluster')}</dt><dd data-testid="score-cluster" data-cluster=${String(r.lead.cluster)}>${r.cluster.names[getLocale()]}</dd></div>
        <div><dt>${t('result.model')}</dt><dd><code data-testid="model-id">${r.modelId}</code></dd></div>
      </dl>
      <h3>${t('explain.title')}</h3>
      ${r.explanation
        ? html`<ll-explain-chart .factors=${r.explanation.factors} margin=${r.explanation.margin} .probability=${r.explanation.probability} .baseProbability=${r.explanation.baseProbability}></ll-explain-chart>`
        : html`<p>${t('explain.unavailable')}</p>`}
      <h3>${t('result.cluster')}: ${r.cluster.names[getLocale()]}</h3>
      ${this.profile(r)}
    </section>`;
  }
}
customElements.define('ll-score-result', ScoreResult);
declare global { interface HTMLElementTagNameMap { 'll-score-result': ScoreResult } }
