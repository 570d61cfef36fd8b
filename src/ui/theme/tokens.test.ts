/**
 * The dark theme's guarantees: every css`…` colour is a token (scripts/theme-tokens.mjs leaves nothing to do),
 * and the computed dark palette keeps the WCAG contrast of light-mode pairs actually used together.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { contrast, darkOf, luminance } from './dark-palette';
import { LIGHT_COLOURS } from './palette.gen';
import { DARK_ROLES, darkCss } from './theme';

describe('dark theme tokens', () => {
  it('leaves no raw hex colour in any css template (run `node scripts/theme-tokens.mjs` if this fails)', () => {
    const root = new URL('../../../', import.meta.url).pathname;
    expect(() => execFileSync('node', ['scripts/theme-tokens.mjs', '--check'], { cwd: root, stdio: 'pipe' })).not.toThrow();
  });

  it('keeps the contrast of text/background pairs used in the light theme', () => {
    const pairs: [string, string][] = [['#1a1a1a', '#ffffff'], ['#36424f', '#ffffff'], ['#ffffff', '#1f4e79'], ['#a4161a', '#ffffff'],
      ['#4a5868', '#f5f7fa'], ['#14532d', '#ffffff'], ['#1a1a1a', '#f5f7fa'], ['#1f4e79', '#eef2f7']];
    for (const [fg, bg] of pairs) {
      const light = contrast(fg, bg);
      const dark = contrast(darkOf(fg), darkOf(bg));
      expect(Math.abs(dark - light) / light, `${fg} on ${bg}: ${light.toFixed(2)} → ${dark.toFixed(2)}`).toBeLessThan(0.04);
    }
  });

  it('turns light surfaces dark and dark text light, for every colour in the palette', () => {
    expect(luminance(darkOf('#ffffff'))).toBeLessThan(0.02);
    expect(luminance(darkOf('#1a1a1a'))).toBeGreaterThan(0.8);
    for (const h of LIGHT_COLOURS) {
      const d = darkOf(`#${h}`);
      expect(d).toMatch(/^#[0-9a-f]{6}$/);
      if (luminance(`#${h}`) > 0.5) expect(luminance(d)).toBeLessThan(0.1);
    }
  });

  it('keeps the navigation bar a dark surface with text as readable as in light mode', () => {
    const bg = DARK_ROLES['nav-bg'];
    expect(luminance(bg)).toBeLessThan(0.05);
    expect(contrast(DARK_ROLES['nav-fg'], bg)).toBeGreaterThanOrEqual(contrast('#ffffff', '#1f4e79'));
    expect(contrast(DARK_ROLES['nav-focus'], bg)).toBeGreaterThanOrEqual(3);
    expect(darkCss()).toContain(`--ll-nav-bg: ${bg};`);
  });
});
