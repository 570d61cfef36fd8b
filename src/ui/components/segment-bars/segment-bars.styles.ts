/** Styles of the horizontal count bars. */
import { css } from 'lit';

export const segmentBarsStyles = css`
  :host { display: block; }
  ul { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 0.35rem; }
  li { display: grid; grid-template-columns: minmax(7rem, 12rem) 1fr 7rem; gap: 0.5rem; align-items: center; font-size: 0.9rem; }
  .track { background: var(--ll-e3e8ef, #e3e8ef); height: 0.9rem; border-radius: 4px; overflow: hidden; }
  .fill { height: 100%; background: var(--bar, var(--ll-1f4e79, #1f4e79)); }
  .val { text-align: right; font-variant-numeric: tabular-nums; }
  h3 { font-size: 1rem; margin: 0 0 0.4rem; }
`;
