/**
 * Dashboard tile "Leads stored": how many single leads this browser has scored and their split by segment,
 * read from leads-repo. Zero is shown honestly as an empty state with a way to start.
 */
import { LitElement, html } from 'lit';
import { tileStyles } from './tile.styles';
import { countLeads, countLeadsBySegment } from '../../../storage/leads-repo';
import type { Segment } from '../../../core/lead';
import { t, tn } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { DataChangeController } from '../../controllers/data-change';
import { href } from '../../routes';
import { segmentLabel } from '../../components/lead-form/labels';
import '../../components/segment-bars/segment-bars';

const COLORS: Record<Segment, string> = { High: '#1b7f3b', Medium: '#b26a00', Low: '#5a6b7d' };

export class LeadsTile extends LitElement {
  static override properties = { total: { state: true }, bySegment: { state: true }, error: { state: true } };
  declare total: number | undefined;
  declare bySegment: Record<Segment, number> | undefined;
  declare error: string;

  static override styles = tileStyles;

  constructor() {
    super();
    new LocaleController(this);
    new DataChangeController(this, () => void this.load(), ['leads']);
    this.total = undefined;
    this.bySegment = undefined;
    this.error = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const [total, bySegment] = await Promise.all([countLeads(), countLeadsBySegment()]);
      this.total = total;
      this.bySegment = bySegment;
    } catch (e) {
      this.error = t('dash.error', { message: (e as Error).message });
    }
  }

  override render() {
    const head = html`<h2 id="leads-h">${t('dash.leads.title')}</h2>`;
    if (this.error) return html`${head}<p role="alert">${this.error}</p>`;
    if (this.total === undefined || !this.bySegment) return html`${head}<p role="status">${t('common.loading')}</p>`;
    if (this.total === 0) {
      return html`${head}<p data-testid="leads-empty">${t('dash.leads.empty')}</p>
        <p><a href=${href('score')}>${t('dash.go.score')}</a> · <a href=${href('batch')}>${t('dash.go.batch')}</a></p>`;
    }
    const bars = (['High', 'Medium', 'Low'] as const).map((s) => ({ label: segmentLabel(s), value: this.bySegment![s], color: COLORS[s] }));
    return html`${head}
      <p class="big" data-testid="leads-count" data-count=${String(this.total)}>${this.total}</p>
      <p>${tn('dash.leads.count', this.total)}</p>
      <ll-segment-bars .bars=${bars} heading=${t('dash.leads.bySegment')}></ll-segment-bars>
      <p><a href=${href('score')}>${t('dash.go.score')}</a> · <a href=${href('batch')}>${t('dash.go.batch')}</a></p>`;
  }
}
customElements.define('ll-leads-tile', LeadsTile);
declare global { interface HTMLElementTagNameMap { 'll-leads-tile': LeadsTile } }
