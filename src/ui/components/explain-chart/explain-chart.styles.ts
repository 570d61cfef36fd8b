/** Styles of the explanation bars: two labelled lists, bars drawn with CSS widths, colour plus sign (not colour alone); one column on phones. */
import { css } from 'lit';

export const explainChartStyles = css`
  :host { display: block; }
  h3 { font-size: 1rem; margin: 0.75rem 0 0.35rem; }
  ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.4rem; }
  li { display: grid; grid-template-columns: minmax(0, 1fr) minmax(3rem, 8rem) 4.5rem; gap: 0.5rem; align-items: center; }
  .label { overflow-wrap: anywhere; min-width: 0; }
  .track { background: var(--ll-eef1f5, #eef1f5); border-radius: 3px; height: 0.9rem; }
  .bar { height: 100%; border-radius: 3px; min-width: 2px; }
  .up .bar { background: var(--ll-1b7f3b, #1b7f3b); }
  .down .bar { background: var(--ll-b3261e, #b3261e); }
  .val { text-align: right; font-variant-numeric: tabular-nums; color: var(--ll-1a1a1a, #1a1a1a); }
  .note { font-size: 0.85rem; color: var(--ll-47505c, #47505c); margin: 0.5rem 0 0; }
  button.link { background: none; border: none; padding: 0.4rem 0; color: var(--ll-0b57d0, #0b57d0); text-decoration: underline; cursor: pointer; font: inherit; min-height: 2.75rem; }
  @media (max-width: 480px) {
    li { grid-template-columns: minmax(0, 1fr) 4.5rem; }
    .track { grid-column: 1 / -1; grid-row: 2; }
  }
`;
