/** The client list's virtualised table: the leads table's geometry, colours as tokens for light and dark. */
import { css } from 'lit';
import { ROW_HEIGHT, VIEWPORT_HEIGHT } from '../leads-table/leads-table.styles';

export const clientsTableStyles = css`
  :host { display: block; font-size: 0.88rem; --fg: #1d2733; --muted: #4a5868; --line: #d5dbe3; --head: #eef2f7; --card: #fff; --link: #1f4e79; --focus: #b36b00; color: var(--fg); }
  @media (prefers-color-scheme: dark) { :host { --fg: #e6edf3; --muted: #b8c4d0; --line: #3a4654; --head: #223040; --card: #17202a; --link: #9cc8f0; --focus: #f4b400; } }
  .table { border: 1px solid var(--line); border-radius: 6px; overflow-x: auto; background: var(--card); }
  .inner { min-width: max-content; }
  .row { display: grid; grid-template-columns: var(--cols); height: ${ROW_HEIGHT}px; align-items: center; border-bottom: 1px solid var(--line); box-sizing: border-box; }
  .head { background: var(--head); font-weight: 600; }
  .body { height: min(${VIEWPORT_HEIGHT}px, 60vh); overflow-y: auto; overflow-x: hidden; position: relative; }
  .body:focus-visible { outline: 3px solid var(--focus); outline-offset: -3px; }
  .spacer { position: relative; }
  .rows { position: absolute; left: 0; right: 0; top: 0; }
  .cell { padding: 0 0.5rem; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .num { text-align: right; font-variant-numeric: tabular-nums; }
  .head button { font: inherit; background: none; border: none; padding: 0; color: var(--fg); cursor: pointer; font-weight: 600; }
  .head button:focus-visible, a:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
  .loading, .empty { color: var(--muted); }
  .empty { padding: 1rem; }
  a { color: var(--link); }
`;
