// Vite build: ES-module workers (ORT threads hang with iife), models/artifacts served and copied under
// <base>/models/, base path from LEADLENS_BASE so the app runs under a sub-path such as /leadlens/.
import { defineConfig, type Plugin } from 'vite';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
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

export default defineConfig({
  base: process.env.LEADLENS_BASE ?? '/',
  plugins: [modelArtifacts(), leadlensPwa()],
  worker: { format: 'es' },
  optimizeDeps: { exclude: ['onnxruntime-web'] },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1024, manifest: true },
  server: { port: 5173 },
  preview: { port: 4173 },
});
