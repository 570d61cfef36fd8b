/**
 * Shared look of issue #10's customer screens (list, card, forms, dashboard tile): colour tokens for light
 * and dark (the screen paints its own background in dark mode so text always has contrast), buttons,
 * fields with their error text, cards, figures, and a layout that works from 360 px up.
 */
import { css } from 'lit';

export const clientsStyles = css`
  :host { display: block; --bg: transparent; --fg: var(--ll-1d2733, #1d2733); --muted: var(--ll-4a5868, #4a5868); --card: var(--ll-ffffff, #fff); --line: var(--ll-c5ced9, #c5ced9); --accent: var(--ll-1f4e79, #1f4e79); --accent-fg: var(--ll-ffffff, #fff);
    --error: var(--ll-a4161a, #a4161a); --ok: var(--ll-1b6e3a, #1b6e3a); --focus: var(--ll-b36b00, #b36b00); --bar: var(--ll-e3e8ef, #e3e8ef); color: var(--fg); background: var(--bg); }
    h1 { font-size: 1.5rem; margin: 0 0 0.75rem; }
  h2 { font-size: 1.2rem; margin: 1.25rem 0 0.5rem; }
  h3 { font-size: 1rem; margin: 0.75rem 0 0.4rem; }
  a { color: var(--accent); }
  button, .btn { font: inherit; padding: 0.45rem 0.9rem; border-radius: 6px; border: 1px solid var(--accent); background: var(--accent); color: var(--accent-fg); cursor: pointer; text-decoration: none; display: inline-block; min-height: 2.25rem; box-sizing: border-box; }
  button.secondary, .btn.secondary { background: transparent; color: var(--accent); }
  button.danger { background: var(--error); border-color: var(--error); color: var(--accent-fg); }
  button:disabled { opacity: 0.6; cursor: not-allowed; }
  button:focus-visible, .btn:focus-visible, a:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible, summary:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
  input, select, textarea { font: inherit; padding: 0.35rem 0.45rem; border: 1px solid var(--muted); border-radius: 4px; background: var(--card); color: var(--fg); max-width: 100%; box-sizing: border-box; min-height: 2.25rem; }
  input[type='number'] { width: 6.5rem; }
  input[aria-invalid='true'] { border-color: var(--error); border-width: 2px; }
  label { font-weight: 500; }
  fieldset { border: 1px solid var(--line); border-radius: 6px; padding: 0.35rem 0.6rem 0.5rem; margin: 0; display: flex; flex-wrap: wrap; gap: 0.35rem 0.5rem; align-items: center; min-width: 0; }
  legend { font-weight: 600; padding: 0 0.25rem; }
  .row { display: flex; flex-wrap: wrap; gap: 0.6rem 1rem; align-items: center; margin: 0.5rem 0; }
  .field { display: flex; flex-direction: column; gap: 0.25rem; min-width: 0; }
  .inline { display: inline-flex; gap: 0.35rem; align-items: center; font-weight: 400; }
  .filters { display: flex; flex-wrap: wrap; gap: 0.6rem; align-items: flex-end; margin: 0.5rem 0; }
  .filters .search { flex: 1 1 14rem; }
  .filters .search input { width: 100%; }
  .card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 1rem; margin: 0.75rem 0; min-width: 0; }
  .muted { color: var(--muted); }
  .error, .field-error { color: var(--error); font-weight: 600; }
  .field-error { font-size: 0.9rem; margin: 0; }
  .ok { color: var(--ok); font-weight: 600; }
  .kpis { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 11rem), 1fr)); gap: 0.75rem; margin: 0.5rem 0 1rem; }
  .kpi { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 0.6rem 0.8rem; display: block; text-decoration: none; color: var(--fg); }
  .kpi .v { font-size: 1.45rem; font-weight: 700; color: var(--accent); display: block; font-variant-numeric: tabular-nums; }
  .kpi .l { font-size: 0.85rem; color: var(--muted); }
  .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 24rem), 1fr)); gap: 1rem; align-items: start; }
  dl.details { display: grid; grid-template-columns: minmax(7rem, max-content) 1fr; gap: 0.3rem 1rem; margin: 0; }
  dl.details dt { color: var(--muted); }
  dl.details dd { margin: 0; overflow-wrap: anywhere; }
  table { border-collapse: collapse; font-size: 0.9rem; width: 100%; }
  caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
  th, td { border-bottom: 1px solid var(--line); padding: 0.3rem 0.5rem; text-align: left; }
  td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
  .scroll { overflow-x: auto; max-width: 100%; }
  .bar { height: 0.9rem; background: var(--bar); border-radius: 0.45rem; overflow: hidden; border: 1px solid var(--line); position: relative; }
  .bar .mark { position: absolute; top: 0; bottom: 0; width: 2px; margin-left: -1px; background: var(--fg); }
  .bar .fill { height: 100%; background: var(--accent); }
  .pos { color: var(--ok); }
  .neg { color: var(--error); }
  .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  @media (max-width: 30rem) { dl.details { grid-template-columns: 1fr; } dl.details dd { margin-bottom: 0.4rem; } }
`;
