/**
 * The colour theme (#13): follows the system's prefers-color-scheme unless the user picks light or dark in
 * Settings (kept in localStorage, like the language, because it applies before sign-in). The resolved theme is
 * set as `data-theme` on <html> (charts watch it: components/chart/chart-controller) and one document-level
 * stylesheet gives every `--ll-<hex>` colour token its dark value (dark-palette.ts). Components keep their
 * light colours as var() fallbacks (scripts/theme-tokens.mjs), so light mode needs no token at all.
 */
import { LIGHT_COLOURS } from './palette.gen';
import { darkOf } from './dark-palette';

export type ThemePref = 'system' | 'light' | 'dark';
export const THEME_PREFS: readonly ThemePref[] = ['system', 'light', 'dark'];
const KEY = 'leadlens.theme';
/** Page colours that live outside components (index.html's body uses these two tokens). */
const PAGE = { bg: 'f5f7fa', fg: '1a1a1a' };

const listeners = new Set<() => void>();
let mq: MediaQueryList | undefined;

export function getThemePref(): ThemePref {
  let v: string | null = null;
  try { v = localStorage.getItem(KEY); } catch { /* storage blocked: system */ }
  return v === 'light' || v === 'dark' ? v : 'system';
}

export function resolvedTheme(pref = getThemePref()): 'light' | 'dark' {
  return pref === 'system' ? (mq?.matches ? 'dark' : 'light') : pref;
}

function apply(): void {
  const theme = resolvedTheme();
  document.documentElement.dataset.theme = theme;
  document.documentElement.style.colorScheme = theme;
  for (const fn of listeners) fn();
}

export function setThemePref(pref: ThemePref): void {
  try { if (pref === 'system') localStorage.removeItem(KEY); else localStorage.setItem(KEY, pref); } catch { /* not persisted */ }
  apply();
}

export function onThemeChange(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/**
 * Role tokens, dark mode only (#13): surfaces that keep their role instead of inverting. The navigation bar is a
 * dark blue with white text in light mode; inverted it would be light blue, so in dark mode it is the dark
 * counterpart of a pale blue tint (a deep navy) with the dark theme's text colour and a light focus ring.
 */
export const DARK_ROLES: Readonly<Record<string, string>> = { 'nav-bg': darkOf('#d6e2ef'), 'nav-fg': darkOf('#1a1a1a'), 'nav-focus': '#ffd28a' };

/** The dark token values as CSS text (exported for the unit test). */
export function darkCss(): string {
  const tokens = [...new Set([...LIGHT_COLOURS, PAGE.bg, PAGE.fg])].map((h) => `--ll-${h}: ${darkOf(`#${h}`)};`).join(' ');
  const roles = Object.entries(DARK_ROLES).map(([k, v]) => `--ll-${k}: ${v};`).join(' ');
  return `:root[data-theme="dark"] { ${tokens} ${roles} }`;
}

/** Installs the stylesheet and applies the saved choice; call once, before the app renders. */
export function installTheme(): void {
  if (mq) return;
  mq = globalThis.matchMedia?.('(prefers-color-scheme: dark)');
  mq?.addEventListener('change', () => { if (getThemePref() === 'system') apply(); });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(darkCss());
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  apply();
}
