/** Styles of the column mapping table. */
import { css } from 'lit';

export const columnMapperStyles = css`
  :host { display: block; }
  table { border-collapse: collapse; font-size: 0.9rem; }
  th, td { border-bottom: 1px solid var(--ll-d5dbe3, #d5dbe3); padding: 0.3rem 0.6rem; text-align: left; }
  th { background: var(--ll-eef2f7, #eef2f7); }
  select { font: inherit; padding: 0.2rem; border: 1px solid var(--ll-6b7785, #6b7785); border-radius: 4px; max-width: 22rem; }
  select:focus-visible { outline: 3px solid var(--ll-f4b400, #f4b400); outline-offset: 2px; }
  .req { color: var(--ll-a4161a, #a4161a); font-weight: 600; }
  .missing select { border: 2px solid var(--ll-a4161a, #a4161a); }
  .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  .note { color: var(--ll-4a5868, #4a5868); font-size: 0.85rem; }
`;
