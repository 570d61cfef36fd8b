// Vite build: ES-module workers (ORT threads hang with iife), models/artifacts served and copied under
// <base>/models/, base path from LEADLENS_BASE so the app runs under a sub-path such as /leadlens/.
import { defineConfig, type Plugin } from 'vite';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { leadlensPwa } from './scripts/build-sw.mjs';

const ARTIFACTS = resolve(__dirname, 'models/artifacts');
const SERVED = /\.(onnx|json)$/;

/** Serves models/artifacts at <base>models/ in dev and emits them into dist/models/ at build. */
function modelArtifacts(): Plugin {
  return {
    name: 'leadlens-model-artifacts',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const base = server.config.base;
        const url = (req.url ?? '').split('?')[0];
        if (!url.startsWith(`${base}models/`)) return next();
        const file = join(ARTIFACTS, url.slice(`${base}models/`.length));
        if (!file.startsWith(ARTIFACTS) || !existsSync(file)) return next();
        res.setHeader('Content-Type', file.endsWith('.json') ? 'application/json' : 'application/octet-stream');
        res.end(readFileSync(file));
      });
    },
    generateBundle() {
      if (!existsSync(ARTIFACTS)) return;
      for (const name of readdirSync(ARTIFACTS)) {
        if (!SERVED.test(name) || name.startsWith('parity')) continue;
        this.emitFile({ type: 'asset', fileName: `models/${name}`, source: readFileSync(join(ARTIFACTS, name)) });
      }
    },
  };
}

const TFJS_WASM = resolve(__dirname, 'node_modules/@tensorflow/tfjs-backend-wasm/dist');

/**
 * Ships tfjs's wasm binaries under <base>tfjs/ (precached by the service worker like the ORT wasm), so
 * in-browser retraining works offline and never fetches them from a CDN: the training worker points
 * tfjs at them with setWasmPaths(`${BASE_URL}tfjs/`).
 */
function tfjsWasm(): Plugin {
  return {
    name: 'leadlens-tfjs-wasm',
    apply: 'build',
    generateBundle() {
      if (!existsSync(TFJS_WASM)) return;
      for (const name of readdirSync(TFJS_WASM)) {
        if (name.endsWith('.wasm')) this.emitFile({ type: 'asset', fileName: `tfjs/${name}`, source: readFileSync(join(TFJS_WASM, name)) });
      }
    },
  };
}

/**
 * Reports the first screen's JavaScript after every build: the HTML entry chunk plus everything it
 * imports statically, gzipped, excluding wasm, models and lazy routes (budget: 250 KB gzip, issue #3).
 */
function firstScreenSize(): Plugin {
  let report = '';
  return {
    name: 'leadlens-first-screen-size',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map(Object.values(bundle).filter((c) => c.type === 'chunk').map((c) => [c.fileName, c] as const));
      const entry = [...chunks.values()].find((c) => c.type === 'chunk' && c.isEntry && c.facadeModuleId?.endsWith('index.html'));
      if (!entry || entry.type !== 'chunk') return;
      const seen = new Set<string>();
      const walk = (name: string): void => {
        const c = chunks.get(name);
        if (!c || c.type !== 'chunk' || seen.has(name)) return;
        seen.add(name);
        c.imports.forEach(walk);
      };
      walk(entry.fileName);
      let raw = 0;
      let gz = 0;
      for (const name of seen) {
        const c = chunks.get(name);
        if (c?.type !== 'chunk') continue;
        raw += Buffer.byteLength(c.code);
        gz += gzipSync(c.code).length;
      }
      const kib = (n: number): string => (n / 1024).toFixed(1);
      report = `first screen JS: ${kib(gz)} KiB gzip (${kib(raw)} KiB raw, ${seen.size} chunks; wasm, models and lazy routes excluded; budget 250 KB gzip)`;
    },
    closeBundle() {
      if (report) console.log(report);
    },
  };
}

/**
 * Marks the ApexCharts chunk for eager compilation (V8's explicit compile hints, Chrome 136+: a first-line
 * `//# allFunctionsCalledOnLoad`), so V8 compiles it while the chunk streams in, off the main thread, instead of
 * function by function inside the first chart draw (issue #11: that draw was the longest main-thread task).
 */
function compileHints(): Plugin {
  return {
    name: 'leadlens-compile-hints',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const c of Object.values(bundle)) {
        if (c.type === 'chunk' && c.moduleIds.some((id) => id.includes('/node_modules/apexcharts/'))) c.code = `//# allFunctionsCalledOnLoad\n${c.code}`;
      }
    },
  };
}

export default defineConfig({
  base: process.env.LEADLENS_BASE ?? '/',
  plugins: [modelArtifacts(), tfjsWasm(), firstScreenSize(), compileHints(), leadlensPwa()],
  worker: { format: 'es' },
  optimizeDeps: { exclude: ['onnxruntime-web'] },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1024, manifest: true },
  server: { port: 5173 },
  preview: { port: 4173 },
});
