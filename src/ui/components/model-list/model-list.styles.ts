/** Registry table styles: scrolls sideways on a phone; action buttons wrap. */
import { css } from 'lit';

export const modelListStyles = css`
  .scroll { overflow-x: auto; }
  table { border-collapse: collapse; font-variant-numeric: tabular-nums; width: 100%; }
  caption { text-align: left; font-weight: 600; padding-bottom: 0.3rem; }
  th, td { border-bottom: 1px solid var(--ll-dfe4ea, #dfe4ea); padding: 0.4rem 0.5rem; text-align: left; vertical-align: top; }
  code { font-size: 0.85rem; word-break: break-all; }
  .badge { background: var(--ll-14532d, #14532d); color: var(--ll-ffffff, #fff); border-radius: 4px; padding: 0 0.35rem; font-size: 0.8rem; }
  .acts { display: flex; flex-wrap: wrap; gap: 0.35rem; }
  .import { display: inline-flex; flex-direction: column; gap: 0.25rem; margin: 0; }
`;
