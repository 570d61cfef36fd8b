/**
 * The lead form, generated from the model card's fields: translated labels with units and ranges,
 * <select>s for categories, text inputs with numeric keyboards (so a typo is reported, not silently
 * dropped as type=number does), inline errors tied to each control. Stateless about values: the screen
 * owns them, this element reports `lead-change` and `lead-submit`.
 */
import { LitElement, html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FieldSpec } from '../../../core/card/types';
import { fmtNumber, t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { categoryLabel, fieldLabel, unitLabel } from './labels';
import { leadFormStyles } from './lead-form.styles';

import type { FormValues, LeadChangeDetail } from './types';

export type { FormValues, LeadChangeDetail };

export class LeadForm extends LitElement {
  static override styles = leadFormStyles;
  static override properties = {
    fields: { attribute: false },
    values: { attribute: false },
    errors: { attribute: false },
    defaults: { attribute: false },
    busy: { type: Boolean },
  };
  declare fields: FieldSpec[];
  declare values: FormValues;
  declare errors: Record<string, string>;
  declare defaults: Record<string, number | string | null>;
  declare busy: boolean;

  constructor() {
    super();
    new LocaleController(this);
    this.fields = [];
    this.values = {};
    this.errors = {};
    this.defaults = {};
    this.busy = false;
  }

  /** Moves focus to the first control with an error (after a failed submit). */
  async focusFirstError(): Promise<void> {
    await this.updateComplete;
    const name = this.fields.find((f) => this.errors[f.name])?.name;
    if (name) this.renderRoot.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`)?.focus();
  }

  private onInput(e: Event): void {
    const el = e.target as HTMLInputElement | HTMLSelectElement;
    if (!el.name) return;
    this.dispatchEvent(new CustomEvent<LeadChangeDetail>('lead-change', { detail: { name: el.name, value: el.value }, bubbles: true, composed: true }));
  }

  private onSubmit(e: Event): void {
    e.preventDefault();
    this.dispatchEvent(new CustomEvent('lead-submit', { bubbles: true, composed: true }));
  }

  private onReset(): void {
    this.dispatchEvent(new CustomEvent('lead-reset', { bubbles: true, composed: true }));
  }

  private hint(f: FieldSpec): string {
    const parts: string[] = [];
    if (f.type === 'id') return t('score.customerIdHint');
    if (f.min !== undefined && f.max !== undefined) parts.push(t('score.range', { min: f.min, max: f.max }));
    else if (f.min !== undefined) parts.push(t('score.rangeMin', { min: f.min }));
    if (!f.required && f.type === 'category') parts.push(t('score.optional'));
    else if (!f.required) {
      const d = this.defaults[f.name] ?? f.default ?? null;
      const shown = typeof d === 'number' ? fmtNumber(d) : String(d ?? '');
      parts.push(`${t('score.optional')}, ${t('score.defaultHint', { value: shown })}`);
    }
    return parts.join('; ');
  }

  private control(f: FieldSpec) {
    const id = `f-${f.name}`;
    const err = this.errors[f.name];
    const describedBy = `h-${f.name}${err ? ` e-${f.name}` : ''}`;
    const value = this.values[f.name] ?? '';
    if (f.type === 'category') {
      return html`<select id=${id} name=${f.name} aria-describedby=${describedBy} aria-invalid=${err ? 'true' : 'false'} .value=${live(value)}>
        ${f.required ? nothing : html`<option value="" ?selected=${value === ''}>${categoryLabel(f.name, null)}</option>`}
        ${(f.categories ?? []).map((c) => html`<option value=${c} ?selected=${value === c}>${categoryLabel(f.name, c)}</option>`)}
      </select>`;
    }
    const mode = f.type === 'integer' ? 'numeric' : f.type === 'number' ? 'decimal' : 'text';
    return html`<input id=${id} name=${f.name} type="text" inputmode=${mode} autocomplete="off" spellcheck="false"
      aria-describedby=${describedBy} aria-invalid=${err ? 'true' : 'false'} ?required=${f.required} .value=${live(value)} />`;
  }

  private field(f: FieldSpec) {
    const err = this.errors[f.name];
    const unit = unitLabel(f.unit);
    return html`<div class="field ${err ? 'invalid' : ''}">
      <label for=${`f-${f.name}`}>${fieldLabel(f.name)}${unit ? html` <span class="unit">(${unit})</span>` : nothing}</label>
      ${this.control(f)}
      <p class="hint" id=${`h-${f.name}`}>${this.hint(f)}</p>
      ${err ? html`<p class="error" id=${`e-${f.name}`} data-testid=${`field-error-${f.name}`}>${err}</p>` : nothing}
    </div>`;
  }

  override render() {
    const profile = this.fields.filter((f) => !f.required);
    const behaviour = this.fields.filter((f) => f.required);
    return html`
      <form data-testid="lead-form" novalidate aria-label=${t('score.formLabel')} @input=${this.onInput} @change=${this.onInput} @submit=${this.onSubmit}>
        ${profile.length ? html`<fieldset><legend>${t('score.group.profile')}</legend><div class="grid">${profile.map((f) => this.field(f))}</div></fieldset>` : nothing}
        ${behaviour.length ? html`<fieldset><legend>${t('score.group.behaviour')}</legend><div class="grid">${behaviour.map((f) => this.field(f))}</div></fieldset>` : nothing}
        <div class="actions">
          <button type="submit" data-testid="score-submit" ?disabled=${this.busy} aria-disabled=${this.busy ? 'true' : 'false'}>${this.busy ? t('score.scoring') : t('score.submit')}</button>
          <button type="button" class="secondary" @click=${this.onReset}>${t('score.reset')}</button>
        </div>
      </form>
    `;
  }
}
customElements.define('ll-lead-form', LeadForm);
declare global { interface HTMLElementTagNameMap { 'll-lead-form': LeadForm } }
