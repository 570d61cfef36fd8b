/** Styles of the expected-columns panel. */
import { css } from 'lit';

export const expectedColumnsStyles = css`
  :host { display: block; margin: 0.75rem 0; }
  details { border: 1px solid var(--ll-c5ced9, #c5ced9); border-radius: 8px; padding: 0.6rem 1rem; background: var(--ll-ffffff, #fff); }
  summary { font-weight: 600; cursor: pointer; }
  .cols { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr)); gap: 0 1.5rem; }
  h3 { font-size: 1rem; margin: 0.5rem 0 0.25rem; }
  ul { margin: 0; padding-left: 1.2rem; }
  li { margin: 0.15rem 0; }
  .templates { display: flex; flex-wrap: wrap; gap: 0.5rem; }
  code { font-size: 0.9em; color: var(--ll-36424f, #36424f); }
  button { font: inherit; padding: 0.4rem 0.9rem; border-radius: 6px; border: 1px solid var(--ll-1f4e79, #1f4e79);
    background: var(--ll-ffffff, #fff); color: var(--ll-1f4e79, #1f4e79); cursor: pointer; }
  button:focus-visible { outline: 3px solid var(--ll-f4b400, #f4b400); outline-offset: 2px; }
`;
