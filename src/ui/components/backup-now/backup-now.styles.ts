/** Look of "Back up now": a card like the dashboard tiles and settings sections, fields stacked (phone-width safe). */
import { css } from 'lit';

export const backupNowStyles = css`
  :host { display: block; background: #fff; border: 1px solid #c5ced9; border-radius: 8px; padding: 1rem 1.25rem; color: #1a1a1a; }
  h2 { margin: 0 0 0.25rem; font-size: 1.15rem; }
  p { margin: 0.4rem 0; color: #36424f; }
  form, .days { display: flex; flex-direction: column; gap: 0.3rem; margin-top: 0.5rem; }
  label { font-weight: 600; }
  input { font: inherit; padding: 0.4rem 0.5rem; border: 1px solid #5b6b7c; border-radius: 6px; max-width: 100%; box-sizing: border-box; }
  button { font: inherit; padding: 0.5rem 1rem; border-radius: 6px; cursor: pointer; align-self: flex-start; border: 2px solid #1f4e79; background: #1f4e79; color: #fff; margin-top: 0.3rem; }
  button.secondary { background: #fff; color: #1f4e79; }
  button:disabled { opacity: 0.6; cursor: progress; }
  input:focus-visible, button:focus-visible { outline: 3px solid #b35c00; outline-offset: 2px; }
  .hint { font-size: 0.9rem; color: #3d4a57; }
  .warn { color: #8a4b00; font-weight: 600; }
  .reminder { background: #fff4e0; border-left: 4px solid #b35c00; padding: 0.4rem 0.6rem; color: #5c3200; font-weight: 600; }
  .ok { color: #1d5e2c; }
  .error { color: #9b1c1c; font-weight: 600; }
`;
