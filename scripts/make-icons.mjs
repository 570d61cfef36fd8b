// Renders public/icons/icon.svg to the PNG icons the web app manifest and iOS need (192, 512, maskable 512,
// apple-touch 180) with headless Chromium — no ImageMagick on the build machines. The PNGs are committed;
// re-run after changing the SVG: node scripts/make-icons.mjs
import { readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ICONS = join(ROOT, 'public/icons');
const BG = '#1f4e79';
const svg = readFileSync(join(ICONS, 'icon.svg'), 'utf8');
const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

// Maskable icons are cropped to a circle of 80% diameter: draw the artwork at 70% on a full-bleed background.
const VARIANTS = [
  { file: 'icon-192.png', size: 192, scale: 1, bg: 'transparent' },
  { file: 'icon-512.png', size: 512, scale: 1, bg: 'transparent' },
  { file: 'icon-maskable-512.png', size: 512, scale: 0.7, bg: BG },
  { file: 'apple-touch-icon.png', size: 180, scale: 0.86, bg: BG },
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const v of VARIANTS) {
    const img = Math.round(v.size * v.scale);
    await page.setViewportSize({ width: v.size, height: v.size });
    await page.setContent(`<html><body style="margin:0;width:${v.size}px;height:${v.size}px;display:grid;place-items:center;background:${v.bg}">
      <img src="${dataUrl}" width="${img}" height="${img}" alt=""></body></html>`);
    await page.locator('img').evaluate((el) => el.decode());
    await page.screenshot({ path: join(ICONS, v.file), omitBackground: v.bg === 'transparent', clip: { x: 0, y: 0, width: v.size, height: v.size } });
    console.log(`public/icons/${v.file} (${v.size}×${v.size})`);
  }
} finally {
  await browser.close();
}
