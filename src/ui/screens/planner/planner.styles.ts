/** Styles of the campaign planner (form, figures, notes, history), light and dark, 360 px up. */
import { css } from 'lit';

export const plannerStyles = css`
  :host { display: block; padding: 1rem 1.5rem 2rem; max-width: 90rem; --fg: var(--ll-1a1a1a, #1a1a1a); --muted: var(--ll-36424f, #36424f); --card: var(--ll-ffffff, #fff); --line: var(--ll-c5ced9, #c5ced9); --accent: var(--ll-1f4e79, #1f4e79); --warn: var(--ll-8a4b00, #8a4b00); color: var(--fg); }
    @media (max-width: 480px) { :host { padding: 0.75rem; } }
  h1 { margin: 0 0 1rem; font-size: 1.6rem; }
  h2 { font-size: 1.2rem; margin: 1.5rem 0 0.5rem; }
  .card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 1rem; margin-bottom: 1rem; }
  .form { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr)); gap: 0.75rem; }
  label { display: flex; flex-direction: column; gap: 0.2rem; font-size: 0.9rem; color: var(--muted); min-width: 0; max-width: 100%; }
  input, select { max-width: 100%; box-sizing: border-box; font: inherit; padding: 0.35rem 0.5rem; border: 1px solid var(--line); border-radius: 6px; background: var(--card); color: var(--fg); min-height: 2.25rem; }
  input:focus-visible, select:focus-visible, button:focus-visible, a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
  button { font: inherit; padding: 0.45rem 0.9rem; border-radius: 6px; border: 1px solid var(--accent); background: var(--accent); color: var(--card); cursor: pointer; min-height: 2.25rem; }
  button.secondary { background: transparent; color: var(--fg); }
  .figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr)); gap: 0.75rem; }
  .figure .v { display: block; font-size: 1.35rem; font-weight: 700; color: var(--accent); }
  .figure .l { font-size: 0.85rem; color: var(--muted); }
  .words { color: var(--muted); line-height: 1.5; }
  .warn { color: var(--warn); font-weight: 600; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; margin-top: 0.75rem; align-items: center; }
  ul.plans { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: minmax(0, 1fr); gap: 1rem; }
  table { border-collapse: collapse; font-size: 0.9rem; }
  h3 { overflow-wrap: anywhere; }
  .table-wrap { overflow-x: auto; }
  th, td { border-bottom: 1px solid var(--line); padding: 0.3rem 0.5rem; text-align: right; }
  th:first-child, td:first-child { text-align: left; }
`;
