// How much JavaScript the first screen costs: reads Vite's dist/.vite/manifest.json (build.manifest: true),
// starts at the index.html entry and follows static imports only (lazy routes, workers, wasm and models load
// later), and gzips each chunk. Also tells whether dist/ is older than the sources (bench rebuilds then).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function firstScreenSize(dist) {
  const manifestPath = join(dist, '.vite/manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} missing: vite.config.ts needs build.manifest: true`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry && k.endsWith('index.html'))
    ?? Object.keys(manifest).find((k) => manifest[k].isEntry);
  if (!entryKey) throw new Error('no entry in the Vite manifest');
  const seen = new Set();
  const css = new Set();
  const visit = (key) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const c of manifest[key].css ?? []) css.add(c);
    for (const dep of manifest[key].imports ?? []) visit(dep);
  };
  visit(entryKey);
  const measure = (file) => {
    const buf = readFileSync(join(dist, file));
    return { file, bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
  };
  const chunks = [...seen].map((k) => measure(manifest[k].file)).filter((c) => /\.m?js$/.test(c.file));
  const styles = [...css].map(measure);
  const sum = (list, key) => list.reduce((a, c) => a + c[key], 0);
  return {
    entry: entryKey, chunks,
    jsBytes: sum(chunks, 'bytes'), jsGzip: sum(chunks, 'gzip'),
    cssBytes: sum(styles, 'bytes'), cssGzip: sum(styles, 'gzip'),
  };
}

function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** True when dist/ is missing, has no manifest, or any source is newer than its index.html. */
export function buildIsStale(root, dist) {
  const built = join(dist, 'index.html');
  if (!existsSync(built) || !existsSync(join(dist, '.vite/manifest.json'))) return true;
  const sources = ['src', 'index.html', 'vite.config.ts', 'public', 'models/artifacts'].map((p) => newest(join(root, p)));
  return Math.max(...sources) > statSync(built).mtimeMs;
}
