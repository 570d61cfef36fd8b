/** Styles of the side-by-side comparison (scrolls sideways on a phone instead of overflowing the page). */
import { css } from 'lit';

export const modelCompareStyles = css`
  :host { display: block; min-width: 0; }
  .scroll { overflow-x: auto; }
  table { border-collapse: collapse; font-variant-numeric: tabular-nums; margin-top: 0.5rem; }
  caption { text-align: left; font-weight: 600; padding-bottom: 0.3rem; }
  th, td { border-bottom: 1px solid var(--ll-dfe4ea, #dfe4ea); padding: 0.3rem 0.6rem; text-align: right; }
  th[scope='row'] { text-align: left; font-weight: 500; }
  code { font-size: 0.8rem; word-break: break-all; }
  .cms { display: flex; flex-wrap: wrap; gap: 1rem; }
  .curves { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr)); gap: 1rem; margin-top: 1rem; }
  .rule h4 { margin: 0.75rem 0 0.25rem; }
  .rule p { margin: 0 0 0.25rem; }
  .ok { color: var(--ll-14532d, #14532d); }
  .bad { color: var(--ll-a4161a, #a4161a); }
`;
