/** Styles of <ll-chart>: a card with the plot, the data-table toggle and export buttons (light and dark). */
import { css } from 'lit';

export const chartStyles = css`
  /* Every colour is a theme token (ui/theme): the dark palette turns them dark; chart-theme.ts hands them to ApexCharts. */
  :host { display: block; min-width: 0; --ll-chart-bg: var(--ll-ffffff, #fff); --ll-chart-fg: var(--ll-1a1a1a, #1a1a1a); --ll-chart-border: var(--ll-c5ced9, #c5ced9); --ll-chart-accent: var(--ll-1f4e79, #1f4e79);
    --ll-chart-grid: var(--ll-d9e0e8, #d9e0e8); --ll-chart-tip-head: var(--ll-eef2f7, #eef2f7);
    --ll-chart-s1: var(--ll-1f4e79, #1f4e79); --ll-chart-s2: var(--ll-b26a00, #b26a00); --ll-chart-s3: var(--ll-1b7f3b, #1b7f3b); --ll-chart-s4: var(--ll-8e3b8e, #8e3b8e);
    --ll-chart-s5: var(--ll-5a6b7d, #5a6b7d); --ll-chart-s6: var(--ll-c0392b, #c0392b); --ll-chart-s7: var(--ll-00838f, #00838f); }
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
  /* ApexCharts' own tooltip themes are a fixed light and dark grey; these follow the app's surface and text. */
  :host .apexcharts-tooltip.apexcharts-theme-light, :host .apexcharts-tooltip.apexcharts-theme-dark,
  :host .apexcharts-xaxistooltip, :host .apexcharts-yaxistooltip { background: var(--ll-chart-bg); color: var(--ll-chart-fg); border-color: var(--ll-chart-border); }
  :host .apexcharts-tooltip.apexcharts-theme-light .apexcharts-tooltip-title, :host .apexcharts-tooltip.apexcharts-theme-dark .apexcharts-tooltip-title {
    background: var(--ll-chart-tip-head); color: var(--ll-chart-fg); border-bottom-color: var(--ll-chart-border); }
`;
