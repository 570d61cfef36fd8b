/**
 * The last saved leads (newest first), so a scored lead is visibly still there after a reload.
 * A table: Customer ID (opens the lead's card), score, segment, saved at; each row carries data-testid="recent-lead".
 * A link leads to the full list of scored leads (search, sort, export, delete).
 */
import { LitElement, html } from 'lit';
import type { LeadRecord } from '../../../storage/leads-repo';
import { fmtDate, fmtPercent, t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { segmentLabel } from '../lead-form/labels';
import { href } from '../../routes';
import { recentLeadsStyles } from './recent-leads.styles';

export class RecentLeads extends LitElement {
  static override styles = recentLeadsStyles;
  static override properties = { leads: { attribute: false } };
  declare leads: LeadRecord[];

  constructor() {
    super();
    new LocaleController(this);
    this.leads = [];
  }

  override render() {
    return html`<section data-testid="recent-leads" aria-labelledby="recent-h">
      <h2 id="recent-h">${t('recent.title')}</h2>
      ${this.leads.length === 0
        ? html`<p>${t('recent.empty')}</p>`
        : html`<table>
            <thead><tr><th scope="col">${t('recent.id')}</th><th scope="col">${t('recent.score')}</th><th scope="col">${t('recent.segment')}</th><th scope="col">${t('recent.date')}</th></tr></thead>
            <tbody>${this.leads.map((l) => html`<tr data-testid="recent-lead" data-id=${String(l.id ?? '')}>
              <th scope="row"><a href=${href(`leads/${l.id}`)} data-testid="recent-lead-link">${l.customerId}</a></th>
              <td class="num">${fmtPercent(l.score)}</td>
              <td>${segmentLabel(l.segment)}</td>
              <td>${fmtDate(l.createdAt)}</td>
            </tr>`)}</tbody>
          </table>
          <p><a href=${href('leads')} data-testid="recent-all">${t('leads.recentAll')}</a></p>`}
    </section>`;
  }
}
customElements.define('ll-recent-leads', RecentLeads);
declare global { interface HTMLElementTagNameMap { 'll-recent-leads': RecentLeads } }
