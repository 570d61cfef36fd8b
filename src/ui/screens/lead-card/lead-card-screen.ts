/**
 * One lead of a batch run (runs/:id/leads/:row): reads the run's row and shows the shared lead card body
 * (lead-card-body.ts: score, explanation recomputed with the run's model, inputs, cluster profile, history).
 * The single leads scored from the form open the same body at leads/:id (screens/leads/lead-screen.ts).
 */
import { html } from 'lit';
import type { LeadRow, RunRecord } from '../../../bridge/batch-contract';
import { getRun, openRunView } from '../../../storage/runs-repo';
import { t } from '../../i18n/i18n';
import { href } from '../../routes';
import { LeadCardPage } from './lead-card-page';

export class LeadCardScreen extends LeadCardPage {
  static override properties = { run: { state: true }, lead: { state: true } };
  declare run: RunRecord | undefined;
  declare lead: LeadRow | undefined;

  constructor() {
    super();
    this.run = undefined;
    this.lead = undefined;
  }

  protected async load(): Promise<void> {
    const id = String(this.location?.params.id ?? '');
    const index = Number(this.location?.params.row ?? -1);
    const run = await getRun(id);
    if (!run) { this.error = t('batch.detail.notFound'); return; }
    this.run = run;
    const view = await openRunView(id);
    let rows: LeadRow[];
    try { rows = await view.rows(index, 1); } finally { view.close(); }
    this.lead = rows[0];
    if (!this.lead) this.error = t('batch.lead.notFound');
  }

  override render() {
    const r = this.run;
    const back = r ? html`<p><a href=${href(`runs/${r.id}`)}>${t('batch.lead.back', { name: r.name })}</a></p>` : '';
    return this.page(back, this.lead?.customerId, () => html`<ll-lead-card-body .lead=${this.lead} modelId=${r?.modelId ?? ''}></ll-lead-card-body>`);
  }
}
customElements.define('ll-lead-card-screen', LeadCardScreen);
declare global { interface HTMLElementTagNameMap { 'll-lead-card-screen': LeadCardScreen } }
