/** Styles of the virtualised leads table: fixed row height, sticky header, grid columns. */
import { css } from 'lit';

export const ROW_HEIGHT = 32;
export const VIEWPORT_HEIGHT = 480;

export const leadsTableStyles = css`
  :host { display: block; font-size: 0.88rem; color: var(--ll-1d2733, #1d2733); }
  .table { border: 1px solid var(--ll-d5dbe3, #d5dbe3); border-radius: 6px; overflow-x: auto; }
  .inner { min-width: max-content; }
  .row { display: grid; grid-template-columns: var(--cols); height: ${ROW_HEIGHT}px; align-items: center; border-bottom: 1px solid var(--ll-e3e8ef, #e3e8ef); box-sizing: border-box; }
  .head { background: var(--ll-eef2f7, #eef2f7); font-weight: 600; }
  .body { height: ${VIEWPORT_HEIGHT}px; overflow-y: auto; overflow-x: hidden; position: relative; }
  .body:focus-visible { outline: 3px solid var(--ll-f4b400, #f4b400); outline-offset: -3px; }
  .spacer { position: relative; }
  .rows { position: absolute; left: 0; right: 0; top: 0; }
  .cell { padding: 0 0.5rem; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .num { text-align: right; font-variant-numeric: tabular-nums; }
  .head button { font: inherit; background: none; border: none; padding: 0; color: var(--ll-1d2733, #1d2733); cursor: pointer; font-weight: 600; }
  .head button:focus-visible { outline: 3px solid var(--ll-f4b400, #f4b400); outline-offset: 2px; }
  .loading { color: var(--ll-4a5868, #4a5868); }
  a { color: var(--ll-1f4e79, #1f4e79); }
  a:focus-visible { outline: 3px solid var(--ll-f4b400, #f4b400); }
  .seg-High { color: var(--ll-1b6e3a, #1b6e3a); font-weight: 600; }
  .seg-Medium { color: var(--ll-6b4a00, #6b4a00); }
  .seg-Low { color: var(--ll-a4161a, #a4161a); }
`;
