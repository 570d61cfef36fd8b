/** Look of the storage section in Settings: a card (matching the other settings sections) with a usage meter. */
import { css } from 'lit';

export const storageSettingsStyles = css`
  :host { display: block; padding: 1rem 1.25rem; background: var(--ll-ffffff, #fff); border: 1px solid var(--ll-c5ced9, #c5ced9); border-radius: 8px; color: var(--ll-1a1a1a, #1a1a1a); }
  h2 { margin: 0 0 0.35rem; font-size: 1.15rem; }
  .help { margin: 0 0 0.75rem; color: var(--ll-36424f, #36424f); }
  p { margin: 0.4rem 0; }
  meter { width: 100%; max-width: 24rem; height: 1rem; }
  .actions { display: flex; gap: 0.5rem; flex-wrap: wrap; margin-top: 0.75rem; }
  button { font: inherit; padding: 0.4rem 0.9rem; border-radius: 6px; cursor: pointer; border: 2px solid var(--ll-1f4e79, #1f4e79); }
  .primary { background: var(--ll-1f4e79, #1f4e79); color: var(--ll-ffffff, #fff); }
  .secondary { background: var(--ll-ffffff, #fff); color: var(--ll-1f4e79, #1f4e79); }
  button:disabled { cursor: default; opacity: 0.75; }
  button:focus-visible { outline: 3px solid var(--ll-b35c00, #b35c00); outline-offset: 2px; }
  .ok { color: var(--ll-1d5e2c, #1d5e2c); }
  .warn { color: var(--ll-7a4100, #7a4100); }
`;
