/**
 * <ll-plan-history>: saved campaign plans, newest first. Each offers its target and control lists as CSV
 * and closes the loop: importing the campaign's outcomes (Customer ID, converted 0/1) shows the measured
 * uplift of treated over control with its 95% interval next to what the plan expected, and the model's
 * calibration on those real outcomes.
 */
import { LitElement, html } from 'lit';
import Papa from 'papaparse';
import { parseOutcomes, summariseOutcomes } from '../../../core/planner/outcomes';
import type { Plan } from '../../../core/planner/types';
import { exportPlanList, listPlans, planArms, savePlan } from '../../../storage/planner/plans-repo';
import { download } from '../../components/batch-ui/card-info';
import type { ChartSpec } from '../../components/chart/chart-spec';
import { fmtDate, fmtNumber, fmtPercent, t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import '../../components/chart/ll-chart';
import { money } from './plan-words';
import { plannerStyles } from './planner.styles';

const pp = (v: number): string => (Number.isFinite(v) ? `${v >= 0 ? '+' : ''}${fmtNumber(v * 100, { maximumFractionDigits: 2 })} ${t('planner.pp')}` : '—');

export class PlanHistory extends LitElement {
  static override styles = plannerStyles;
  static override properties = { plans: { state: true }, message: { state: true } };
  declare plans: Plan[] | undefined;
  declare message: string;

  constructor() {
    super();
    new LocaleController(this);
    this.plans = undefined;
    this.message = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.reload();
  }

  reload(): void {
    listPlans().then((p) => { this.plans = p; }, (e: Error) => { this.message = e.message; });
  }

  private async exportList(plan: Plan, group: 'treated' | 'control'): Promise<void> {
    download(await exportPlanList(plan, group), `${plan.id}-${group === 'treated' ? 'target' : 'control'}.csv`);
  }

  private async importOutcomes(plan: Plan, file: File): Promise<void> {
    this.message = '';
    const parsed = Papa.parse<string[]>((await file.text()).replace(/^\uFEFF/, ''), { skipEmptyLines: true });
    const [header = [], ...rows] = parsed.data;
    const res = parseOutcomes(header, rows);
    if (res.missing) { this.message = t('planner.outcomes.missing', { column: res.missing }); return; }
    const arms = await planArms(plan);
    const summary = summariseOutcomes(res.rows, (id) => arms.get(id.trim().toLowerCase()));
    await savePlan({ ...plan, outcomes: { importedAt: Date.now(), fileName: file.name, invalidRows: res.errors.length, summary } });
    if (res.errors.length) {
      const e = res.errors[0];
      this.message = t('planner.outcomes.errors', { n: fmtNumber(res.errors.length), row: e.row, column: e.column, value: e.value });
    }
    this.reload();
  }

  private outcomes(plan: Plan) {
    const o = plan.outcomes;
    if (!o) return '';
    const s = o.summary;
    const u = s.uplift;
    const a = plan.assumptions;
    const cal: ChartSpec = { kind: 'line', title: t('planner.outcomes.calibration'), xTitle: t('insights.meanScore'), yTitle: t('insights.observedRate'), xFormat: 'percent', yFormat: 'percent', xMin: 0, xMax: 1, yMin: 0, yMax: 1, fileName: `${plan.id}-calibration`,
      series: [{ name: t('insights.model'), data: s.calibration.map((g) => ({ x: g.meanScore, y: g.rate })) }, { name: t('insights.perfect'), dashed: true, data: [{ x: 0, y: 0 }, { x: 1, y: 1 }] }] };
    return html`<div data-testid="plan-outcomes" data-diff=${u.difference} data-low=${u.low} data-high=${u.high} data-treated-n=${s.treated.n} data-control-n=${s.control.n} data-unmatched=${s.unmatched}>
      <div class="table-wrap" tabindex="0" role="region" aria-label=${t('planner.outcomes.title', { file: o.fileName })}><table>
        <caption>${t('planner.outcomes.title', { file: o.fileName })}</caption>
        <thead><tr><th scope="col"></th><th scope="col">${t('planner.outcomes.leads')}</th><th scope="col">${t('insights.conversions')}</th><th scope="col">${t('insights.rate')}</th></tr></thead>
        <tbody>
          <tr><th scope="row">${t('planner.treated')}</th><td>${fmtNumber(s.treated.n)}</td><td>${fmtNumber(s.treated.converted)}</td><td>${fmtPercent(u.treatedRate)}</td></tr>
          <tr><th scope="row">${t('planner.control')}</th><td>${fmtNumber(s.control.n)}</td><td>${fmtNumber(s.control.converted)}</td><td>${fmtPercent(u.controlRate)}</td></tr>
        </tbody>
      </table></div>
      <p><strong>${t('planner.outcomes.measured', { diff: pp(u.difference), low: pp(u.low), high: pp(u.high) })}</strong></p>
      <p>${t('planner.outcomes.expected', { diff: pp(a.baselineRate * a.expectedUplift), rel: fmtPercent(a.expectedUplift, 0), model: fmtPercent(plan.treatedExpected.contacted ? plan.treatedExpected.conversions / plan.treatedExpected.contacted : NaN) })}</p>
      ${s.unmatched ? html`<p>${t('planner.outcomes.unmatched', { n: fmtNumber(s.unmatched) })}</p>` : ''}
      ${s.calibration.length ? html`<ll-chart .spec=${cal}></ll-chart>` : ''}
    </div>`;
  }

  override render() {
    if (!this.plans) return html`<p role="status">${t('common.loading')}</p>`;
    if (!this.plans.length) return html`<p data-testid="plans-empty">${t('planner.history.empty')}</p>`;
    return html`${this.message ? html`<p role="alert">${this.message}</p>` : ''}
      <ul class="plans">${this.plans.map((p) => html`<li class="card" data-testid="plan" data-plan-id=${p.id} data-seed=${p.seed}>
        <h3>${p.id}</h3>
        <p>${t('planner.history.line', { date: fmtDate(p.createdAt), source: p.source.kind === 'run' ? p.source.runName : t('planner.source.leadsShort'), treated: fmtNumber(p.treated.length), control: fmtNumber(p.control.length), profit: money(p.treatedExpected.profit, p.assumptions.currency), seed: p.seed })}</p>
        <div class="actions">
          <button type="button" class="secondary" data-testid="plan-export-target" @click=${() => void this.exportList(p, 'treated')}>${t('planner.export.target')}</button>
          <button type="button" class="secondary" data-testid="plan-export-control" @click=${() => void this.exportList(p, 'control')}>${t('planner.export.control')}</button>
          <label>${t('planner.outcomes.import')}<input type="file" accept=".csv,text/csv" data-testid="plan-outcomes-file" @change=${(e: Event) => { const f = (e.target as HTMLInputElement).files?.[0]; if (f) void this.importOutcomes(p, f); }} /></label>
        </div>
        ${this.outcomes(p)}
      </li>`)}</ul>`;
  }
}
customElements.define('ll-plan-history', PlanHistory);
declare global { interface HTMLElementTagNameMap { 'll-plan-history': PlanHistory } }
