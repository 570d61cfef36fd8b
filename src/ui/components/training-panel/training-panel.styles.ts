/** Styles shared by the Models screen's panels (training and registry): a card like the settings sections. */
import { css } from 'lit';

export const trainingPanelStyles = css`
  :host { display: block; min-width: 0; background: var(--ll-ffffff, #fff); border: 1px solid var(--ll-c5ced9, #c5ced9); border-radius: 8px; padding: 1rem 1.25rem; }
  h2 { margin: 0 0 0.35rem; font-size: 1.15rem; }
  .help { margin: 0 0 0.75rem; color: var(--ll-36424f, #36424f); }
  .detail { color: var(--ll-47505c, #47505c); font-size: 0.9rem; }
  label { display: block; font-weight: 500; margin-top: 0.75rem; }
  select, button { font: inherit; }
  select { padding: 0.35rem 0.5rem; border: 1px solid var(--ll-6b7785, #6b7785); border-radius: 4px; max-width: 100%; }
  button { padding: 0.45rem 0.9rem; border: 1px solid var(--ll-1f4e79, #1f4e79); border-radius: 4px; background: var(--ll-ffffff, #fff); color: var(--ll-1f4e79, #1f4e79); cursor: pointer; min-height: 44px; }
  button.primary { background: var(--ll-1f4e79, #1f4e79); color: var(--ll-ffffff, #fff); }
  button:disabled { opacity: 0.55; cursor: not-allowed; }
  button:focus-visible, select:focus-visible { outline: 3px solid var(--ll-1f4e79, #1f4e79); outline-offset: 2px; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0.75rem 0; }
  .error { color: var(--ll-a4161a, #a4161a); font-weight: 600; }
  .ok { color: var(--ll-14532d, #14532d); font-weight: 600; }
  .warn { color: var(--ll-7a4b00, #7a4b00); font-weight: 600; }
`;
