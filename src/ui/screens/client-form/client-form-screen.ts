/**
 * Add / edit client (issue #10). Required fields, email format, a registration date not in the future and
 * length limits are checked on submit (core/customers/client-validate.ts) and each error is shown beside its
 * field in the user's language, linked with aria-describedby, with focus moved to the first invalid field.
 * The Customer ID is the client's identity: it is typed once when adding (an existing ID is refused) and
 * read-only when editing. Routes: clients/new, clients/:id/edit.
 */
import { LitElement, html } from 'lit';
import { Router, type RouterLocation } from '@vaadin/router';
import { t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { engineErrorText } from '../../i18n/engine-errors';
import { href } from '../../routes';
import { clientsStyles } from '../clients/clients.styles';
import { fieldError } from '../client-card/client-orders';
import { clientIdFor, getClient, saveClient } from '../../../storage/clients-repo-card';
import { currentSession } from '../../../storage/session';
import { clientsChanged } from '../../../bridge/client-list-bridge';
import { dayOf } from '../../../core/customers/client-query';
import { isoDay, todayDay } from '../../../core/customers/days';
import { validateClient, type ClientFormValues, type FieldError } from '../../../core/customers/client-validate';

type Errors = Partial<Record<keyof ClientFormValues, FieldError | 'exists'>>;
const EMPTY: ClientFormValues = { customerId: '', firstName: '', lastName: '', email: '', registered: '', notes: '' };

export class ClientFormScreen extends LitElement {
  static override styles = clientsStyles;
  static override properties = { values: { state: true }, errors: { state: true }, error: { state: true }, loaded: { state: true }, saving: { state: true } };
  declare location: RouterLocation | undefined;
  declare values: ClientFormValues;
  declare errors: Errors;
  declare error: string;
  declare loaded: boolean;
  declare saving: boolean;

  constructor() {
    super();
    new LocaleController(this);
    this.location = undefined;
    this.values = { ...EMPTY };
    this.errors = {};
    this.error = '';
    this.loaded = false;
    this.saving = false;
  }

  private get key(): string | undefined {
    const id = this.location?.params.id;
    return id === undefined ? undefined : decodeURIComponent(String(id));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    if (!this.key) { this.loaded = true; return; }
    try {
      const c = await getClient(currentSession(), this.key);
      if (c) this.values = { customerId: c.customerId, firstName: c.firstName, lastName: c.lastName, email: c.email, registered: c.registeredDay === undefined ? '' : isoDay(c.registeredDay), notes: c.notes ?? '' };
      else this.error = t('client.notFound');
    } catch (e) {
      this.error = engineErrorText(e);
    }
    this.loaded = true;
  }

  private async submit(): Promise<void> {
    const errors: Errors = validateClient(this.values, todayDay());
    const s = currentSession();
    if (!this.key && !errors.customerId && (await clientIdFor(s, this.values.customerId)).exists) errors.customerId = 'exists';
    this.errors = errors;
    if (Object.keys(errors).length) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.saving = true;
    try {
      const v = this.values;
      const id = await saveClient(s, { customerId: v.customerId.trim(), firstName: v.firstName.trim(), lastName: v.lastName.trim(), email: v.email.trim(), notes: v.notes.trim(), registeredDay: dayOf(v.registered.trim()) });
      clientsChanged();
      Router.go(href(`clients/${encodeURIComponent(id)}`));
    } catch (e) {
      this.error = engineErrorText(e);
    } finally {
      this.saving = false;
    }
  }

  private field(k: keyof ClientFormValues, type: string, opts: { required?: boolean; readonly?: boolean; autocomplete?: string } = {}) {
    const id = `f-${k}`;
    const err = this.errors[k];
    const onInput = (e: Event) => { this.values = { ...this.values, [k]: (e.target as HTMLInputElement).value }; };
    const label = html`<label for=${id}>${t(`client.form.${k}`)}${opts.required ? html` <span aria-hidden="true">*</span>` : ''}</label>`;
    const common = { id, name: k, invalid: err ? 'true' : 'false', described: `${id}-err` };
    const control = type === 'textarea'
      ? html`<textarea id=${common.id} name=${common.name} rows="3" data-testid=${`client-${k}`} .value=${this.values[k]} aria-invalid=${common.invalid} aria-describedby=${common.described} @input=${onInput}></textarea>`
      : html`<input id=${common.id} name=${common.name} type=${type} data-testid=${`client-${k}`} .value=${this.values[k]} ?readonly=${opts.readonly} ?required=${opts.required}
          autocomplete=${opts.autocomplete ?? 'off'} max=${type === 'date' ? isoDay(todayDay()) : ''} aria-invalid=${common.invalid} aria-describedby=${common.described} @input=${onInput} />`;
    return html`<div class="field">${label}${control}${fieldError(id, err as FieldError | undefined)}</div>`;
  }

  override render() {
    const editing = this.key !== undefined;
    const back = editing ? href(`clients/${encodeURIComponent(this.key!)}`) : href('clients');
    return html`
      <p><a href=${back}>${editing ? t('client.backToCard') : t('client.back')}</a></p>
      <h1>${editing ? t('client.form.editTitle') : t('client.form.addTitle')}</h1>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : ''}
      ${!this.loaded ? html`<p role="status">${t('common.loading')}</p>` : html`
      <form class="card" novalidate data-testid="client-form" aria-label=${editing ? t('client.form.editTitle') : t('client.form.addTitle')}
        @submit=${(e: Event) => { e.preventDefault(); void this.submit(); }}>
        <p class="muted">${t('client.form.required')}</p>
        <div class="grid">
          ${this.field('customerId', 'text', { required: true, readonly: editing })}
          ${this.field('firstName', 'text', { required: true, autocomplete: 'off' })}
          ${this.field('lastName', 'text')}
          ${this.field('email', 'email', { required: true })}
          ${this.field('registered', 'date')}
        </div>
        ${this.field('notes', 'textarea')}
        <div class="row"><button type="submit" data-testid="client-save" ?disabled=${this.saving}>${t('client.form.save')}</button>
          <a class="btn secondary" href=${back}>${t('common.cancel')}</a></div>
      </form>`}
    `;
  }
}
customElements.define('ll-client-form-screen', ClientFormScreen);
declare global { interface HTMLElementTagNameMap { 'll-client-form-screen': ClientFormScreen } }
