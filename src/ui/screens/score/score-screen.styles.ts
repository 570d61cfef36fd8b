/** Layout of the score screen: form and result side by side on wide screens, stacked on narrow ones. */
import { css } from 'lit';

export const scoreScreenStyles = css`
  :host { display: block; padding: 1rem 1.5rem 2rem; max-width: 90rem; }
  h1 { margin: 0 0 0.25rem; font-size: 1.6rem; }
  .intro { margin: 0 0 1rem; color: var(--ll-36424f, #36424f); }
  .layout { display: grid; grid-template-columns: minmax(0, 1.15fr) minmax(0, 1fr); gap: 1.5rem; align-items: start; }
  @media (max-width: 960px) { .layout { grid-template-columns: minmax(0, 1fr); } }
  .status { margin: 0.5rem 0; }
  .alert { padding: 0.75rem 1rem; border: 2px solid var(--ll-b00020, #b00020); border-radius: 6px; background: var(--ll-fdecee, #fdecee); color: var(--ll-5f0010, #5f0010); }
  .summary { color: var(--ll-b00020, #b00020); font-weight: 600; margin: 0 0 0.75rem; }
  .hint { color: var(--ll-36424f, #36424f); font-size: 0.9rem; margin: 0.5rem 0; }
  .saved { color: var(--ll-14532d, #14532d); font-weight: 600; }
  ll-recent-leads { margin-top: 2rem; }
  .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
