/**
 * One scored single lead (leads/:id): reads it from leads-repo (Customer ID opened there) and shows the
 * same lead card body as a batch run's lead, its explanation recomputed with the model recorded on the lead.
 */
import { html } from 'lit';
import { getLead, type LeadRecord } from '../../../storage/leads-repo';
import { fmtDate, t } from '../../i18n/i18n';
import { href } from '../../routes';
import { LeadCardPage } from '../lead-card/lead-card-page';

export class LeadScreen extends LeadCardPage {
  static override properties = { lead: { state: true } };
  declare lead: LeadRecord | undefined;

  constructor() {
    super();
    this.lead = undefined;
  }

  protected async load(): Promise<void> {
    const id = Number(this.location?.params.id);
    this.lead = Number.isInteger(id) ? await getLead(id) : undefined;
    if (!this.lead) this.error = t('leads.notFound');
  }

  override render() {
    const l = this.lead;
    return this.page(html`<p><a href=${href('leads')}>${t('leads.back')}</a></p>`, l?.customerId, () => html`
      <p class="muted" data-testid="lead-saved-at">${t('leads.savedAt', { date: fmtDate(l?.createdAt ?? 0), model: l?.modelId ?? '' })}</p>
      <ll-lead-card-body .lead=${l} modelId=${l?.modelId ?? ''}></ll-lead-card-body>`);
  }
}
customElements.define('ll-lead-screen', LeadScreen);
declare global { interface HTMLElementTagNameMap { 'll-lead-screen': LeadScreen } }
