/**
 * The dark counterpart of each light colour, computed rather than hand-picked so that every text/background pair
 * that passes contrast in light mode passes in dark mode too. Relative luminance Y (WCAG) is mapped by
 *   f(Y) = (FLOOR + 0.05)·1.05 / (Y + 0.05) − 0.05,
 * which reverses light and dark and keeps every WCAG contrast ratio (Y₁ + 0.05)/(Y₂ + 0.05) exactly, as long as
 * f(Y) ≤ 1 (only near-black colours, Y < 0.0012, are clipped to white). White maps to FLOOR (≈ #191d22, not a
 * harsh black). Hue and saturation are kept; HSL lightness is solved for the target luminance by bisection.
 */

const FLOOR = 0.0102; // luminance of the darkest surface (white's counterpart)

const lin = (c: number): number => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const [r, g, b] = rgbOf(hex);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two colours (1–21). */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

function rgbOf(hex: string): [number, number, number] {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? h.split('').map((c) => c + c).join('') : h;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16) / 255) as [number, number, number];
}

function hsl([r, g, b]: [number, number, number]): [number, number, number] {
  const max = Math.max(r, g, b), min = Math.min(r, g, b), l = (max + min) / 2, d = max - min;
  if (d === 0) return [0, 0, l];
  const s = d / (1 - Math.abs(2 * l - 1));
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return [h * 60, s, l];
}

function hexOf(h: number, s: number, l: number): string {
  const c = (1 - Math.abs(2 * l - 1)) * s, x = c * (1 - Math.abs(((h / 60) % 2) - 1)), m = l - c / 2;
  const [r, g, b] = h < 60 ? [c, x, 0] : h < 120 ? [x, c, 0] : h < 180 ? [0, c, x] : h < 240 ? [0, x, c] : h < 300 ? [x, 0, c] : [c, 0, x];
  return `#${[r, g, b].map((v) => Math.round(Math.min(1, Math.max(0, v + m)) * 255).toString(16).padStart(2, '0')).join('')}`;
}

/** The dark-theme colour for a light-theme one (both #rrggbb). */
export function darkOf(hex: string): string {
  const target = Math.min(1, ((FLOOR + 0.05) * 1.05) / (luminance(hex) + 0.05) - 0.05);
  const [h, s] = hsl(rgbOf(hex));
  let lo = 0, hi = 1;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (luminance(hexOf(h, s, mid)) < target) lo = mid; else hi = mid;
  }
  // Rounding to 8-bit channels moves luminance slightly; take the side that keeps contrast with the floor.
  return hexOf(h, s, hi);
}
