/** Look of "Back up now": a card like the dashboard tiles and settings sections, fields stacked (phone-width safe). */
import { css } from 'lit';

export const backupNowStyles = css`
  :host { display: block; background: var(--ll-ffffff, #fff); border: 1px solid var(--ll-c5ced9, #c5ced9); border-radius: 8px; padding: 1rem 1.25rem; color: var(--ll-1a1a1a, #1a1a1a); }
  h2 { margin: 0 0 0.25rem; font-size: 1.15rem; }
  p { margin: 0.4rem 0; color: var(--ll-36424f, #36424f); }
  form, .days { display: flex; flex-direction: column; gap: 0.3rem; margin-top: 0.5rem; }
  label { font-weight: 600; }
  input { font: inherit; padding: 0.4rem 0.5rem; border: 1px solid var(--ll-5b6b7c, #5b6b7c); border-radius: 6px; max-width: 100%; box-sizing: border-box; }
  button { font: inherit; padding: 0.5rem 1rem; border-radius: 6px; cursor: pointer; align-self: flex-start; border: 2px solid var(--ll-1f4e79, #1f4e79); background: var(--ll-1f4e79, #1f4e79); color: var(--ll-ffffff, #fff); margin-top: 0.3rem; }
  button.secondary { background: var(--ll-ffffff, #fff); color: var(--ll-1f4e79, #1f4e79); }
  button:disabled { opacity: 0.6; cursor: progress; }
  input:focus-visible, button:focus-visible { outline: 3px solid var(--ll-b35c00, #b35c00); outline-offset: 2px; }
  .hint { font-size: 0.9rem; color: var(--ll-3d4a57, #3d4a57); }
  .warn { color: var(--ll-8a4b00, #8a4b00); font-weight: 600; }
  .reminder { background: var(--ll-fff4e0, #fff4e0); border-left: 4px solid var(--ll-b35c00, #b35c00); padding: 0.4rem 0.6rem; color: var(--ll-5c3200, #5c3200); font-weight: 600; }
  .ok { color: var(--ll-1d5e2c, #1d5e2c); }
  .error { color: var(--ll-9b1c1c, #9b1c1c); font-weight: 600; }
`;
