/** Styles of the lead form: a responsive grid of labelled fields, visible focus, high-contrast errors. */
import { css } from 'lit';

export const leadFormStyles = css`
  :host { display: block; }
  form { display: grid; gap: 1rem; }
  fieldset { border: 1px solid var(--ll-c5ced9, #c5ced9); border-radius: 8px; padding: 0.75rem 1rem 1rem; margin: 0; background: var(--ll-ffffff, #fff); }
  legend { font-weight: 600; padding: 0 0.25rem; color: var(--ll-1a1a1a, #1a1a1a); }
  .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); gap: 0.75rem 1rem; }
  .field { display: flex; flex-direction: column; gap: 0.2rem; }
  label { font-weight: 500; color: var(--ll-1a1a1a, #1a1a1a); }
  .unit { font-weight: 400; color: var(--ll-47505c, #47505c); }
  input, select { font: inherit; padding: 0.4rem 0.5rem; border: 1px solid var(--ll-6b7785, #6b7785); border-radius: 4px; background: var(--ll-ffffff, #fff); color: var(--ll-1a1a1a, #1a1a1a); min-width: 0; }
  input:focus-visible, select:focus-visible, button:focus-visible { outline: 3px solid var(--ll-1f4e79, #1f4e79); outline-offset: 1px; }
  .invalid input, .invalid select { border-color: var(--ll-b00020, #b00020); border-width: 2px; }
  .hint { margin: 0; font-size: 0.85rem; color: var(--ll-47505c, #47505c); }
  .error { margin: 0; font-size: 0.9rem; color: var(--ll-b00020, #b00020); font-weight: 500; }
  .actions { display: flex; gap: 0.75rem; flex-wrap: wrap; align-items: center; }
  button { font: inherit; padding: 0.55rem 1.1rem; border-radius: 6px; border: 1px solid var(--ll-1f4e79, #1f4e79); cursor: pointer; }
  button[type='submit'] { background: var(--ll-1f4e79, #1f4e79); color: var(--ll-ffffff, #fff); font-weight: 600; }
  button[type='submit'][disabled] { background: var(--ll-5a6b7d, #5a6b7d); border-color: var(--ll-5a6b7d, #5a6b7d); cursor: progress; }
  button.secondary { background: var(--ll-ffffff, #fff); color: var(--ll-1f4e79, #1f4e79); }
`;
