/** Styles of the file picker + drop zone. */
import { css } from 'lit';

export const fileDropStyles = css`
  :host { display: block; }
  .zone { border: 2px dashed var(--ll-6b7785, #6b7785); border-radius: 10px; padding: 1.5rem; background: var(--ll-ffffff, #fff); text-align: center; display: flex; flex-direction: column; gap: 0.6rem; align-items: center; }
  .zone.over { border-color: var(--ll-1f4e79, #1f4e79); background: var(--ll-eaf1f8, #eaf1f8); }
  label { font-weight: 600; }
  input[type='file'] { font: inherit; }
  input[type='file']:focus-visible { outline: 3px solid var(--ll-f4b400, #f4b400); outline-offset: 2px; }
  p { margin: 0; color: var(--ll-4a5868, #4a5868); }
`;
