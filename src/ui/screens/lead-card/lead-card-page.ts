/**
 * What the two lead card routes share around the card body: the router location, loading on connect, one
 * error line, and the page frame (back link, "Lead {id}" heading, then the body, an error or "Loading").
 * A batch run's lead (lead-card-screen.ts) and a single scored lead (leads/lead-screen.ts) only say where the
 * lead comes from.
 */
import { LitElement, html, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { RouterLocation } from '@vaadin/router';
import { t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { leadCardStyles } from './lead-card-screen.styles';
import './lead-card-body';

export abstract class LeadCardPage extends LitElement {
  static override styles = leadCardStyles;
  static override properties: PropertyDeclarations = { error: { state: true } };
  declare location: RouterLocation | undefined;
  declare error: string;

  constructor() {
    super();
    new LocaleController(this);
    this.location = undefined;
    this.error = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.load().catch((err: unknown) => { this.error = t('common.error', { message: (err as Error).message }); });
  }

  /** Reads the lead (and what it belongs to); sets `error` when it is not there. */
  protected abstract load(): Promise<void>;

  /** The frame: back link, then the error, "Loading" (no customer id yet) or the heading and the card. */
  protected page(back: TemplateResult | string, customerId: string | undefined, card: () => TemplateResult): TemplateResult {
    if (this.error) return html`${back}<h1>${t('batch.lead.title')}</h1><p class="error" role="alert">${this.error}</p>`;
    if (customerId === undefined) return html`<h1>${t('batch.lead.title')}</h1><p role="status">${t('common.loading')}</p>`;
    return html`${back}<h1>${t('batch.lead.heading', { id: customerId })}</h1>${card()}`;
  }
}
