// Makes the production build installable and offline-capable: after `vite build` writes dist/, this generates
// dist/sw.js with workbox-build (Workbox runtime inlined, never from a CDN) precaching the app shell, every
// chunk, the ONNX Runtime / tfjs wasm and the models, and copies index.html to 404.html so static hosts such as
// GitHub Pages serve the app for deep links. Any Workbox warning fails the build: Workbox otherwise silently
// drops files above maximumFileSizeToCacheInBytes, and the app would then break offline.
// Used as a Vite plugin (leadlensPwa(), runs on closeBundle for every `vite build`, whatever LEADLENS_BASE) and
// as a CLI for an existing build: node scripts/build-sw.mjs [--dir dist] [--base /leadlens/]
import { copyFile, readdir, rm, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW, getManifest } from 'workbox-build';

/** Large enough for the ONNX Runtime wasm (~14 MB) and the tfjs wasm; set explicitly (Workbox's default is 2 MB). */
export const MAX_PRECACHE_BYTES = 32 * 1024 * 1024;
/** Everything the app needs offline. 404.html is a copy of index.html (served by the host, not the SW). */
const PRECACHE_GLOBS = ['**/*.{html,js,mjs,css,wasm,onnx,json,webmanifest,svg,png,ico,woff,woff2,txt}'];
const PRECACHE_IGNORES = ['sw.js', 'workbox-*.js', '404.html', '**/*.map'];

function normaliseBase(base) {
  const trimmed = String(base ?? '/').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

async function listFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(full)));
    else out.push(full);
  }
  return out;
}

/**
 * Writes <outDir>/sw.js and <outDir>/404.html. Resolves with a summary; rejects on any Workbox warning or when a
 * file the app needs offline (wasm, model, chunk) did not make it into the precache manifest.
 */
export async function buildServiceWorker({ outDir = 'dist', base = '/', log = console.log } = {}) {
  const dir = resolve(outDir);
  const scope = normaliseBase(base);
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`build-sw: ${dir}/index.html missing (run vite build first)`);
  await rm(join(dir, 'sw.js'), { force: true });
  await copyFile(join(dir, 'index.html'), join(dir, '404.html'));

  const globbing = {
    globDirectory: dir,
    globPatterns: PRECACHE_GLOBS,
    globIgnores: PRECACHE_IGNORES,
    maximumFileSizeToCacheInBytes: MAX_PRECACHE_BYTES,
    // Hashed Vite assets never change under the same name: no cache-busting query needed for them.
    dontCacheBustURLsMatching: /assets\/.+-[\w-]{8}\.\w+$/,
  };
  // Check first, so a failing build leaves no service worker behind that would precache an incomplete app.
  const { manifestEntries, warnings: globWarnings } = await getManifest(globbing);
  if (globWarnings.length) throw new Error(`build-sw: Workbox warnings (treated as errors):\n  ${globWarnings.join('\n  ')}`);
  // Belt and braces: every wasm, model and script in the build must be precached.
  const cached = new Set((manifestEntries ?? []).map((e) => (typeof e === 'string' ? e : e.url)));
  const missing = [];
  for (const file of await listFiles(dir)) {
    const rel = relative(dir, file).split('\\').join('/');
    if (!/\.(wasm|onnx|m?js)$/.test(rel) || rel === 'sw.js' || /^workbox-/.test(rel)) continue;
    if (!cached.has(rel)) missing.push(`${rel} (${(await stat(file)).size} bytes)`);
  }
  if (missing.length) throw new Error(`build-sw: not precached:\n  ${missing.join('\n  ')}`);

  const { count, size, warnings } = await generateSW({
    ...globbing,
    swDest: join(dir, 'sw.js'),
    mode: 'production',
    sourcemap: false,
    inlineWorkboxRuntime: true,
    // Updates wait for the page: it shows "New version available — Reload" and posts SKIP_WAITING when the
    // user agrees and no batch is running. clientsClaim lets the very first visit become offline-ready.
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    cacheId: 'leadlens',
    // Deep links (any app path under the base) get the cached shell; the router then shows the screen.
    navigateFallback: `${scope}index.html`,
    navigateFallbackAllowlist: [new RegExp(`^${scope.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`)],
  });
  if (warnings.length) throw new Error(`build-sw: Workbox warnings (treated as errors):\n  ${warnings.join('\n  ')}`);

  log(`build-sw: ${dir}/sw.js precaches ${count} files, ${(size / 1024 / 1024).toFixed(1)} MB (scope ${scope}); 404.html written`);
  return { count, size, scope };
}

/** Vite plugin: runs buildServiceWorker after every production build (including sub-path builds). */
export function leadlensPwa() {
  let outDir = 'dist';
  let base = '/';
  let isBuild = false;
  let failed = false;
  let done = false;
  return {
    name: 'leadlens-pwa',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      base = config.base;
      isBuild = config.command === 'build' && !config.build.ssr && !config.build.lib;
    },
    buildStart() { failed = false; done = false; },
    buildEnd(error) { if (error) failed = true; },
    // closeBundle also runs after a failed build (sometimes twice): only act once, and only on success.
    async closeBundle() {
      if (!isBuild || failed || done) return;
      done = true;
      await buildServiceWorker({ outDir, base });
    },
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, def) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : def; };
  buildServiceWorker({ outDir: opt('--dir', 'dist'), base: opt('--base', process.env.LEADLENS_BASE ?? '/') })
    .catch((err) => { console.error(err.message ?? err); process.exit(1); });
}
