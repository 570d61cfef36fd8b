/** Styles of the score result card: headline probability, key facts grid, profile table. */
import { css } from 'lit';

export const scoreResultStyles = css`
  :host { display: block; }
  section { background: var(--ll-ffffff, #fff); border: 1px solid var(--ll-c5ced9, #c5ced9); border-radius: 8px; padding: 1rem 1.25rem; }
  h2 { margin: 0 0 0.5rem; font-size: 1.2rem; display: flex; gap: 0.5rem; align-items: center; flex-wrap: wrap; }
  h3 { font-size: 1.05rem; margin: 1.25rem 0 0.4rem; }
  .badge { font-size: 0.8rem; font-weight: 600; background: var(--ll-fff4d6, #fff4d6); color: var(--ll-5c4400, #5c4400); border: 1px solid var(--ll-c9a227, #c9a227); border-radius: 999px; padding: 0.1rem 0.55rem; }
  .headline { display: flex; align-items: baseline; gap: 1rem; flex-wrap: wrap; }
  .score { font-size: 2.4rem; font-weight: 700; color: var(--ll-1f4e79, #1f4e79); font-variant-numeric: tabular-nums; }
  .decision { font-weight: 600; padding: 0.15rem 0.6rem; border-radius: 4px; }
  .yes { background: var(--ll-e3f4e8, #e3f4e8); color: var(--ll-14532d, #14532d); }
  .no { background: var(--ll-f1f3f5, #f1f3f5); color: var(--ll-333d47, #333d47); }
  .delta { font-weight: 600; }
  .delta.pos { color: var(--ll-14632d, #14632d); }
  .delta.neg { color: var(--ll-a1231b, #a1231b); }
  .muted { color: var(--ll-47505c, #47505c); font-size: 0.9rem; margin: 0.25rem 0; }
  dl { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr)); gap: 0.75rem 1.25rem; margin: 1rem 0 0; }
  dt { font-size: 0.85rem; color: var(--ll-47505c, #47505c); }
  dd { margin: 0.1rem 0 0; font-weight: 600; }
  dd small { display: block; font-weight: 400; color: var(--ll-47505c, #47505c); }
  table { border-collapse: collapse; width: 100%; max-width: 44rem; font-variant-numeric: tabular-nums; }
  .scroll { overflow-x: auto; max-width: 100%; }
  :host { display: block; min-width: 0; }
  caption { text-align: left; color: var(--ll-47505c, #47505c); font-size: 0.9rem; padding-bottom: 0.3rem; }
  th, td { border-bottom: 1px solid var(--ll-dfe4ea, #dfe4ea); padding: 0.3rem 0.5rem; text-align: right; }
  th:first-child, td:first-child { text-align: left; }
  thead th { font-weight: 600; }
  code { font-size: 0.9rem; }
`;
