/** Styles of the file picker + drop zone. */
import { css } from 'lit';

export const fileDropStyles = css`
  :host { display: block; }
  .zone { border: 2px dashed var(--ll-6b7785, #6b7785); border-radius: 10px; padding: 1.5rem; background: var(--ll-ffffff, #fff); text-align: center; display: flex; flex-direction: column; gap: 0.6rem; align-items: center; }
  .zone.over { border-color: var(--ll-1f4e79, #1f4e79); background: var(--ll-eaf1f8, #eaf1f8); }
  label { font-weight: 600; }
  /* The real input covers the visible button (clicks, keyboard and screen readers reach it); its own text is hidden. */
  .pick { position: relative; display: inline-block; }
  input[type='file'] { position: absolute; inset: 0; width: 100%; height: 100%; opacity: 0; cursor: pointer; font: inherit; }
  .button { display: inline-block; padding: 0.45rem 1rem; border-radius: 6px; background: var(--ll-1f4e79, #1f4e79); color: var(--ll-ffffff, #fff); font-weight: 600; }
  .pick:focus-within .button { outline: 3px solid var(--ll-f4b400, #f4b400); outline-offset: 2px; }
  .chosen { font-weight: 600; color: var(--ll-1a1a1a, #1a1a1a); overflow-wrap: anywhere; }
  p { margin: 0; color: var(--ll-4a5868, #4a5868); }
`;
