/**
 * Layout of the app shell: a side navigation on wide screens, a top bar on narrow ones. The bar's colours are
 * role tokens (--ll-nav-*, set by theme/theme.ts in dark mode only) so it stays a dark blue bar with light text
 * in the dark theme instead of inverting to light blue (#13); in light mode the fallbacks apply.
 */
import { css } from 'lit';

export const shellStyles = css`
  :host { display: grid; grid-template-columns: 15rem minmax(0, 1fr); min-height: 100vh; --ll-accent: var(--ll-1f4e79, #1f4e79); --ll-accent-fg: var(--ll-ffffff, #fff);
    --ll-bar: var(--ll-nav-bg, var(--ll-1f4e79, #1f4e79)); --ll-bar-fg: var(--ll-nav-fg, var(--ll-ffffff, #fff)); --ll-bar-focus: var(--ll-nav-focus, var(--ll-ffd28a, #ffd28a)); }
  .skip { position: absolute; left: -999px; top: 0; background: var(--ll-ffffff, #fff); padding: 0.5rem; z-index: 10; }
  .skip:focus { left: 0.5rem; }
  header { background: var(--ll-bar); color: var(--ll-bar-fg); padding: 1rem; display: flex; flex-direction: column; gap: 1rem; }
  .brand { font-size: 1.3rem; font-weight: 700; margin: 0; }
  .tagline { font-size: 0.8rem; opacity: 0.9; margin: 0; }
  nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 2px; }
  nav a { display: flex; gap: 0.5rem; color: var(--ll-bar-fg); text-decoration: none; padding: 0.5rem 0.6rem; border-radius: 6px; }
  nav a:hover, nav a:focus-visible { background: rgba(255, 255, 255, 0.15); outline: 2px solid transparent; }
  nav a:focus-visible { box-shadow: 0 0 0 2px var(--ll-bar-fg); }
  .nav-note { margin: 0.5rem 0 0; font-size: 0.8rem; }
  nav a[aria-current='page'] { background: rgba(255, 255, 255, 0.25); font-weight: 600; }
  .tools { margin-top: auto; display: flex; flex-direction: column; gap: 0.5rem; font-size: 0.9rem; }
  .tools select { font: inherit; padding: 0.25rem; }
  .user { display: flex; flex-direction: column; gap: 0.25rem; border-top: 1px solid rgba(255, 255, 255, 0.4); padding-top: 0.5rem; overflow-wrap: anywhere; }
  .user button { font: inherit; align-self: flex-start; padding: 0.3rem 0.8rem; border-radius: 6px; border: 2px solid var(--ll-bar-fg); background: transparent; color: var(--ll-bar-fg); cursor: pointer; }
  .user button:focus-visible { outline: 3px solid var(--ll-bar-focus); outline-offset: 2px; }
  main { padding: 1.5rem 2rem; max-width: 75rem; width: 100%; box-sizing: border-box; min-width: 0; }
  .top { display: flex; justify-content: space-between; align-items: center; gap: 0.5rem; }
  .collapsible { display: flex; flex-direction: column; gap: 1rem; flex: 1; }
  .menu { display: none; font: inherit; min-height: 2.75rem; padding: 0.3rem 0.9rem; border-radius: 6px; border: 2px solid var(--ll-bar-fg); background: transparent; color: var(--ll-bar-fg); cursor: pointer; }
  .menu:focus-visible { outline: 3px solid var(--ll-bar-focus); outline-offset: 2px; }
  @media (max-width: 48rem) {
    :host { grid-template-columns: minmax(0, 1fr); }
    header { padding: 0.5rem 1rem; gap: 0.5rem; }
    .tagline { display: none; }
    .menu { display: inline-block; }
    .collapsible { display: none; }
    .collapsible.open { display: flex; }
    nav ul { flex-direction: row; flex-wrap: wrap; }
    main { padding: 1rem; }
  }
`;
