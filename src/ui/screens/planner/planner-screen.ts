/**
 * Campaign planner: from a completed run (or the leads scored one by one) and editable economics, the
 * expected profit against the number of best-scored leads contacted, the recommended cut-off with its
 * conversions, cost, profit and return, the break-even probability, a control-group design (seeded holdout,
 * minimum detectable uplift, sizes a given uplift needs) and, on save, a plan kept in history (plan-history).
 */
import { LitElement, html } from 'lit';
import type { Economics, ProfitPlan } from '../../../core/planner/profit';
import { minDetectableUplift, sampleSize } from '../../../core/planner/stats';
import type { PlanAssumptions, PlanSource } from '../../../core/planner/types';
import { completedRuns, type DashboardRun } from '../../../storage/charts/dashboard-repo';
import { countLeads } from '../../../storage/leads-repo';
import { PlannerClient } from '../../../bridge/planner-bridge';
import type { ChartSpec } from '../../components/chart/chart-spec';
import { addCatalogue, fmtDate, fmtNumber, fmtPercent, getLocale, t } from '../../i18n/i18n';
import plannerStrings from '../../i18n/locales/planner';
import chartStrings from '../../i18n/locales/charts';
import { LocaleController } from '../../i18n/locale-controller';
import '../../components/chart/ll-chart';
import { preloadApex } from '../../components/chart/chart-controller';
import './plan-history';
import { createPlan } from './plan-create';
import { assumptionsInWords, money } from './plan-words';
import { plannerStyles } from './planner.styles';

addCatalogue(chartStrings);
addCatalogue(plannerStrings);

export class PlannerScreen extends LitElement {
  static override styles = plannerStyles;
  static override properties = { runs: { state: true }, leadCount: { state: true }, source: { state: true }, plan: { state: true }, a: { state: true }, seed: { state: true }, error: { state: true }, saved: { state: true } };
  declare runs: DashboardRun[] | undefined;
  declare leadCount: number;
  declare source: string;
  /** The profit curve and cut-off for the current economics (computed in the planner worker). */
  declare plan: ProfitPlan | undefined;
  declare a: PlanAssumptions;
  declare seed: number;
  declare error: string;
  declare saved: number;
  private readonly worker = new PlannerClient();
  private gen = 0;
  private planned: Promise<ProfitPlan | undefined> = Promise.resolve(undefined);
  private spec?: { key: unknown[]; spec: ChartSpec };

  constructor() {
    super();
    new LocaleController(this);
    this.runs = undefined;
    this.leadCount = 0;
    this.source = '';
    this.plan = undefined;
    this.a = { costPerContact: 2, valuePerConversion: 50, budget: undefined, holdoutShare: 0.1, baselineRate: 0.05, expectedUplift: 0.1, currency: 'USD' };
    this.seed = newSeed();
    this.error = '';
    this.saved = 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    preloadApex(); // the profit chart's library loads while the worker ranks the scores
    void (async () => {
      try {
        [this.runs, this.leadCount] = await Promise.all([completedRuns(), countLeads()]);
        const first = this.runs[0] ? `run:${this.runs[0].id}` : this.leadCount > 0 ? 'leads' : '';
        if (first) await this.pick(first);
      } catch (e) { this.error = (e as Error).message; }
    })();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.gen++;
    this.worker.close();
  }

  private planSource(key = this.source): PlanSource | undefined {
    if (key === 'leads') return { kind: 'leads' };
    const run = this.runs?.find((r) => `run:${r.id}` === key);
    return run ? { kind: 'run', runId: run.id, runName: run.name } : undefined;
  }

  private async pick(key: string): Promise<void> {
    this.source = key;
    this.plan = undefined;
    const src = this.planSource(key);
    if (!src) return;
    void this.worker.open(src).catch(() => undefined); // errors surface through the plan call below
    await this.recompute();
  }

  private economics(): Economics {
    return { cost: this.a.costPerContact, value: this.a.valuePerConversion, budget: this.a.budget };
  }

  /** Asks the worker for the plan under the current economics; only the latest answer is shown. */
  private recompute(): Promise<ProfitPlan | undefined> {
    const gen = ++this.gen;
    this.planned = this.worker.plan(this.economics()).then((p) => {
      if (gen === this.gen) this.plan = p;
      return p;
    }, (e: unknown) => {
      if (gen === this.gen) this.error = (e as Error).message;
      return undefined;
    });
    return this.planned;
  }

