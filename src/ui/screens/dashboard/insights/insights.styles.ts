/** Styles of the dashboard's leads insights: filters, KPI cards, chart grid, notes and tables (light/dark, 360 px up). */
import { css } from 'lit';

export const insightsStyles = css`
  :host { display: block; max-width: 100%; min-width: 0; overflow-x: auto; margin-top: 1.5rem; --fg: var(--ll-1a1a1a, #1a1a1a); --muted: var(--ll-36424f, #36424f); --card: var(--ll-ffffff, #fff); --line: var(--ll-c5ced9, #c5ced9); --accent: var(--ll-1f4e79, #1f4e79); color: var(--fg); }
    h2 { font-size: 1.3rem; margin: 0 0 0.75rem; }
  h3 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
  .filters { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: end; margin-bottom: 1rem; }
  label { display: flex; flex-direction: column; font-size: 0.9rem; gap: 0.2rem; color: var(--muted); min-width: 0; max-width: 100%; }
  select, input { max-width: 100%; box-sizing: border-box; font: inherit; padding: 0.35rem 0.5rem; border: 1px solid var(--line); border-radius: 6px; background: var(--card); color: var(--fg); min-height: 2.25rem; }
  select:focus-visible, input:focus-visible, a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
  .kpis { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 10rem), 1fr)); gap: 0.75rem; margin-bottom: 1rem; }
  .kpi { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 0.6rem 0.8rem; }
  .kpi .v { font-size: 1.5rem; font-weight: 700; color: var(--accent); display: block; }
  .kpi .l { font-size: 0.85rem; color: var(--muted); }
  .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 26rem), 1fr)); gap: 1rem; align-items: start; }
  .grid > * { min-width: 0; }
  .note { font-size: 0.9rem; color: var(--muted); border-left: 3px solid var(--accent); padding-left: 0.5rem; margin: 0.25rem 0 0.75rem; }
  .table-wrap { max-width: 100%; box-sizing: border-box; overflow-x: auto; background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 0.5rem; }
  table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
  caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
  th, td { border-bottom: 1px solid var(--line); padding: 0.3rem 0.5rem; text-align: right; white-space: nowrap; }
  th:first-child, td:first-child { text-align: left; }
  a { color: var(--accent); font-weight: 600; }
`;
