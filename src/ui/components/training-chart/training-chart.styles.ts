/** Styles of the live training chart (two lines, each with its own scale; the key names the colours). */
import { css } from 'lit';

export const trainingChartStyles = css`
  :host { display: block; }
  figure { margin: 0; }
  svg { width: 100%; height: auto; max-width: 40rem; display: block; }
  .axis { stroke: #4a5868; }
  path { fill: none; stroke-width: 2; }
  .loss { stroke: #a4161a; stroke-dasharray: 5 3; }
  .auc { stroke: #1f4e79; }
  text { fill: #1d2733; font-size: 11px; }
  figcaption { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; font-size: 0.9rem; color: #36424f; }
  .key::before { content: ''; display: inline-block; width: 1.2rem; height: 0; border-top: 2px solid; vertical-align: middle; margin-right: 0.3rem; }
  .loss-key::before { border-color: #a4161a; border-top-style: dashed; }
  .auc-key::before { border-color: #1f4e79; }
`;