  private set<K extends keyof PlanAssumptions>(k: K, v: PlanAssumptions[K]): void {
    this.a = { ...this.a, [k]: v };
    if (k === 'costPerContact' || k === 'valuePerConversion' || k === 'budget') void this.recompute();
  }

  private numInput(id: string, label: string, value: number | undefined, onValue: (v: number | undefined) => void, opts: { min?: number; max?: number; step?: string; optional?: boolean } = {}) {
    return html`<label>${label}<input type="number" data-testid=${`planner-${id}`} inputmode="decimal" min=${opts.min ?? 0} max=${opts.max ?? ''} step=${opts.step ?? 'any'}
      .value=${value === undefined ? '' : String(value)} @input=${(e: Event) => {
        const raw = (e.target as HTMLInputElement).value.replace(',', '.');
        const v = raw === '' ? undefined : Number(raw);
        if (v === undefined ? opts.optional : Number.isFinite(v)) onValue(v);
      }} /></label>`;
  }

  private form() {
    const a = this.a;
    const pct = (v: number): number => Math.round(v * 10000) / 100;
    return html`<div class="card form" role="group" aria-label=${t('planner.inputs')}>
      <label>${t('planner.source')}
        <select data-testid="planner-source" @change=${(e: Event) => void this.pick((e.target as HTMLSelectElement).value)}>
          ${(this.runs ?? []).map((r) => html`<option value=${`run:${r.id}`} ?selected=${this.source === `run:${r.id}`}>${r.name} — ${fmtDate(r.startedAt)} (${fmtNumber(r.counts.scored)})</option>`)}
          ${this.leadCount > 0 ? html`<option value="leads" ?selected=${this.source === 'leads'}>${t('planner.source.leads', { n: fmtNumber(this.leadCount) })}</option>` : ''}
        </select></label>
      ${this.numInput('cost', t('planner.cost', { currency: a.currency }), a.costPerContact, (v) => this.set('costPerContact', v ?? 0))}
      ${this.numInput('value', t('planner.value', { currency: a.currency }), a.valuePerConversion, (v) => this.set('valuePerConversion', v ?? 0))}
      ${this.numInput('budget', t('planner.budget', { currency: a.currency }), a.budget, (v) => this.set('budget', v), { optional: true })}
      <label>${t('planner.currency')}<select data-testid="planner-currency" @change=${(e: Event) => this.set('currency', (e.target as HTMLSelectElement).value)}>
        ${['USD', 'EUR', 'PLN', 'RUB', 'GBP'].map((c) => html`<option ?selected=${c === a.currency}>${c}</option>`)}</select></label>
      ${this.numInput('holdout', t('planner.holdout'), pct(a.holdoutShare), (v) => this.set('holdoutShare', Math.min(90, v ?? 0) / 100), { max: 90 })}
      ${this.numInput('baseline', t('planner.baseline'), pct(a.baselineRate), (v) => this.set('baselineRate', Math.min(99, v ?? 0) / 100), { max: 99 })}
      ${this.numInput('uplift', t('planner.uplift'), pct(a.expectedUplift), (v) => this.set('expectedUplift', (v ?? 0) / 100))}
      ${this.numInput('seed', t('planner.seed'), this.seed, (v) => { this.seed = Math.floor(v ?? 0) >>> 0; }, { step: '1' })}
    </div>`;
  }

