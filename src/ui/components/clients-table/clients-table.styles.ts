/** The client list's virtualised table: the leads table's geometry, colours as tokens for light and dark. */
import { css } from 'lit';
import { ROW_HEIGHT, VIEWPORT_HEIGHT } from '../leads-table/leads-table.styles';

export const clientsTableStyles = css`
  :host { display: block; font-size: 0.88rem; --fg: var(--ll-1d2733, #1d2733); --muted: var(--ll-4a5868, #4a5868); --line: var(--ll-d5dbe3, #d5dbe3); --head: var(--ll-eef2f7, #eef2f7); --card: var(--ll-ffffff, #fff); --link: var(--ll-1f4e79, #1f4e79); --focus: var(--ll-b36b00, #b36b00); color: var(--fg); }
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
