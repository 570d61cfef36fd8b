/**
 * The Models panel's customer part (issue #12, admin only): the active model of each task (lead conversion,
 * next-month sales, 14-day purchase), and for the two customer tasks the active model's kind, when it was last
 * trained, its training cutoff, and the backtest figures of every candidate; "Retrain now" in the customers
 * worker with progress and Cancel, the decision old vs new; and the opt-in retrain-on-open schedule.
 * Roles are enforced again in the data API (bridge/customers-models-bridge.ts, storage/models/customer-schedule.ts).
 */
import { LitElement, html, css } from 'lit';
import type { ForecastModelSummary } from '../../../bridge/customers-forecast-contract';
import type { CustomerModelsStatus, RetrainOutcome } from '../../../bridge/customers-retrain-contract';
import { customerModelsStatus, retrainCustomerModels } from '../../../bridge/customers-models-bridge';
import { AbortError } from '../../../bridge/worker-bridge';
import { SCHEDULE_DAYS_MAX, SCHEDULE_DAYS_MIN, type RetrainSchedule } from '../../../core/forecast/retrain-rule';
import { getRetrainSchedule, setRetrainSchedule } from '../../../storage/models/customer-schedule';
import { currentSession } from '../../../storage/session';
import { fmtDate, t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { engineErrorText } from '../../i18n/engine-errors';
import { JobController } from '../customers-progress/job-controller';
import { dayText, figureText, FIGURES, kindText, outcomeStyles, renderOutcome } from './outcome-view';
import { CUSTOMER_TASKS } from '../../../core/training/types';
import './customer-registry';

/** The conversion task's active model, passed in by the Models screen (it owns the conversion registry). */
export interface ConversionActive { id: string; kind: string }

export class CustomerModels extends LitElement {
  static override styles = [outcomeStyles, css`
    :host { display: block; }
    section { display: grid; gap: 0.75rem; }
    h2, h3 { margin: 0.5rem 0 0; }
    dl { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 0.2rem 1rem; margin: 0; }
    dd { margin: 0; }
    .note { color: var(--ll-muted, var(--ll-36424f, #36424f)); }
    .error { color: var(--ll-b42318, #b42318); }
        fieldset { border: 1px solid var(--ll-border, var(--ll-d0d7de, #d0d7de)); border-radius: 6px; display: grid; gap: 0.5rem; }
    input[type='number'] { width: 6rem; }
  `];
  static override properties = { conversion: { attribute: false }, status: { state: true }, outcome: { state: true }, error: { state: true }, schedule: { state: true }, scheduleMsg: { state: true } };
  declare conversion: ConversionActive | undefined;
  declare status: CustomerModelsStatus | undefined;
  declare outcome: RetrainOutcome | undefined;
  declare error: string;
  declare schedule: RetrainSchedule | undefined;
  declare scheduleMsg: string;
  private readonly job = new JobController(this);

  constructor() {
    super();
    new LocaleController(this);
    this.conversion = undefined;
    this.status = undefined;
    this.outcome = undefined;
    this.error = '';
    this.schedule = undefined;
    this.scheduleMsg = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.reload();
  }

  private async reload(): Promise<void> {
    try {
      [this.status, this.schedule] = await Promise.all([customerModelsStatus(currentSession()), getRetrainSchedule()]);
    } catch (e) {
      this.error = t('custmodels.error', { message: engineErrorText(e) });
    }
  }

  private async retrain(): Promise<void> {
    this.error = '';
    this.outcome = undefined;
    try {
      this.outcome = await this.job.run((onProgress, signal) => retrainCustomerModels(currentSession(), 'manual', onProgress, signal));
      await Promise.all([this.reload(), this.renderRoot.querySelector('ll-customer-registry')?.reload()]);
    } catch (e) {
      this.error = e instanceof AbortError ? t('custmodels.cancelled') : t('custmodels.error', { message: engineErrorText(e) });
    }
  }

  private async saveSchedule(e: Event): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const days = Number((form.elements.namedItem('days') as HTMLInputElement).value);
    const enabled = (form.elements.namedItem('enabled') as HTMLInputElement).checked;
    if (!Number.isInteger(days) || days < SCHEDULE_DAYS_MIN || days > SCHEDULE_DAYS_MAX) {
      this.scheduleMsg = t('custmodels.schedule.invalid', { min: SCHEDULE_DAYS_MIN, max: SCHEDULE_DAYS_MAX });
      return;
    }
    try {
      this.schedule = await setRetrainSchedule(currentSession(), { enabled, days });
      this.scheduleMsg = t('custmodels.schedule.saved');
    } catch (err) {
      this.scheduleMsg = engineErrorText(err);
    }
  }

  private byTask() {
    const a = this.status?.active;
    const row = (task: string, kind: string | undefined, id: string | undefined) => html`<tr data-task=${task}>
      <th scope="row">${t(`custmodels.task.${task}`)}</th><td>${kind ?? '—'}</td><td><small>${id ?? '—'}</small></td></tr>`;
    return html`<div class="scroll" tabindex="0" role="region" aria-label=${t('custmodels.byTask')}><table data-testid="custmodels-by-task">
      <caption>${t('custmodels.byTask')}</caption>
      <thead><tr><th scope="col">${t('custmodels.task')}</th><th scope="col">${t('custmodels.activeModel')}</th><th scope="col">${t('custmodels.modelId')}</th></tr></thead>
      <tbody>
        ${row('conversion', this.conversion ? this.conversion.kind : undefined, this.conversion?.id)}
        ${CUSTOMER_TASKS.map((task) => row(task, a?.[task] ? kindText(a[task].kind) : undefined, a?.[task]?.id))}
      </tbody></table></div>`;
  }

  private taskDetails(task: 'sales' | 'purchase') {
    const a = this.status?.active;
    const m = a?.[task];
    if (!a || !m) return '';
    const cands = a.candidates.filter((c: ForecastModelSummary) => c.task === task);
    return html`<h3>${t(`custmodels.task.${task}`)}</h3>
      <dl data-testid="custmodels-${task}" data-model=${m.id}>
        <dt>${t('custmodels.activeModel')}</dt><dd>${kindText(m.kind)} <small>(${m.id})</small></dd>
        <dt>${t('custmodels.lastTrained')}</dt><dd data-testid="custmodels-${task}-trained" data-at=${m.trainedAt}>${fmtDate(Date.parse(m.trainedAt))}</dd>
        <dt>${t('custmodels.cutoff')}</dt><dd>${dayText(m.trainingCutoffDay - 1)}</dd>
        <dt>${t('custmodels.rows')}</dt><dd>${figureText('rows', m.trainingRows)}</dd>
      </dl>
      <div class="scroll" tabindex="0" role="region" aria-label=${t('custmodels.backtest', { task: t(`custmodels.task.${task}`) })}><table data-testid="custmodels-${task}-candidates">
        <caption>${t('custmodels.backtest', { task: t(`custmodels.task.${task}`) })}</caption>
        <thead><tr><th scope="col">${t('custmodels.candidate')}</th>${FIGURES[task].map((k) => html`<th scope="col" class="num">${t(`custmodels.metric.${k}`)}</th>`)}</tr></thead>
        <tbody>${cands.map((c) => html`<tr data-active=${String(c.id === m.id)}>
          <th scope="row">${kindText(c.kind)}${c.id === m.id ? html` <strong>(${t('custmodels.active')})</strong>` : ''}</th>
          ${FIGURES[task].map((k) => html`<td class="num">${figureText(k, c.metrics[k])}</td>`)}</tr>`)}</tbody>
      </table></div>`;
  }

  private scheduleForm() {
    const s = this.schedule;
    if (!s) return '';
    return html`<form @submit=${(e: Event) => void this.saveSchedule(e)} data-testid="custmodels-schedule">
      <fieldset><legend>${t('custmodels.schedule.title')}</legend>
        <label><input type="checkbox" name="enabled" ?checked=${s.enabled}> ${t('custmodels.schedule.enabled')}</label>
        <label>${t('custmodels.schedule.days')} <input type="number" name="days" min=${SCHEDULE_DAYS_MIN} max=${SCHEDULE_DAYS_MAX} step="1" .value=${String(s.days)} aria-describedby="sched-help"></label>
        <p class="note" id="sched-help">${t('custmodels.schedule.help')}</p>
        <div><button type="submit">${t('custmodels.schedule.save')}</button> <span role="status">${this.scheduleMsg}</span></div>
      </fieldset></form>`;
  }

  override render() {
    const a = this.status?.active;
    return html`<section aria-labelledby="custmodels-h">
      <h2 id="custmodels-h">${t('custmodels.title')}</h2>
      <p class="note">${t('custmodels.help')}</p>
      ${this.byTask()}
      ${a ? html`<p>${t('custmodels.asOf', { date: dayText(a.asOfDay) })}</p>` : this.status ? html`<p class="note" data-testid="custmodels-none">${t('custmodels.none')}</p>` : ''}
      ${this.taskDetails('sales')}
      ${this.taskDetails('purchase')}
      <p class="note">${t('custmodels.rule')}</p>
      <div><button type="button" data-testid="custmodels-retrain" ?disabled=${this.job.busy || this.status?.lastOrderDay === undefined} @click=${() => void this.retrain()}>${t('custmodels.retrain')}</button></div>
      ${this.job.render()}
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : ''}
      ${this.outcome ? renderOutcome(this.outcome) : ''}
      <ll-customer-registry @customer-models-changed=${() => void this.reload()}></ll-customer-registry>
      ${this.scheduleForm()}
    </section>`;
  }
}
customElements.define('ll-customer-models', CustomerModels);
declare global { interface HTMLElementTagNameMap { 'll-customer-models': CustomerModels } }