  private results(p: ProfitPlan) {
    const a = this.a;
    const b = p.best;
    const control = Math.round(a.holdoutShare * b.contacted);
    const treated = b.contacted - control;
    const mde = minDetectableUplift(treated, control, a.baselineRate);
    const need = a.holdoutShare > 0 && a.baselineRate > 0 && a.expectedUplift > 0 ? sampleSize({ baseline: a.baselineRate, relativeUplift: a.expectedUplift, controlShare: a.holdoutShare }) : undefined;
    const fig = (id: string, v: string, l: string, raw: number) => html`<div class="figure" data-testid=${`planner-${id}`} data-value=${String(raw)}><span class="v">${v}</span><span class="l">${l}</span></div>`;
    const spec = this.chartSpec(p);
    return html`<div class="card" data-testid="planner-result" data-contacted=${b.contacted} data-profit=${b.profit} data-conversions=${b.conversions}>
      <h2>${t('planner.recommended')}</h2>
      <div class="figures">
        ${fig('contacted', fmtNumber(b.contacted), t('planner.fig.contacted'), b.contacted)}
        ${fig('minscore', Number.isFinite(b.minScore) ? fmtPercent(b.minScore) : '—', t('planner.fig.minScore'), b.minScore)}
        ${fig('conversions', fmtNumber(b.conversions, { maximumFractionDigits: 1 }), t('planner.fig.conversions'), b.conversions)}
        ${fig('cost', money(b.cost, a.currency), t('planner.fig.cost'), b.cost)}
        ${fig('profit', money(b.profit, a.currency), t('planner.fig.profit'), b.profit)}
        ${fig('roi', Number.isFinite(b.roi) ? fmtPercent(b.roi) : '—', t('planner.fig.roi'), b.roi)}
        ${fig('breakeven', Number.isFinite(p.breakEven) ? fmtPercent(p.breakEven) : '—', t('planner.fig.breakEven'), p.breakEven)}
      </div>
      <ll-chart .spec=${spec}></ll-chart>
      <h2>${t('planner.test')}</h2>
      <p data-testid="planner-split" data-treated=${treated} data-control=${control}>${t('planner.test.split', { treated: fmtNumber(treated), control: fmtNumber(control) })}</p>
      <p data-testid="planner-mde" data-value=${mde}>${Number.isFinite(mde) ? t('planner.test.mde', { mde: fmtPercent(mde) }) : t('planner.test.noMde')}</p>
      ${need ? html`<p data-testid="planner-need" data-treated=${need.treated} data-control=${need.control} class=${need.treated > treated || need.control > control ? 'warn' : ''}>
        ${t('planner.test.need', { uplift: fmtPercent(a.expectedUplift, 0), treated: fmtNumber(need.treated), control: fmtNumber(need.control) })}
        ${need.treated > treated || need.control > control ? t('planner.test.tooSmall') : ''}</p>` : ''}
      <h2>${t('planner.assumptions')}</h2>
      <ul class="words" data-testid="planner-words">${assumptionsInWords(a).map((w) => html`<li>${w}</li>`)}</ul>
      <div class="actions"><button type="button" data-testid="planner-save" ?disabled=${b.contacted === 0} @click=${() => void this.save()}>${t('planner.save')}</button>
        ${this.saved ? html`<span role="status">${t('planner.saved')}</span>` : ''}</div>
    </div>`;
  }

  /** The profit chart's spec, the same object until the plan, currency or language changes (a new one redraws the chart). */
  private chartSpec(p: ProfitPlan): ChartSpec {
    const { currency } = this.a;
    const key = [p, currency, getLocale()];
    if (this.spec && this.spec.key.every((k, i) => k === key[i])) return this.spec.spec;
    const b = p.best;
    const spec: ChartSpec = { kind: 'line', title: t('planner.chart'), xTitle: t('planner.chart.x'), yTitle: t('planner.chart.y'), xFormat: 'integer', yFormat: 'money', currency, fileName: 'expected-profit',
      summary: t('planner.chart.summary', { k: fmtNumber(b.contacted), profit: money(b.profit, currency) }), series: [{ name: t('planner.chart.series'), data: p.curve }] };
    this.spec = { key, spec };
    return spec;
  }

  private async save(): Promise<void> {
    const src = this.planSource();
    const p = await this.planned; // the plan for the economics on screen, even if an input just changed
    if (!src || !p) return;
    try {
      const a = this.a;
      await createPlan(src, a, this.seed, p.best, await this.worker.split(p.best.contacted, a.holdoutShare, this.seed, this.economics()));
      this.saved++;
      this.seed = newSeed();
      this.renderRoot.querySelector('ll-plan-history')?.reload();
    } catch (e) { this.error = (e as Error).message; }
  }

  override render() {
    const head = html`<h1>${t('planner.title')}</h1><p class="words">${t('planner.intro')}</p>`;
    if (this.error) return html`${head}<p role="alert">${this.error}</p>`;
    if (!this.runs) return html`${head}<p role="status">${t('common.loading')}</p>`;
    if (!this.runs.length && !this.leadCount) return html`${head}<p data-testid="planner-empty">${t('planner.empty')}</p>`;
    return html`${head}${this.form()}
      ${this.plan ? this.results(this.plan) : html`<p role="status">${t('common.loading')}</p>`}
      <h2>${t('planner.history')}</h2>
      <ll-plan-history></ll-plan-history>`;
  }
}

function newSeed(): number {
  return globalThis.crypto.getRandomValues(new Uint32Array(1))[0];
}

customElements.define('ll-planner-screen', PlannerScreen);
declare global { interface HTMLElementTagNameMap { 'll-planner-screen': PlannerScreen } }
