/** Look of the update toast: bottom-centred card in the app's accent colour, high contrast, visible focus. */
import { css } from 'lit';

export const updateToastStyles = css`
  :host { position: fixed; inset: auto 0 1rem 0; display: flex; justify-content: center; pointer-events: none; z-index: 100; }
  .toast { pointer-events: auto; display: flex; align-items: center; gap: 0.75rem; flex-wrap: wrap;
    background: var(--ll-1f4e79, #1f4e79); color: var(--ll-ffffff, #fff); padding: 0.75rem 1rem; border-radius: 8px;
    box-shadow: 0 4px 16px rgba(0, 0, 0, 0.25); font: inherit; max-width: calc(100vw - 2rem); box-sizing: border-box; }
  .toast[hidden] { display: none; }
  p { margin: 0; }
  button { font: inherit; border-radius: 6px; padding: 0.35rem 0.9rem; cursor: pointer; border: 2px solid var(--ll-ffffff, #fff); }
  .primary { background: var(--ll-ffffff, #fff); color: var(--ll-1f4e79, #1f4e79); font-weight: 600; }
  .secondary { background: transparent; color: var(--ll-ffffff, #fff); }
  button:focus-visible { outline: 3px solid var(--ll-ffd166, #ffd166); outline-offset: 2px; }
`;
