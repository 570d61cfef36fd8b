/** Styles of the score histogram. */
import { css } from 'lit';

export const scoreHistogramStyles = css`
  :host { display: block; }
  svg { width: 100%; height: auto; max-width: 40rem; display: block; }
  .bar { fill: #1f4e79; }
  .axis { stroke: #4a5868; }
  text { fill: #1d2733; font-size: 11px; }
  .thr { stroke: #a4161a; stroke-dasharray: 4 3; }
`;
