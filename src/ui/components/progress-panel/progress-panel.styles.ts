/** Styles of the import progress panel. */
import { css } from 'lit';

export const progressPanelStyles = css`
  :host { display: block; background: var(--ll-ffffff, #fff); border: 1px solid var(--ll-d5dbe3, #d5dbe3); border-radius: 8px; padding: 1rem; }
  .bar { height: 1rem; background: var(--ll-e3e8ef, #e3e8ef); border-radius: 6px; overflow: hidden; margin: 0.5rem 0; }
  .fill { height: 100%; background: var(--ll-1f4e79, #1f4e79); transition: width 0.2s; }
  dl { display: grid; grid-template-columns: repeat(auto-fit, minmax(8rem, 1fr)); gap: 0.5rem; margin: 0.5rem 0; }
  dt { font-size: 0.8rem; color: var(--ll-4a5868, #4a5868); }
  dd { margin: 0; font-weight: 600; font-variant-numeric: tabular-nums; }
  button { font: inherit; padding: 0.4rem 0.9rem; border-radius: 6px; border: 1px solid var(--ll-a4161a, #a4161a); background: var(--ll-a4161a, #a4161a); color: var(--ll-ffffff, #fff); cursor: pointer; }
  button:focus-visible { outline: 3px solid var(--ll-f4b400, #f4b400); outline-offset: 2px; }
  button:disabled { background: var(--ll-6b7785, #6b7785); border-color: var(--ll-6b7785, #6b7785); }
  .stage { font-weight: 600; margin: 0; }
`;
