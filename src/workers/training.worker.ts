/**
 * The training worker: retrains conversion candidates off the main thread (logistic regression, boosted trees,
 * MLP on tfjs's wasm backend, loaded lazily from <base>tfjs/ — never a CDN) and reports every epoch/round
 * to the page for the live chart. Cancel = the bridge terminates this worker. Logic: ./training/service.ts.
 */
import { expose } from 'comlink';
import type { TrainingApi } from '../bridge/training-contract';
import { runTraining } from './training/service';

async function loadTf(tfjsBase: string): Promise<typeof import('@tensorflow/tfjs')> {
  const tf = await import('@tensorflow/tfjs');
  const wasm = await import('@tensorflow/tfjs-backend-wasm');
  // A cross-origin-isolated page makes setBackend('wasm') hang unless multithreading is declared off.
  if (self.crossOriginIsolated) tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  wasm.setWasmPaths(tfjsBase);
  const ok = await tf.setBackend('wasm').catch(() => false);
  if (!ok) await tf.setBackend('cpu');
  await tf.ready();
  return tf;
}

const api: TrainingApi = {
  train: (req, onProgress) => runTraining(req, (p) => { void onProgress(p); }, { loadTf }),
  benchmark: async (kind, rows, card, trees, tfjsBase) => (await import('./training/bench')).benchTraining(kind, rows, card, trees, { loadTf }, tfjsBase),
};

expose(api);
