/** Look of the erase panel: a collapsed disclosure in the sign-in card, red only for the final button. */
import { css } from 'lit';

export const eraseStyles = css`
  :host { display: block; margin-top: 1.25rem; border-top: 1px solid var(--ll-c9d2dc, #c9d2dc); padding-top: 0.75rem; }
  summary { cursor: pointer; font-weight: 600; color: var(--ll-1f4e79, #1f4e79); padding: 0.25rem 0; }
  summary:focus-visible, input:focus-visible, button:focus-visible { outline: 3px solid var(--ll-b35c00, #b35c00); outline-offset: 2px; }
  p { margin: 0.5rem 0; }
  .hint { font-size: 0.9rem; color: var(--ll-3d4a57, #3d4a57); }
  .warn { color: var(--ll-8a4b00, #8a4b00); font-weight: 600; }
  form { display: flex; flex-direction: column; gap: 0.4rem; }
  label { font-weight: 600; }
  input { font: inherit; padding: 0.45rem 0.5rem; border: 1px solid var(--ll-5b6b7c, #5b6b7c); border-radius: 6px; max-width: 100%; box-sizing: border-box; }
  button { font: inherit; padding: 0.5rem 1rem; border-radius: 6px; cursor: pointer; align-self: flex-start; background: var(--ll-ffffff, #fff); color: var(--ll-9b1c1c, #9b1c1c); border: 2px solid var(--ll-9b1c1c, #9b1c1c); }
  button:disabled { opacity: 0.6; cursor: not-allowed; }
`;
