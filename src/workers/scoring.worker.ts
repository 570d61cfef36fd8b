/**
 * The scoring worker: loads ONNX Runtime Web (its own lazily loaded chunk, wasm emitted by Vite, never a
 * CDN), verifies and caches the model once per worker, and serves scoreOne/scoreMany over Comlink so
 * the page never blocks on inference or explanations. Logic lives in ./scoring/service.ts.
 */
import { expose } from 'comlink';
import type { ScoringApi } from '../bridge/contracts';
import { ScoringService } from './scoring/service';
import type { OrtModuleLike } from './scoring/ort-runner';

const service: ScoringApi = new ScoringService({
  loadOrt: async () => (await import('onnxruntime-web/wasm')) as unknown as OrtModuleLike,
  threads: self.crossOriginIsolated ? 2 : 1,
  wasm: true,
});

expose(service);
