/** Styles shared by the run's model-quality block and the Models panel's Monitoring list. */
import { css } from 'lit';

export const monitoringStyles = css`
  :host { display: block; background: var(--ll-surface, var(--ll-ffffff, #fff)); border: 1px solid var(--ll-d5dbe3, #d5dbe3); border-radius: 8px; padding: 1rem; margin: 0.75rem 0; min-width: 0; }
  h2 { font-size: 1.15rem; margin: 0 0 0.5rem; }
  h3 { font-size: 1rem; margin: 0.75rem 0 0.3rem; }
  p { color: var(--ll-36424f, #36424f); font-size: 0.9rem; }
  .scroll { overflow-x: auto; max-width: 100%; }
  table { border-collapse: collapse; font-size: 0.9rem; }
  th, td { border-bottom: 1px solid var(--ll-d5dbe3, #d5dbe3); padding: 0.25rem 0.6rem; text-align: right; font-variant-numeric: tabular-nums; }
  th { background: var(--ll-eef2f7, #eef2f7); color: var(--ll-1d2833, #1d2833); }
  th[scope='row'], td.text { text-align: left; }
  .flag { font-weight: 600; color: var(--ll-9b1c1c, #9b1c1c); }
  .ok { font-weight: 600; color: var(--ll-1e6b3a, #1e6b3a); }
`;
