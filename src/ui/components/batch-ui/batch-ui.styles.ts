/**
 * Shared look of the batch screens and their components (buttons, tables, form rows, status text), so the
 * upload, runs, run-detail and lead-card views stay consistent and meet contrast rules in one place.
 */
import { css } from 'lit';

export const batchUiStyles = css`
  :host { display: block; color: #1d2733; }
  h1 { font-size: 1.5rem; margin: 0 0 1rem; }
  h2 { font-size: 1.2rem; margin: 1.5rem 0 0.5rem; }
  h3 { font-size: 1rem; margin: 1rem 0 0.4rem; }
  button, .btn { font: inherit; padding: 0.4rem 0.9rem; border-radius: 6px; border: 1px solid #1f4e79; background: #1f4e79; color: #fff; cursor: pointer; text-decoration: none; display: inline-block; }
  button.secondary, .btn.secondary { background: #fff; color: #1f4e79; }
  button.danger { background: #a4161a; border-color: #a4161a; }
  button:disabled { background: #6b7785; border-color: #6b7785; color: #fff; cursor: not-allowed; }
  button:focus-visible, .btn:focus-visible, select:focus-visible, input:focus-visible, a:focus-visible { outline: 3px solid #f4b400; outline-offset: 2px; }
  select, input[type='text'], input[type='number'], input[type='search'] { font: inherit; padding: 0.3rem 0.4rem; border: 1px solid #6b7785; border-radius: 4px; background: #fff; color: #1d2733; }
  label { font-weight: 500; }
  .row { display: flex; flex-wrap: wrap; gap: 0.75rem 1.25rem; align-items: flex-end; margin: 0.5rem 0; }
  .field { display: flex; flex-direction: column; gap: 0.25rem; }
  .inline { display: inline-flex; gap: 0.4rem; align-items: center; }
  table { border-collapse: collapse; font-size: 0.9rem; }
  th, td { border-bottom: 1px solid #d5dbe3; padding: 0.3rem 0.6rem; text-align: left; white-space: nowrap; }
  th { background: #eef2f7; font-weight: 600; }
  td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
  .scroll { overflow: auto; max-width: 100%; border: 1px solid #d5dbe3; border-radius: 6px; }
  .card { background: #fff; border: 1px solid #d5dbe3; border-radius: 8px; padding: 1rem; margin: 0.75rem 0; }
  .error { color: #a4161a; font-weight: 600; }
  .warn { background: #fff4ce; border: 1px solid #8a6d00; border-radius: 6px; padding: 0.5rem 0.75rem; color: #3d3000; }
  .muted { color: #4a5868; }
  .stats { display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: 0.5rem; margin: 0; }
  .stats div { background: #f4f7fb; border-radius: 6px; padding: 0.5rem 0.75rem; }
  .stats dt { font-size: 0.8rem; color: #4a5868; }
  .stats dd { margin: 0; font-size: 1.2rem; font-weight: 600; font-variant-numeric: tabular-nums; }
  .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  a { color: #1f4e79; }
`;
