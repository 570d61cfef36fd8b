/** Styles shared by the Models screen's panels (training and registry): a card like the settings sections. */
import { css } from 'lit';

export const trainingPanelStyles = css`
  :host { display: block; min-width: 0; background: #fff; border: 1px solid #c5ced9; border-radius: 8px; padding: 1rem 1.25rem; }
  h2 { margin: 0 0 0.35rem; font-size: 1.15rem; }
  .help { margin: 0 0 0.75rem; color: #36424f; }
  .detail { color: #47505c; font-size: 0.9rem; }
  label { display: block; font-weight: 500; margin-top: 0.75rem; }
  select, button { font: inherit; }
  select { padding: 0.35rem 0.5rem; border: 1px solid #6b7785; border-radius: 4px; max-width: 100%; }
  button { padding: 0.45rem 0.9rem; border: 1px solid #1f4e79; border-radius: 4px; background: #fff; color: #1f4e79; cursor: pointer; min-height: 44px; }
  button.primary { background: #1f4e79; color: #fff; }
  button:disabled { opacity: 0.55; cursor: not-allowed; }
  button:focus-visible, select:focus-visible { outline: 3px solid #1f4e79; outline-offset: 2px; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0.75rem 0; }
  .error { color: #a4161a; font-weight: 600; }
  .ok { color: #14532d; font-weight: 600; }
  .warn { color: #7a4b00; font-weight: 600; }
`;
