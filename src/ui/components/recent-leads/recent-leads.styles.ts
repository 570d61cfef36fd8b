/** Styles of the recent leads table (scrolls inside itself on a phone). */
import { css } from 'lit';

export const recentLeadsStyles = css`
  :host { display: block; min-width: 0; max-width: 100%; overflow-x: auto; }
  h2 { font-size: 1.15rem; margin: 0 0 0.5rem; }
  table { border-collapse: collapse; width: 100%; background: var(--ll-ffffff, #fff); font-variant-numeric: tabular-nums; }
  th, td { border-bottom: 1px solid var(--ll-dfe4ea, #dfe4ea); padding: 0.4rem 0.6rem; text-align: left; }
  td.num { text-align: right; }
  thead th { font-weight: 600; background: var(--ll-eef1f5, #eef1f5); }
  p { color: var(--ll-36424f, #36424f); }
  a { color: var(--ll-1f4e79, #1f4e79); }
`;
