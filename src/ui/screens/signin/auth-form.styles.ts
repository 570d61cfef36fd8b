/** Shared look of the auth screens and admin forms: a card with labelled fields, clear errors and focus rings. */
import { css } from 'lit';

export const authFormStyles = css`
  :host { display: block; color: var(--ll-1a1a1a, #1a1a1a); }
  .card { max-width: 34rem; margin: 2rem auto; background: var(--ll-ffffff, #fff); border: 1px solid var(--ll-c9d2dc, #c9d2dc); border-radius: 8px; padding: 1.25rem 1.5rem; }
  h1 { font-size: 1.4rem; margin: 0 0 0.5rem; }
  h2 { font-size: 1.15rem; margin: 1rem 0 0.5rem; }
  form { display: flex; flex-direction: column; gap: 0.75rem; }
  label { display: flex; flex-direction: column; gap: 0.25rem; font-weight: 600; }
  input, select { font: inherit; padding: 0.45rem 0.5rem; border: 1px solid var(--ll-5b6b7c, #5b6b7c); border-radius: 6px; font-weight: 400; }
  input:focus-visible, select:focus-visible, button:focus-visible { outline: 3px solid var(--ll-b35c00, #b35c00); outline-offset: 2px; }
  button { font: inherit; padding: 0.5rem 1rem; border-radius: 6px; cursor: pointer; border: 2px solid var(--ll-1f4e79, #1f4e79); background: var(--ll-1f4e79, #1f4e79); color: var(--ll-ffffff, #fff); align-self: flex-start; }
  button.secondary { background: var(--ll-ffffff, #fff); color: var(--ll-1f4e79, #1f4e79); }
  button.danger { background: var(--ll-ffffff, #fff); color: var(--ll-9b1c1c, #9b1c1c); border-color: var(--ll-9b1c1c, #9b1c1c); }
  button:disabled { opacity: 0.75; cursor: progress; }
  .hint { font-size: 0.9rem; color: var(--ll-3d4a57, #3d4a57); margin: 0; }
  .error { color: var(--ll-9b1c1c, #9b1c1c); font-weight: 600; margin: 0; }
  .ok { color: var(--ll-1d5e2c, #1d5e2c); margin: 0; }
  .busy { color: var(--ll-1f4e79, #1f4e79); margin: 0; }
  table { border-collapse: collapse; width: 100%; background: var(--ll-ffffff, #fff); }
  th, td { text-align: left; padding: 0.4rem 0.5rem; border-bottom: 1px solid var(--ll-d5dde6, #d5dde6); vertical-align: middle; }
  th { background: var(--ll-eef2f6, #eef2f6); }
  .row-actions { display: flex; gap: 0.4rem; flex-wrap: wrap; }
  .row-actions button { padding: 0.25rem 0.6rem; font-size: 0.9rem; }
  /* Phones: wide tables (users, audit) scroll inside themselves, not the page. */
  @media (max-width: 48rem) { table { display: block; overflow-x: auto; max-width: 100%; } }
`;
