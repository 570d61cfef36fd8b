/** Styles of <ll-chart>: a card with the plot, the data-table toggle and export buttons (light and dark). */
import { css } from 'lit';

export const chartStyles = css`
  :host { display: block; min-width: 0; --ll-chart-bg: var(--ll-ffffff, #fff); --ll-chart-fg: var(--ll-1a1a1a, #1a1a1a); --ll-chart-border: var(--ll-c5ced9, #c5ced9); --ll-chart-accent: var(--ll-1f4e79, #1f4e79); }
    :host([theme='light']) { --ll-chart-bg: var(--ll-ffffff, #fff); --ll-chart-fg: var(--ll-1a1a1a, #1a1a1a); --ll-chart-border: var(--ll-c5ced9, #c5ced9); --ll-chart-accent: var(--ll-1f4e79, #1f4e79); }
  :host([theme='dark']) { --ll-chart-bg: var(--ll-17202a, #17202a); --ll-chart-fg: var(--ll-e6edf3, #e6edf3); --ll-chart-border: var(--ll-3a4654, #3a4654); --ll-chart-accent: var(--ll-7db3e8, #7db3e8); }
  figure { min-width: 0; overflow: hidden; margin: 0; background: var(--ll-chart-bg); color: var(--ll-chart-fg); border: 1px solid var(--ll-chart-border); border-radius: 8px; padding: 0.75rem; }
  figcaption { font-weight: 600; margin-bottom: 0.25rem; }
  .summary { margin: 0 0 0.25rem; font-size: 0.9rem; }
  .plot { min-height: 12rem; max-width: 100%; overflow: hidden; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; margin-top: 0.5rem; }
  button { font: inherit; font-size: 0.9rem; padding: 0.35rem 0.75rem; border-radius: 6px; border: 1px solid var(--ll-chart-accent); background: transparent; color: var(--ll-chart-fg); cursor: pointer; min-height: 2.25rem; }
  button:focus-visible { outline: 3px solid var(--ll-chart-accent); outline-offset: 2px; }
  .table-wrap { max-height: 20rem; overflow: auto; margin-top: 0.5rem; }
  table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
  caption { text-align: left; font-weight: 600; padding-bottom: 0.25rem; }
  th, td { border-bottom: 1px solid var(--ll-chart-border); padding: 0.25rem 0.5rem; text-align: right; }
  th:first-child, td:first-child { text-align: left; }
  .apexcharts-tooltip, .apexcharts-xaxistooltip { color: var(--ll-1a1a1a, #1a1a1a); }
`;
