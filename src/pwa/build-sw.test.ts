// scripts/build-sw.mjs: precaches everything (wasm, models, chunks), writes 404.html, and fails the build
// instead of letting Workbox silently drop a file that is too big to precache.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServiceWorker, MAX_PRECACHE_BYTES } from '../../scripts/build-sw.mjs';

const dirs: string[] = [];
function fakeDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'leadlens-sw-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'assets'));
  mkdirSync(join(dir, 'models'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title>');
  writeFileSync(join(dir, 'assets/index-abcdefgh.js'), 'console.log(1)');
  writeFileSync(join(dir, 'assets/ort-wasm-simd-threaded-ABCDEFGH.wasm'), Buffer.alloc(3 * 1024 * 1024));
  writeFileSync(join(dir, 'models/index.json'), '{}');
  writeFileSync(join(dir, 'models/m.onnx'), Buffer.alloc(10));
  return dir;
}
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

describe('buildServiceWorker', () => {
  it('precaches wasm, models and chunks under the base path and writes 404.html', async () => {
    const dir = fakeDist();
    const r = await buildServiceWorker({ outDir: dir, base: '/leadlens/', log: () => {} });
    expect(r.count).toBe(5);
    expect(r.scope).toBe('/leadlens/');
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    for (const url of ['assets/ort-wasm-simd-threaded-ABCDEFGH.wasm', 'models/m.onnx', 'models/index.json', 'index.html']) expect(sw).toContain(`"${url}"`);
    expect(sw).toContain('"/leadlens/index.html"');
    expect(sw).toContain('SKIP_WAITING');
    expect(sw).not.toMatch(/importScripts\(|googleapis|cdn/i);
    expect(readFileSync(join(dir, '404.html'), 'utf8')).toBe(readFileSync(join(dir, 'index.html'), 'utf8'));
  });

  it('fails instead of silently dropping a file above the precache limit', async () => {
    const dir = fakeDist();
    writeFileSync(join(dir, 'assets/huge-ABCDEFGH.wasm'), Buffer.alloc(MAX_PRECACHE_BYTES + 1));
    await expect(buildServiceWorker({ outDir: dir, log: () => {} })).rejects.toThrow(/huge-ABCDEFGH\.wasm/);
    expect(existsSync(join(dir, 'sw.js'))).toBe(false);
  });
});
