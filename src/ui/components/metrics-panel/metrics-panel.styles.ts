/** Styles of the metrics panel. */
import { css } from 'lit';

export const metricsPanelStyles = css`
  :host { display: block; background: var(--ll-ffffff, #fff); border: 1px solid var(--ll-d5dbe3, #d5dbe3); border-radius: 8px; padding: 1rem; margin: 0.75rem 0; }
  h2 { font-size: 1.15rem; margin: 0 0 0.5rem; }
  h3 { font-size: 1rem; margin: 1rem 0 0.4rem; }
  dl { display: grid; grid-template-columns: repeat(auto-fit, minmax(8rem, 1fr)); gap: 0.5rem; margin: 0; }
  dl div { background: var(--ll-f4f7fb, #f4f7fb); border-radius: 6px; padding: 0.4rem 0.6rem; }
  dt { font-size: 0.8rem; color: var(--ll-4a5868, #4a5868); }
  dd { margin: 0; font-weight: 600; font-variant-numeric: tabular-nums; }
  table { border-collapse: collapse; font-size: 0.9rem; }
  th, td { border-bottom: 1px solid var(--ll-d5dbe3, #d5dbe3); padding: 0.25rem 0.6rem; text-align: right; font-variant-numeric: tabular-nums; }
  th { background: var(--ll-eef2f7, #eef2f7); }
  th[scope='row'] { text-align: left; }
  .wrap { display: flex; flex-wrap: wrap; gap: 2rem; }
  .wrap > * { min-width: 0; max-width: 100%; overflow-x: auto; }
  p { color: var(--ll-4a5868, #4a5868); font-size: 0.85rem; }
`;
