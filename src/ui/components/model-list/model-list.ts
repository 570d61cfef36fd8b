/**
 * The conversion model registry: every built-in and browser-trained model with its algorithm, validation
 * ROC AUC and Brier, creation date and author, which one is active; Activate, Roll back, Export, Delete and
 * Import. Buttons appear only where the action is allowed; storage re-checks the admin role and the rules.
 */
import { LitElement, html, nothing } from 'lit';
import type { RegistryModel } from '../../../core/training/types';
import { activateModel, deleteModel, exportModel, importModel, rollbackModel } from '../../../storage/models/models-repo';
import { currentSession } from '../../../storage/session';
import { fmtDate, fmtNumber, t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import type { RegistryView } from '../../screens/models/registry-view';
import { modelsErrorText } from '../../screens/models/errors';
import { download } from '../batch-ui/card-info';
import { trainingPanelStyles } from '../training-panel/training-panel.styles';
import { modelListStyles } from './model-list.styles';

function valMetric(m: RegistryModel, k: 'rocAuc' | 'brier'): string {
  const v = (m.card.metrics.validation as { calibrated?: Record<string, number> } | undefined)?.calibrated?.[k];
  return typeof v === 'number' ? fmtNumber(v, { maximumFractionDigits: 4, minimumFractionDigits: 4 }) : '—';
}

export class ModelList extends LitElement {
  static override styles = [trainingPanelStyles, modelListStyles];
  static override properties = { view: { attribute: false }, error: { state: true }, status: { state: true } };
  declare view: RegistryView | undefined;
  declare error: string;
  declare status: string;

  constructor() {
    super();
    new LocaleController(this);
    this.view = undefined;
    this.error = '';
    this.status = '';
  }

  private async act(fn: () => Promise<unknown>, done: string): Promise<void> {
    this.error = '';
    this.status = '';
    try {
      await fn();
      this.status = done;
      this.dispatchEvent(new CustomEvent('registry-changed', { bubbles: true, composed: true }));
    } catch (e) {
      this.error = modelsErrorText(e);
    }
  }

  private builtInIds(): string[] { return this.view?.builtIns.map((m) => m.id) ?? []; }

  private activate(m: RegistryModel): Promise<void> {
    const v = this.view!;
    return this.act(() => activateModel(currentSession(), 'conversion', m.id, { champion: v.champion, builtIns: this.builtInIds(), detail: { from: 'registry' } }), t('models.activated', { id: m.id }));
  }

  private async importFile(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    const v = this.view;
    const base = v?.builtIns.find((m) => m.id === v.champion)?.card;
    if (!file || !base) return;
    const text = await file.text();
    await this.act(() => importModel(currentSession(), text, base, this.builtInIds()), t('models.imported', { name: file.name }));
  }

  private row(m: RegistryModel, v: RegistryView) {
    const active = m.id === v.activeId;
    const canActivate = !active && (m.builtIn || m.gate?.allowed !== false);
    return html`<tr data-testid=${`model-row-${m.id}`}>
      <th scope="row"><code>${m.id}</code>${active ? html` <strong class="badge" data-testid="active-badge">${t('models.list.active')}</strong>` : nothing}
        <div class="detail">${m.builtIn ? t('models.list.builtIn') : t(`models.kind.${m.kind}`)}</div></th>
      <td>${valMetric(m, 'rocAuc')}</td>
      <td>${valMetric(m, 'brier')}</td>
      <td>${m.builtIn ? t('models.list.shipped') : fmtDate(m.createdAt)}</td>
      <td class="acts">
        ${canActivate ? html`<button type="button" data-testid=${`activate-${m.id}`} @click=${() => this.activate(m)}>${t('models.activate')}</button>` : nothing}
        ${!m.builtIn ? html`<button type="button" @click=${() => this.act(async () => { const f = await exportModel(currentSession(), m.id); download(new Blob([f.text], { type: 'application/json' }), f.name); }, t('models.exported', { id: m.id }))}>${t('models.export')}</button>` : nothing}
        ${!m.builtIn && !active ? html`<button type="button" data-testid=${`delete-${m.id}`} @click=${() => this.act(() => deleteModel(currentSession(), m.id, v.champion), t('models.deleted', { id: m.id }))}>${t('models.delete')}</button>` : nothing}
      </td>
    </tr>`;
  }

  override render() {
    const v = this.view;
    if (!v) return html`<p role="status">${t('models.loading')}</p>`;
    const canRollback = (v.state?.history.length ?? 0) > 0;
    return html`<section aria-labelledby="reg-h">
      <h2 id="reg-h">${t('models.list.title')}</h2>
      <p class="help">${t('models.list.help')}</p>
      <div class="scroll"><table>
        <caption>${t('models.list.caption')}</caption>
        <thead><tr><th scope="col">${t('models.list.model')}</th><th scope="col">${t('models.list.auc')}</th><th scope="col">${t('models.list.brier')}</th><th scope="col">${t('models.list.created')}</th><th scope="col">${t('models.list.actions')}</th></tr></thead>
        <tbody>${[...v.builtIns, ...v.stored].map((m) => this.row(m, v))}</tbody>
      </table></div>
      <div class="actions">
        ${canRollback ? html`<button type="button" data-testid="rollback" @click=${() => this.act(() => rollbackModel(currentSession(), 'conversion', this.builtInIds()), t('models.rolledBack'))}>${t('models.rollback')}</button>` : nothing}
        <label class="import">${t('models.import')}<input type="file" accept=".json,application/json" data-testid="model-import" @change=${(e: Event) => this.importFile(e)} /></label>
      </div>
      ${this.error ? html`<p role="alert" class="error" data-testid="registry-error">${this.error}</p>` : nothing}
      ${this.status ? html`<p class="ok" role="status" data-testid="registry-status">${this.status}</p>` : nothing}
    </section>`;
  }
}
customElements.define('ll-model-list', ModelList);
declare global { interface HTMLElementTagNameMap { 'll-model-list': ModelList } }
