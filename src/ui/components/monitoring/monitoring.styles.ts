/** Styles shared by the run's model-quality block and the Models panel's Monitoring list. */
import { css } from 'lit';

export const monitoringStyles = css`
  :host { display: block; background: var(--ll-surface, #fff); border: 1px solid #d5dbe3; border-radius: 8px; padding: 1rem; margin: 0.75rem 0; min-width: 0; }
  h2 { font-size: 1.15rem; margin: 0 0 0.5rem; }
  h3 { font-size: 1rem; margin: 0.75rem 0 0.3rem; }
  p { color: #36424f; font-size: 0.9rem; }
  .scroll { overflow-x: auto; max-width: 100%; }
  table { border-collapse: collapse; font-size: 0.9rem; }
  th, td { border-bottom: 1px solid #d5dbe3; padding: 0.25rem 0.6rem; text-align: right; font-variant-numeric: tabular-nums; }
  th { background: #eef2f7; color: #1d2833; }
  th[scope='row'], td.text { text-align: left; }
  .flag { font-weight: 600; color: #9b1c1c; }
  .ok { font-weight: 600; color: #1e6b3a; }
`;
