/** Shared look of dashboard tiles (card, heading, big figure, links). */
import { css } from 'lit';

export const tileStyles = css`
  :host { display: block; background: var(--ll-ffffff, #fff); border: 1px solid var(--ll-c5ced9, #c5ced9); border-radius: 8px; padding: 1rem 1.25rem; }
  h2 { margin: 0 0 0.25rem; font-size: 1.15rem; }
  .big { font-size: 2rem; font-weight: 700; color: var(--ll-1f4e79, #1f4e79); margin: 0; }
  p { color: var(--ll-36424f, #36424f); }
  a { color: var(--ll-1f4e79, #1f4e79); font-weight: 600; }
  a:focus-visible, button:focus-visible { outline: 3px solid var(--ll-1f4e79, #1f4e79); outline-offset: 2px; }
  button { font: inherit; padding: 0.5rem 1rem; border-radius: 6px; border: 1px solid var(--ll-1f4e79, #1f4e79); background: var(--ll-1f4e79, #1f4e79); color: var(--ll-ffffff, #fff); cursor: pointer; }
  button[disabled] { opacity: 0.6; cursor: progress; }
  progress { width: 100%; }
`;
