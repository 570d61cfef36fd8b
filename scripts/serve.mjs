// Serves the production build (dist/) on localhost with an SPA fallback so deep links reload, and prints the URL.
// Usage: node scripts/serve.mjs [--port 4173] [--base /leadlens/] [--dir dist] [--coi]  (--coi adds COOP/COEP).
// --port 0 picks a free port; the printed URL always carries the real one (tests parse it).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { existsSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, def) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : def; };
const port = Number(opt('--port', process.env.PORT ?? 4173));
const rawBase = opt('--base', process.env.LEADLENS_BASE ?? '/');
const base = `/${rawBase.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
const dir = resolve(opt('--dir', 'dist'));
const coi = args.includes('--coi');
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.onnx': 'application/octet-stream', '.ico': 'image/x-icon',
  '.woff2': 'font/woff2', '.txt': 'text/plain; charset=utf-8', '.csv': 'text/csv; charset=utf-8',
};

async function fileFor(urlPath) {
  if (!urlPath.startsWith(base)) return null;
  const rel = decodeURIComponent(urlPath.slice(base.length));
  const file = normalize(join(dir, rel));
  if (!file.startsWith(dir)) return null;
  try { if ((await stat(file)).isFile()) return file; } catch { /* not found */ }
  return null;
}

const COMPRESSIBLE = /^\.(html|js|mjs|css|json|webmanifest|wasm|svg|txt|csv)$/;
const gzipCache = new Map();

const server = createServer(async (req, res) => {
  const urlPath = new URL(req.url ?? '/', 'http://x').pathname;
  let file = await fileFor(urlPath);
  let status = 200;
  if (!file) {
    // The bare sub-path without its trailing slash (/leadlens) redirects to /leadlens/.
    if (`${urlPath}/` === base) { res.writeHead(301, { Location: base }); res.end(); return; }
    if (!urlPath.startsWith(base)) { res.writeHead(404); res.end('Not found'); return; }
    // SPA fallback, like GitHub Pages' 404.html: unknown app paths get the app, which routes them.
    file = (await fileFor(`${base}404.html`)) ?? join(dir, 'index.html');
    status = extname(urlPath) ? 404 : 200;
  }
  const headers = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
  if (coi) Object.assign(headers, { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' });
  const body = await readFile(file);
  // Compress text and wasm like any real static host would (cached per file and modification time).
  if (COMPRESSIBLE.test(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    const key = `${file}:${(await stat(file)).mtimeMs}`;
    let gz = gzipCache.get(key);
    if (!gz) gzipCache.set(key, (gz = gzipSync(body)));
    Object.assign(headers, { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
    res.writeHead(status, headers);
    res.end(gz);
    return;
  }
  res.writeHead(status, headers);
  res.end(body);
});

if (!existsSync(join(dir, 'index.html'))) {
  console.error(`No build in ${dir}: run \`npm run build\` first (or \`npm start\`, which builds and serves).`);
  process.exit(1);
}

// Without an explicit --port/PORT, a busy 4173 moves on to the next free port instead of failing.
const fixedPort = args.includes('--port') || process.env.PORT !== undefined;
let tries = 0;
server.on('error', (err) => {
  if (err.code !== 'EADDRINUSE' || fixedPort || ++tries > 20) { console.error(err.message); process.exit(1); }
  server.listen(port + tries, '127.0.0.1');
});
server.listen(port, '127.0.0.1');
server.on('listening', () => {
  const addr = server.address();
  const real = typeof addr === 'object' && addr ? addr.port : port;
  console.log(`LeadLens is running at http://localhost:${real}${base}`);
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => { server.close(); process.exit(0); });
