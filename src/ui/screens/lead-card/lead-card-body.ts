/**
 * The body of a lead card, shared by a batch run's lead (runs/:id/leads/:row) and a single lead scored from
 * the form (leads/:id), so both read the same: score and decision, the explanation (percentage points and
 * sentences, exact log-odds one click away, blank fields' effect) recomputed by the scoring worker with the
 * model recorded on the lead, the inputs, the cluster profile against the training averages, and the same
 * Customer ID's scores across runs. When that model was deleted, it says so instead of explaining the lead
 * with another model.
 */
import { LitElement, html, type PropertyValues } from 'lit';
import type { ClusterProfile, Explanation } from '../../../bridge/contracts';
import type { LeadValues, Segment } from '../../../core/lead';
import { scoring } from '../../../bridge/scoring-bridge';
import { leadHistory } from '../../../storage/runs-repo';
import { fmtDate, fmtNumber, fmtPercent, t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { href } from '../../routes';
import { clusterName } from '../../components/batch-ui/card-info';
import { fieldLabel, fieldWithUnit } from '../../components/lead-form/labels';
import { leadModel, type LeadModel } from './lead-model';
import { leadCardStyles } from './lead-card-screen.styles';
import '../../components/explain-chart/explain-chart';

/** What a card shows of a lead, whichever store it comes from. */
export interface CardLead {
  customerId: string;
  inputs: LeadValues;
  score: number;
  predicted: 0 | 1;
  decile: number;
  segment: Segment;
  cluster: number;
  /** The file's label (labelled batch runs only). */
  label?: 0 | 1;
  /** The data row in the batch file (batch runs only). */
  sourceRow?: number;
  /** Optional fields that were left blank (single leads): re-scored blank, so the card says what the blank did. */
  defaultsUsed?: string[];
}

type History = Awaited<ReturnType<typeof leadHistory>>;
const f2 = (v: unknown): string => (typeof v === 'number' ? fmtNumber(v, { maximumFractionDigits: 2 }) : String(v ?? '—'));

export class LeadCardBody extends LitElement {
  static override styles = leadCardStyles;
  static override properties = {
    lead: { attribute: false }, modelId: { type: String },
    model: { state: true }, explanation: { state: true }, scored: { state: true }, history: { state: true }, explainMsg: { state: true },
  };
  declare lead: CardLead | undefined;
  /** The model recorded on the lead (the one that scored it). */
  declare modelId: string;
  declare model: LeadModel | undefined;
  declare explanation: Explanation | undefined;
  /** The scoring worker's cluster profile of this lead (includes derived features such as EngagementScore). */
  declare scored: ClusterProfile | undefined;
  declare history: History;
  declare explainMsg: string;

  constructor() {
    super();
    new LocaleController(this);
    this.lead = undefined;
    this.modelId = '';
    this.model = undefined;
    this.explanation = undefined;
    this.scored = undefined;
    this.history = [];
    this.explainMsg = '';
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('lead') || changed.has('modelId')) && this.lead && this.modelId) void this.load(this.lead, this.modelId);
  }

  private async load(lead: CardLead, modelId: string): Promise<void> {
    this.explanation = undefined;
    this.explainMsg = t('common.loading');
    void leadHistory(lead.customerId).then((h) => { this.history = h; }, () => { this.history = []; });
    this.model = await leadModel(modelId);
    if (this.model.status === 'deleted') { this.explainMsg = ''; return; }
    try {
      scoring.useModel(modelId);
      const blanks = Object.fromEntries((lead.defaultsUsed ?? []).map((k) => [k, null]));
      const res = await scoring.scoreOne({ ...lead.inputs, ...blanks, [this.model.card?.idField ?? 'CustomerID']: lead.customerId }, { explain: true });
      if (lead !== this.lead) return;
      if (res.ok) this.scored = res.cluster;
      if (res.ok && res.explanation) { this.explanation = res.explanation; this.explainMsg = ''; }
      else this.explainMsg = t('batch.lead.noExplanation');
    } catch (err) {
      this.explainMsg = t('common.error', { message: (err as Error).message });
    } finally {
      scoring.useModel();
    }
  }

  private profile(lead: CardLead) {
    const card = this.model?.card;
    const c = card?.clusters;
    const prof = c?.profiles[lead.cluster];
    if (!c || !prof) return html`<p class="muted">${t('batch.lead.noProfile')}</p>`;
    return html`<table>
      <caption class="sr-only">${t('batch.lead.profile')}</caption>
      <thead><tr><th scope="col">${t('batch.recluster.feature')}</th><th scope="col" class="num">${t('batch.lead.thisLead')}</th>
        <th scope="col" class="num">${t('batch.lead.clusterAvg')}</th><th scope="col" class="num">${t('batch.lead.overallAvg')}</th></tr></thead>
      <tbody>${c.features.map((f) => html`<tr><th scope="row">${fieldWithUnit(card.fields, f)}</th><td class="num">${f2(lead.inputs[f] ?? this.scored?.rows.find((r) => r.feature === f)?.value)}</td>
        <td class="num">${f2(prof[f])}</td><td class="num">${f2(c.overall[f])}</td></tr>`)}</tbody>
    </table>`;
  }

  private explain() {
    const e = this.explanation;
    if (this.model?.status === 'deleted') return html`<p class="error" data-testid="explain-model-deleted">${t('leadCard.modelDeleted', { model: this.modelId })}</p>`;
    return html`<div role="status" aria-live="polite">${this.explainMsg}</div>
      ${e ? html`<p class="muted" data-testid="explain-model" data-model=${this.modelId}>${t('leadCard.explainedBy', { model: this.modelId })}</p>
        <ll-explain-chart .factors=${e.factors} margin=${e.margin} .probability=${e.probability} .baseProbability=${e.baseProbability}></ll-explain-chart>` : ''}`;
  }

  override render() {
    const l = this.lead;
    if (!l) return '';
    const card = this.model?.card;
    const cname = clusterName(card, l.cluster, t('batch.cluster.n', { n: l.cluster + 1 }));
    return html`
      <div class="grid">
        <section class="card" aria-labelledby="sc"><h2 id="sc">${t('batch.col.score')}</h2>
          <p class="big" data-testid="lead-score" data-score=${l.score}>${fmtPercent(l.score)}</p>
          <dl class="stats">
            <div><dt>${t('batch.col.predicted')}</dt><dd>${l.predicted ? t('batch.yes') : t('batch.no')}</dd></div>
            <div><dt>${t('batch.col.decile')}</dt><dd>${l.decile}</dd></div>
            <div><dt>${t('batch.col.segment')}</dt><dd>${t(`batch.segment.${l.segment}`)}</dd></div>
            <div><dt>${t('batch.col.cluster')}</dt><dd>${cname}</dd></div>
            <div><dt>${t('leadCard.modelLabel')}</dt><dd data-testid="lead-model">${this.modelId}</dd></div>
            ${l.label !== undefined ? html`<div><dt>${fieldLabel(card?.target ?? 'Conversion')}</dt><dd>${l.label}</dd></div>` : ''}
          </dl>
        </section>
        <section class="card" aria-labelledby="ex"><h2 id="ex">${t('batch.lead.explanation')}</h2>${this.explain()}</section>
      </div>
      <section class="card" aria-labelledby="in"><h2 id="in">${t('batch.lead.inputs')}</h2>
        <table><caption class="sr-only">${t('batch.lead.inputs')}</caption><tbody>
          ${l.sourceRow !== undefined ? html`<tr><th scope="row">${t('batch.col.row')}</th><td>${l.sourceRow}</td></tr>` : ''}
          ${Object.entries(l.inputs).map(([k, v]) => html`<tr><th scope="row">${fieldWithUnit(card?.fields, k)}</th><td class="num">${f2(v)}</td></tr>`)}
        </tbody></table>
      </section>
      <section class="card" aria-labelledby="pr"><h2 id="pr">${t('batch.lead.profileOf', { name: cname })}</h2>${this.profile(l)}</section>
      <section class="card" aria-labelledby="hi"><h2 id="hi">${t('batch.lead.history')}</h2>
        ${this.history.length ? html`<table data-testid="lead-history"><caption class="sr-only">${t('batch.lead.history')}</caption>
          <thead><tr><th scope="col">${t('batch.runs.col.name')}</th><th scope="col">${t('batch.runs.col.startedAt')}</th>
            <th scope="col" class="num">${t('batch.col.score')}</th><th scope="col" class="num">${t('batch.col.decile')}</th><th scope="col">${t('batch.col.segment')}</th></tr></thead>
          <tbody>${this.history.map((h) => html`<tr><td><a href=${href(`runs/${h.runId}`)}>${h.runName}</a></td><td>${fmtDate(h.at)}</td>
            <td class="num">${fmtPercent(h.score)}</td><td class="num">${h.decile}</td><td>${t(`batch.segment.${h.segment}`)}</td></tr>`)}</tbody>
        </table>` : html`<p class="muted">${t('batch.lead.noHistory')}</p>`}
      </section>
    `;
  }
}
customElements.define('ll-lead-card-body', LeadCardBody);
declare global { interface HTMLElementTagNameMap { 'll-lead-card-body': LeadCardBody } }
