/**
 * One lead of a run: its inputs, score/decision, the explanation (TreeSHAP via the scoring worker, drawn by
 * the shared explain chart), its cluster profile against the training averages, and the same Customer ID's
 * scores across all runs (from the run storage's Customer ID index).
 */
import { LitElement, html } from 'lit';
import type { RouterLocation } from '@vaadin/router';
import type { LeadRow, RunRecord } from '../../../bridge/batch-contract';
import type { ClusterProfile, Explanation } from '../../../bridge/contracts';
import { scoring } from '../../../bridge/scoring-bridge';
import { getRun, leadHistory, openRunView } from '../../../storage/runs-repo';
import type { ModelCard } from '../../../core/card/types';
import { fmtDate, fmtNumber, fmtPercent, t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { href } from '../../routes';
import { clusterName, loadCard } from '../../components/batch-ui/card-info';
import { leadCardStyles } from './lead-card-screen.styles';
import '../../components/explain-chart/explain-chart';
import { fieldLabel, fieldWithUnit } from '../../components/lead-form/labels';

type History = Awaited<ReturnType<typeof leadHistory>>;
const f2 = (v: unknown): string => (typeof v === 'number' ? fmtNumber(v, { maximumFractionDigits: 2 }) : String(v ?? '—'));

export class LeadCardScreen extends LitElement {
  static override styles = leadCardStyles;
  static override properties = {
    run: { state: true }, lead: { state: true }, card: { state: true }, explanation: { state: true },
    history: { state: true }, error: { state: true }, explainMsg: { state: true }, scored: { state: true },
  };
  /** The scoring worker's cluster profile of this lead (includes derived features such as EngagementScore). */
  declare scored: ClusterProfile | undefined;
  declare location: RouterLocation | undefined;
  declare run: RunRecord | undefined;
  declare lead: LeadRow | undefined;
  declare card: ModelCard | undefined;
  declare explanation: Explanation | undefined;
  declare history: History;
  declare error: string;
  declare explainMsg: string;

  constructor() {
    super();
    new LocaleController(this);
    this.location = undefined;
    this.run = undefined;
    this.lead = undefined;
    this.card = undefined;
    this.explanation = undefined;
    this.history = [];
    this.error = '';
    this.explainMsg = '';
    this.scored = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    const id = String(this.location?.params.id ?? '');
    const index = Number(this.location?.params.row ?? -1);
    try {
      const run = await getRun(id);
      if (!run) { this.error = t('batch.detail.notFound'); return; }
      this.run = run;
      const view = await openRunView(id);
      let rows: LeadRow[];
      try { rows = await view.rows(index, 1); } finally { view.close(); }
      this.lead = rows[0];
      if (!this.lead) { this.error = t('batch.lead.notFound'); return; }
      this.card = await loadCard(run.modelId).catch(() => undefined);
      this.history = await leadHistory(this.lead.customerId).catch(() => []);
      await this.explain(run, this.lead);
    } catch (err) {
      this.error = t('common.error', { message: (err as Error).message });
    }
  }

  private async explain(run: RunRecord, lead: LeadRow): Promise<void> {
    this.explainMsg = t('common.loading');
    try {
      scoring.useModel(run.modelId);
      const res = await scoring.scoreOne({ ...lead.inputs, [this.card?.idField ?? 'CustomerID']: lead.customerId }, { explain: true });
      if (res.ok) this.scored = res.cluster;
      if (res.ok && res.explanation) { this.explanation = res.explanation; this.explainMsg = ''; }
      else this.explainMsg = t('batch.lead.noExplanation');
    } catch (err) {
      this.explainMsg = t('common.error', { message: (err as Error).message });
    } finally {
      scoring.useModel();
    }
  }

  private profile(lead: LeadRow) {
    const c = this.card?.clusters;
    const prof = c?.profiles[lead.cluster];
    if (!c || !prof) return html`<p class="muted">${t('batch.lead.noProfile')}</p>`;
    return html`<table>
      <caption class="sr-only">${t('batch.lead.profile')}</caption>
      <thead><tr><th scope="col">${t('batch.recluster.feature')}</th><th scope="col" class="num">${t('batch.lead.thisLead')}</th>
        <th scope="col" class="num">${t('batch.lead.clusterAvg')}</th><th scope="col" class="num">${t('batch.lead.overallAvg')}</th></tr></thead>
      <tbody>${c.features.map((f) => html`<tr><th scope="row">${fieldWithUnit(this.card?.fields, f)}</th><td class="num">${f2(lead.inputs[f] ?? this.scored?.rows.find((r) => r.feature === f)?.value)}</td>
        <td class="num">${f2(prof[f])}</td><td class="num">${f2(c.overall[f])}</td></tr>`)}</tbody>
    </table>`;
  }

  override render() {
    const r = this.run;
    const l = this.lead;
    const back = r ? html`<p><a href=${href(`runs/${r.id}`)}>${t('batch.lead.back', { name: r.name })}</a></p>` : '';
    if (this.error) return html`${back}<h1>${t('batch.lead.title')}</h1><p class="error" role="alert">${this.error}</p>`;
    if (!r || !l) return html`<h1>${t('batch.lead.title')}</h1><p role="status">${t('common.loading')}</p>`;
    const cname = clusterName(this.card, l.cluster, t('batch.cluster.n', { n: l.cluster + 1 }));
    return html`
      ${back}
      <h1>${t('batch.lead.heading', { id: l.customerId })}</h1>
      <div class="grid">
        <section class="card" aria-labelledby="sc"><h2 id="sc">${t('batch.col.score')}</h2>
          <p class="big" data-testid="lead-score" data-score=${l.score}>${fmtPercent(l.score)}</p>
          <dl class="stats">
            <div><dt>${t('batch.col.predicted')}</dt><dd>${l.predicted ? t('batch.yes') : t('batch.no')}</dd></div>
            <div><dt>${t('batch.col.decile')}</dt><dd>${l.decile}</dd></div>
            <div><dt>${t('batch.col.segment')}</dt><dd>${t(`batch.segment.${l.segment}`)}</dd></div>
            <div><dt>${t('batch.col.cluster')}</dt><dd>${cname}</dd></div>
            ${l.label !== undefined ? html`<div><dt>${fieldLabel(this.card?.target ?? 'Conversion')}</dt><dd>${l.label}</dd></div>` : ''}
          </dl>
        </section>
        <section class="card" aria-labelledby="ex"><h2 id="ex">${t('batch.lead.explanation')}</h2>
          <div role="status" aria-live="polite">${this.explainMsg}</div>
          ${this.explanation ? html`<ll-explain-chart .factors=${this.explanation.factors} .margin=${this.explanation.margin}></ll-explain-chart>` : ''}
        </section>
      </div>
      <section class="card" aria-labelledby="in"><h2 id="in">${t('batch.lead.inputs')}</h2>
        <table><caption class="sr-only">${t('batch.lead.inputs')}</caption><tbody>
          <tr><th scope="row">${t('batch.col.row')}</th><td>${l.sourceRow}</td></tr>
          ${Object.entries(l.inputs).map(([k, v]) => html`<tr><th scope="row">${fieldWithUnit(this.card?.fields, k)}</th><td class="num">${f2(v)}</td></tr>`)}
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
customElements.define('ll-lead-card-screen', LeadCardScreen);
declare global { interface HTMLElementTagNameMap { 'll-lead-card-screen': LeadCardScreen } }
