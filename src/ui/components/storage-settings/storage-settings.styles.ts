/** Look of the storage section in Settings: a card with a usage meter and one action. */
import { css } from 'lit';

export const storageSettingsStyles = css`
  :host { display: block; margin: 1.5rem 0; padding: 1rem 1.25rem; background: #fff; border: 1px solid #c9d2dc; border-radius: 8px; color: #1a1a1a; }
  h2 { margin: 0 0 0.5rem; font-size: 1.15rem; }
  p { margin: 0.4rem 0; }
  meter { width: 100%; max-width: 24rem; height: 1rem; }
  .actions { display: flex; gap: 0.5rem; flex-wrap: wrap; margin-top: 0.75rem; }
  button { font: inherit; padding: 0.4rem 0.9rem; border-radius: 6px; cursor: pointer; border: 2px solid #1f4e79; }
  .primary { background: #1f4e79; color: #fff; }
  .secondary { background: #fff; color: #1f4e79; }
  button:disabled { cursor: default; opacity: 0.75; }
  button:focus-visible { outline: 3px solid #b35c00; outline-offset: 2px; }
  .ok { color: #1d5e2c; }
  .warn { color: #7a4100; }
`;
