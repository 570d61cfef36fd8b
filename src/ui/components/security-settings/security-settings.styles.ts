/** Look of the security/backup section in Settings: a card like the other settings sections. */
import { css } from 'lit';

export const securitySettingsStyles = css`
  :host { display: block; margin: 1.5rem 0; padding: 1rem 1.25rem; background: var(--ll-ffffff, #fff); border: 1px solid var(--ll-c9d2dc, #c9d2dc); border-radius: 8px; color: var(--ll-1a1a1a, #1a1a1a); }
  h2 { margin: 0 0 0.5rem; font-size: 1.15rem; }
  h3 { margin: 1rem 0 0.4rem; font-size: 1rem; }
  p { margin: 0.4rem 0; }
  .grid { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: flex-end; }
  .grid > * { min-width: 0; max-width: 100%; }
  label { display: flex; flex-direction: column; gap: 0.25rem; font-weight: 600; }
  label.inline { flex-direction: row; align-items: center; gap: 0.4rem; }
  input { font: inherit; padding: 0.35rem 0.5rem; border: 1px solid var(--ll-5b6b7c, #5b6b7c); border-radius: 6px; font-weight: 400; }
  button { font: inherit; padding: 0.4rem 0.9rem; border-radius: 6px; cursor: pointer; border: 2px solid var(--ll-1f4e79, #1f4e79); background: var(--ll-1f4e79, #1f4e79); color: var(--ll-ffffff, #fff); }
  button.danger { background: var(--ll-ffffff, #fff); color: var(--ll-9b1c1c, #9b1c1c); border-color: var(--ll-9b1c1c, #9b1c1c); }
  button:disabled { opacity: 0.75; cursor: progress; }
  input:focus-visible, button:focus-visible { outline: 3px solid var(--ll-b35c00, #b35c00); outline-offset: 2px; }
  .ok { color: var(--ll-1d5e2c, #1d5e2c); }
  .error { color: var(--ll-9b1c1c, #9b1c1c); font-weight: 600; }
  .hint { color: var(--ll-3d4a57, #3d4a57); font-size: 0.9rem; }
`;
