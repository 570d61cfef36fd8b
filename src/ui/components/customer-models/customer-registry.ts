/**
 * The stored customer models (next-month sales, 14-day purchase) with the conversion registry's actions:
 * Activate (only when not worse than the active model by the retrain rule), Roll back per task, Delete (never
 * the active model or a part of the active blend), Export as one checked file, Import. Activate and Roll back
 * forecast at once with the new active pair (bridge/customers-models-bridge.ts), so the Clients screen's numbers
 * always come from the active models. Admin only; storage re-checks the role and the rules and audits each action.
 */
import { LitElement, html, nothing } from 'lit';
import { switchCustomerModel } from '../../../bridge/customers-models-bridge';
import { clientsChanged } from '../../../bridge/client-list-bridge';
import { CUSTOMER_TASKS, type ActiveState, type CustomerTask } from '../../../core/training/types';
import type { CustomerModelRecord } from '../../../storage/customers/active-models';
import { customerStates, deleteCustomerModel, exportCustomerModel, importCustomerModel, listCustomerModels } from '../../../storage/models/customer-registry';
import { currentSession } from '../../../storage/session';
import { fmtDate, t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { modelsErrorText } from '../../screens/models/errors';
import { download } from '../batch-ui/card-info';
import { trainingPanelStyles } from '../training-panel/training-panel.styles';
import { modelListStyles } from '../model-list/model-list.styles';
import { dayText, figureText, kindText, outcomeStyles } from './outcome-view';

/** The registry's and the file checks' errors, in the customer wording where it differs from the conversion one. */
function errorText(e: unknown): string {
  const m = /^\[(\w+)\]\s*(.*)$/s.exec(e instanceof Error ? e.message : '');
  const key = m && `custreg.error.${m[1]}`;
  const text = key ? t(key, { detail: m[2] }) : '';
  return key && text !== key ? text : modelsErrorText(e);
}

export class CustomerRegistry extends LitElement {
  static override styles = [trainingPanelStyles, modelListStyles, outcomeStyles];
  static override properties = { models: { state: true }, states: { state: true }, error: { state: true }, status: { state: true }, busy: { state: true } };
  declare models: CustomerModelRecord[];
  declare states: Partial<Record<CustomerTask, ActiveState>>;
  declare error: string;
  declare status: string;
  declare busy: boolean;

  constructor() {
    super();
    new LocaleController(this);
    this.models = [];
    this.states = {};
    this.error = '';
    this.status = '';
    this.busy = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.reload();
  }

  /** Re-reads the stored models and the active state (the panel calls it after a retrain). */
  async reload(): Promise<void> {
    [this.models, this.states] = await Promise.all([listCustomerModels(), customerStates()]);
  }

  private async act(fn: () => Promise<string>, changedForecasts = false): Promise<void> {
    this.error = '';
    this.status = '';
    this.busy = true;
    try {
      this.status = await fn();
      if (changedForecasts) clientsChanged();
      this.dispatchEvent(new CustomEvent('customer-models-changed', { bubbles: true, composed: true }));
    } catch (e) {
      this.error = errorText(e);
    } finally {
      this.busy = false;
      await this.reload();
    }
  }

  private switchTo(change: { activate: string } | { rollback: CustomerTask }, done: 'activate' | 'rollback'): Promise<void> {
    return this.act(async () => {
      const s = await switchCustomerModel(currentSession(), change);
      const task = 'activate' in change ? this.models.find((m) => m.id === change.activate)?.task : change.rollback;
      return t(`custreg.done.${done}`, { id: task === 'sales' ? s.salesModelId : s.purchaseModelId, date: dayText(s.asOfDay) });
    }, true);
  }

  private async importFile(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const text = await file.text();
    await this.act(async () => t('custreg.done.import', { id: (await importCustomerModel(currentSession(), text, file.name)).id, name: file.name }));
  }

  private row(m: CustomerModelRecord) {
    const active = this.states[m.task]?.id === m.id;
    const key = m.task === 'sales' ? 'r2' : 'rocAuc';
    return html`<tr data-testid="custreg-row" data-id=${m.id} data-active=${String(active)}>
      <th scope="row">${kindText(m.card.kind)} <small><code>${m.id}</code></small>
        ${active ? html` <strong class="badge">${t('custreg.active')}</strong>` : nothing}${m.importedFrom !== undefined ? html` <span class="badge">${t('custreg.imported.badge')}</span>` : nothing}</th>
      <td>${t(`custmodels.task.${m.task}`)}</td>
      <td>${fmtDate(Date.parse(m.card.trainedAt))}</td>
      <td class="num">${t(`custmodels.metric.${key}`)}: ${figureText(key, m.card.metrics[key])}</td>
      <td class="acts">
        ${active ? nothing : html`<button type="button" data-testid="custreg-activate" ?disabled=${this.busy} @click=${() => this.switchTo({ activate: m.id }, 'activate')}>${t('custreg.activate')}</button>`}
        <button type="button" data-testid="custreg-export" ?disabled=${this.busy} @click=${() => this.act(async () => { const f = await exportCustomerModel(currentSession(), m.id); download(new Blob([f.text], { type: 'application/json' }), f.name); return t('custreg.done.export', { id: m.id }); })}>${t('custreg.export')}</button>
        ${active ? nothing : html`<button type="button" data-testid="custreg-delete" ?disabled=${this.busy} @click=${() => this.act(async () => { await deleteCustomerModel(currentSession(), m.id); return t('custreg.done.delete', { id: m.id }); })}>${t('custreg.delete')}</button>`}
      </td></tr>`;
  }

  override render() {
    return html`<section aria-labelledby="custreg-h">
      <h3 id="custreg-h">${t('custreg.title')}</h3>
      <p class="help">${t('custreg.help')}</p>
      <div class="scroll" tabindex="0" role="region" aria-label=${t('custreg.caption')}><table data-testid="custreg-table">
        <caption>${t('custreg.caption')}</caption>
        <thead><tr><th scope="col">${t('custreg.model')}</th><th scope="col">${t('custreg.task')}</th><th scope="col">${t('custreg.trained')}</th><th scope="col" class="num">${t('custreg.figure')}</th><th scope="col">${t('custreg.actions')}</th></tr></thead>
        <tbody>${this.models.map((m) => this.row(m))}</tbody>
      </table></div>
      <div class="actions">
        ${CUSTOMER_TASKS.map((task) => (this.states[task]?.history.length ?? 0) > 0 ? html`<button type="button" data-testid="custreg-rollback-${task}" ?disabled=${this.busy} @click=${() => this.switchTo({ rollback: task }, 'rollback')}>${t('custreg.rollback', { task: t(`custmodels.task.${task}`) })}</button>` : nothing)}
        <label class="import">${t('custreg.import')}<input type="file" accept=".json,application/json" data-testid="custreg-import" ?disabled=${this.busy} @change=${(e: Event) => this.importFile(e)} /></label>
      </div>
      ${this.error ? html`<p role="alert" class="error" data-testid="custreg-error">${this.error}</p>` : nothing}
      ${this.status ? html`<p class="ok" role="status" data-testid="custreg-status">${this.status}</p>` : nothing}
    </section>`;
  }
}
customElements.define('ll-customer-registry', CustomerRegistry);
declare global { interface HTMLElementTagNameMap { 'll-customer-registry': CustomerRegistry } }
