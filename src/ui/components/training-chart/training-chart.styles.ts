/** Styles of the live training chart (two lines, each with its own scale; the key names the colours). */
import { css } from 'lit';

export const trainingChartStyles = css`
  :host { display: block; }
  figure { margin: 0; }
  svg { width: 100%; height: auto; max-width: 40rem; display: block; }
  .axis { stroke: var(--ll-4a5868, #4a5868); }
  path { fill: none; stroke-width: 2; }
  .loss { stroke: var(--ll-a4161a, #a4161a); stroke-dasharray: 5 3; }
  .auc { stroke: var(--ll-1f4e79, #1f4e79); }
  text { fill: var(--ll-1d2733, #1d2733); font-size: 11px; }
  figcaption { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; font-size: 0.9rem; color: var(--ll-36424f, #36424f); }
  .key::before { content: ''; display: inline-block; width: 1.2rem; height: 0; border-top: 2px solid; vertical-align: middle; margin-right: 0.3rem; }
  .loss-key::before { border-color: var(--ll-a4161a, #a4161a); border-top-style: dashed; }
  .auc-key::before { border-color: var(--ll-1f4e79, #1f4e79); }
`;
