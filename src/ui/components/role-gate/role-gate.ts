/**
 * Role gating in the UI (#13): an analyst is not offered what only an administrator may do. A screen either
 * leaves the action out and says why once (`<ll-role-note>`), or shows it disabled with the reason on hover and
 * focus (`<ll-gated-button>`: focusable, aria-disabled, reason linked by aria-describedby). This is only
 * courtesy: the data API (storage/session requireAdmin) still refuses the call and the refusal is audited.
 */
import { LitElement, css, html } from 'lit';
import { currentSession } from '../../../storage/session';

/** True when the signed-in user may run admin-only actions (the data API decides; this only shapes the UI). */
export const canAdmin = (): boolean => currentSession()?.role === 'admin';

const base = css`
  :host { display: inline-block; position: relative; }
  .note { margin: 0.25rem 0; color: var(--ll-36424f, #36424f); font-size: 0.95rem; }
  button { font: inherit; padding: 0.35rem 0.8rem; border-radius: 6px; border: 1px solid var(--ll-6b7785, #6b7785);
    background: var(--ll-eef2f7, #eef2f7); color: var(--ll-36424f, #36424f); cursor: not-allowed; }
  button:focus-visible { outline: 3px solid var(--ll-1f4e79, #1f4e79); outline-offset: 2px; }
  .tip { position: absolute; left: 0; top: calc(100% + 4px); z-index: 5; width: max-content; max-width: 16rem;
    padding: 0.35rem 0.55rem; border-radius: 6px; background: var(--ll-1a1a1a, #1a1a1a); color: var(--ll-ffffff, #fff);
    font-size: 0.85rem; visibility: hidden; }
  :host(:hover) .tip, :host(:focus-within) .tip { visibility: visible; }
`;

/** One sentence saying an action is left out for this role, and why. */
export class RoleNote extends LitElement {
  static override styles = [base, css`:host { display: block; }`];
  static override properties = { text: { type: String } };
  declare text: string;
  constructor() { super(); this.text = ''; }
  override render() { return html`<p class="note" data-testid="role-note"><span aria-hidden="true">🔒 </span>${this.text}</p>`; }
}

/** A visibly unavailable action: focusable so keyboard and screen-reader users reach the reason too. */
export class GatedButton extends LitElement {
  static override styles = base;
  static override properties = { label: { type: String }, reason: { type: String }, testid: { type: String } };
  declare label: string;
  declare reason: string;
  declare testid: string;
  constructor() { super(); this.label = ''; this.reason = ''; this.testid = 'gated'; }
  override render() {
    return html`<button type="button" aria-disabled="true" aria-describedby="why" data-testid=${this.testid}
      @click=${(e: Event) => e.preventDefault()}>${this.label}</button><span id="why" role="tooltip" class="tip">${this.reason}</span>`;
  }
}
customElements.define('ll-role-note', RoleNote);
customElements.define('ll-gated-button', GatedButton);
declare global { interface HTMLElementTagNameMap { 'll-role-note': RoleNote; 'll-gated-button': GatedButton } }
