/** An honest empty state: a heading and an explanation, used wherever a feature has no data or is not built yet. */
import { LitElement, css, html } from 'lit';

export class EmptyState extends LitElement {
  static override properties = { heading: { type: String } };
  declare heading: string;

  static override styles = css`
    :host { display: block; padding: 2rem; border: 1px dashed var(--ll-8a97a8, #8a97a8); border-radius: 8px; background: var(--ll-ffffff, #fff); color: var(--ll-36424f, #36424f); }
    h2 { margin: 0 0 0.5rem; font-size: 1.15rem; }
  `;

  constructor() { super(); this.heading = ''; }

  override render() {
    return html`<h2>${this.heading}</h2><slot></slot>`;
  }
}
customElements.define('ll-empty-state', EmptyState);
declare global { interface HTMLElementTagNameMap { 'll-empty-state': EmptyState } }
