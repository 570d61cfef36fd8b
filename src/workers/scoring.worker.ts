/**
 * The scoring worker: loads ONNX Runtime Web (its own lazily loaded chunk, wasm emitted by Vite, never a
 * CDN), verifies and caches the model once per worker, and serves scoreOne/scoreMany over Comlink so
 * the page never blocks on inference or explanations. Logic lives in ./scoring/service.ts.
 */
import { expose, transfer } from 'comlink';
import type { ScoredColumns, ScoringApi } from '../bridge/contracts';
import { ScoringService } from './scoring/service';
import type { OrtModuleLike } from './scoring/ort-runner';

const service = new ScoringService({
  loadOrt: async () => (await import('onnxruntime-web/wasm')) as unknown as OrtModuleLike,
  threads: self.crossOriginIsolated ? 2 : 1,
  wasm: true,
});

const api: ScoringApi = {
  init: (urls) => service.init(urls),
  modelInfo: () => service.modelInfo(),
  scoreOne: (raw, opts) => service.scoreOne(raw, opts),
  scoreMany: (values, opts) => service.scoreMany(values, opts),
  // Typed-array columns are moved to the page, not copied.
  scoreColumns: async (values, opts) => {
    const c: ScoredColumns = await service.scoreColumns(values, opts);
    return transfer(c, [c.rawProbability.buffer, c.score.buffer, c.predicted.buffer, c.decile.buffer, c.segment.buffer, c.cluster.buffer]);
  },
};

expose(api);
