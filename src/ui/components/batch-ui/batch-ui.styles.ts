/**
 * Shared look of the batch screens and their components (buttons, tables, form rows, status text), so the
 * upload, runs, run-detail and lead-card views stay consistent and meet contrast rules in one place.
 */
import { css } from 'lit';

export const batchUiStyles = css`
  :host { display: block; color: var(--ll-1d2733, #1d2733); }
  h1 { font-size: 1.5rem; margin: 0 0 1rem; }
  h2 { font-size: 1.2rem; margin: 1.5rem 0 0.5rem; }
  h3 { font-size: 1rem; margin: 1rem 0 0.4rem; }
  button, .btn { font: inherit; padding: 0.4rem 0.9rem; border-radius: 6px; border: 1px solid var(--ll-1f4e79, #1f4e79); background: var(--ll-1f4e79, #1f4e79); color: var(--ll-ffffff, #fff); cursor: pointer; text-decoration: none; display: inline-block; }
  button.secondary, .btn.secondary { background: var(--ll-ffffff, #fff); color: var(--ll-1f4e79, #1f4e79); }
  button.danger { background: var(--ll-a4161a, #a4161a); border-color: var(--ll-a4161a, #a4161a); }
  button:disabled { background: var(--ll-6b7785, #6b7785); border-color: var(--ll-6b7785, #6b7785); color: var(--ll-ffffff, #fff); cursor: not-allowed; }
  button:focus-visible, .btn:focus-visible, select:focus-visible, input:focus-visible, a:focus-visible { outline: 3px solid var(--ll-f4b400, #f4b400); outline-offset: 2px; }
  select, input[type='text'], input[type='number'], input[type='search'] { font: inherit; padding: 0.3rem 0.4rem; border: 1px solid var(--ll-6b7785, #6b7785); border-radius: 4px; background: var(--ll-ffffff, #fff); color: var(--ll-1d2733, #1d2733); }
  label { font-weight: 500; }
  .row { display: flex; flex-wrap: wrap; gap: 0.75rem 1.25rem; align-items: flex-end; margin: 0.5rem 0; }
  .field { display: flex; flex-direction: column; gap: 0.25rem; }
  .inline { display: inline-flex; gap: 0.4rem; align-items: center; }
  table { border-collapse: collapse; font-size: 0.9rem; }
  th, td { border-bottom: 1px solid var(--ll-d5dbe3, #d5dbe3); padding: 0.3rem 0.6rem; text-align: left; white-space: nowrap; }
  th { background: var(--ll-eef2f7, #eef2f7); font-weight: 600; }
  td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
  .scroll { overflow: auto; max-width: 100%; border: 1px solid var(--ll-d5dbe3, #d5dbe3); border-radius: 6px; }
  .card { background: var(--ll-ffffff, #fff); border: 1px solid var(--ll-d5dbe3, #d5dbe3); border-radius: 8px; padding: 1rem; margin: 0.75rem 0; }
  .error { color: var(--ll-a4161a, #a4161a); font-weight: 600; }
  .warn { background: var(--ll-fff4ce, #fff4ce); border: 1px solid var(--ll-8a6d00, #8a6d00); border-radius: 6px; padding: 0.5rem 0.75rem; color: var(--ll-3d3000, #3d3000); }
  .muted { color: var(--ll-4a5868, #4a5868); }
  .stats { display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: 0.5rem; margin: 0; }
  .stats div { background: var(--ll-f4f7fb, #f4f7fb); border-radius: 6px; padding: 0.5rem 0.75rem; }
  .stats dt { font-size: 0.8rem; color: var(--ll-4a5868, #4a5868); }
  .stats dd { margin: 0; font-size: 1.2rem; font-weight: 600; font-variant-numeric: tabular-nums; }
  .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  a { color: var(--ll-1f4e79, #1f4e79); }
`;
