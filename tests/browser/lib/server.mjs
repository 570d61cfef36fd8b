// Starts scripts/serve.mjs (the same server `npm start` uses) on a free port and builds extra variants
// (the sub-path build) on demand, so browser journeys test exactly what users get from a static host.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Serves `dir` under `base` on 127.0.0.1 (`port` 0: a free one); resolves once the server printed its URL. */
export function startServer({ dir = join(ROOT, 'dist'), base = '/', coi = false, port = 0 } = {}) {
  const args = [join(ROOT, 'scripts/serve.mjs'), '--port', String(port), '--dir', dir, '--base', base];
  if (coi) args.push('--coi');
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => { child.kill(); reject(new Error(`serve.mjs did not start:\n${output}`)); }, 15_000);
    const onData = (chunk) => {
      output += chunk;
      const m = /running at http:\/\/localhost:(\d+)(\S*)/.exec(output);
      if (!m) return;
      clearTimeout(timer);
      const origin = `http://127.0.0.1:${m[1]}`;
      resolvePromise({
        origin,
        url: `${origin}${m[2]}`,
        close: () => new Promise((done) => {
          if (child.exitCode !== null) return done();
          child.once('exit', () => done());
          child.kill('SIGTERM');
        }),
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (c) => { output += c; });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`serve.mjs exited (${code}):\n${output}`)); });
  });
}

/** Runs a command; resolves with its output, rejects with it on a non-zero exit. */
export function run(cmd, args, { env = {}, cwd = ROOT, timeoutMs = 300_000 } = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c) => { out += c; });
    child.stderr.on('data', (c) => { out += c; });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolvePromise(out);
      else reject(new Error(`${cmd} ${args.join(' ')} exited ${code}:\n${out.slice(-4000)}`));
    });
  });
}

const builds = new Map();

/**
 * Builds the app for a sub-path (LEADLENS_BASE) into a temporary folder, once per run. The folder is outside
 * the repository so lint and git never see it; it is removed when the runner exits.
 */
export function buildForBase(base) {
  if (!builds.has(base)) {
    const outDir = mkdtempSync(join(tmpdir(), 'leadlens-sub-'));
    process.once('exit', () => rmSync(outDir, { recursive: true, force: true }));
    const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
    builds.set(base, run(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { env: { LEADLENS_BASE: base } })
      .then(() => {
        if (!existsSync(join(outDir, 'index.html'))) throw new Error(`sub-path build produced no index.html in ${outDir}`);
        return outDir;
      }));
  }
  return builds.get(base);
}
