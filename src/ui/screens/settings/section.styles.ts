/** Shared look of a settings section card, so sections added by other features match. */
import { css } from 'lit';

export const sectionStyles = css`
  :host { display: block; background: var(--ll-ffffff, #fff); border: 1px solid var(--ll-c5ced9, #c5ced9); border-radius: 8px; padding: 1rem 1.25rem; }
  h2 { margin: 0 0 0.35rem; font-size: 1.15rem; }
  .help { margin: 0 0 0.75rem; color: var(--ll-36424f, #36424f); }
  label { font-weight: 500; }
  select, input { font: inherit; }
  select { padding: 0.35rem 0.5rem; border: 1px solid var(--ll-6b7785, #6b7785); border-radius: 4px; }
  select:focus-visible, input:focus-visible { outline: 3px solid var(--ll-1f4e79, #1f4e79); outline-offset: 1px; }
  fieldset { border: 0; padding: 0; margin: 0; display: grid; gap: 0.5rem; }
  legend { font-weight: 600; margin-bottom: 0.35rem; }
  .detail { color: var(--ll-47505c, #47505c); font-size: 0.9rem; }
  .ok { color: var(--ll-14532d, #14532d); font-weight: 600; min-height: 1.2em; margin: 0.5rem 0 0; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.35rem 1rem; margin: 0; }
  dt { color: var(--ll-47505c, #47505c); }
  dd { margin: 0; font-weight: 600; }
  table { border-collapse: collapse; margin-top: 0.75rem; font-variant-numeric: tabular-nums; }
  caption { text-align: left; font-weight: 600; padding-bottom: 0.3rem; }
  th, td { border-bottom: 1px solid var(--ll-dfe4ea, #dfe4ea); padding: 0.3rem 0.6rem; text-align: right; }
  th:first-child { text-align: left; }
`;
