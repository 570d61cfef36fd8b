/** Styles of the score histogram. */
import { css } from 'lit';

export const scoreHistogramStyles = css`
  :host { display: block; }
  svg { width: 100%; height: auto; max-width: 40rem; display: block; }
  .bar { fill: var(--ll-1f4e79, #1f4e79); }
  .axis { stroke: var(--ll-4a5868, #4a5868); }
  text { fill: var(--ll-1d2733, #1d2733); font-size: 11px; }
  .thr { stroke: var(--ll-a4161a, #a4161a); stroke-dasharray: 4 3; }
`;
