/**
 * Batch stage B worker: ONNX inference (onnxruntime-web wasm, loaded lazily, 1 thread unless the page is
 * cross-origin isolated), decisions and aggregates via the core, and one IndexedDB transaction per chunk
 * (Dexie in the worker: a million rows never pass through the main thread).
 */
import { expose } from 'comlink';
import { db, openDb } from '../../storage/db';
import { loadBatchRunner } from './model';
import { StoreStage } from './store-stage';
import type { ChunkMsg, EndMsg } from '../csv/reader';
import type { StoreWorkerApi } from './protocol';

const api: StoreWorkerApi = {
  async run(args, onProgress) {
    const database = args.dbName ? openDb(args.dbName) : db();
    const runner = await loadBatchRunner(args.modelUrl, args.card, args.stored);
    const stage = new StoreStage(database, args.card, runner, args.run, args.keys);
    await stage.loadCommitted();
    const { port } = args;
    return new Promise((resolve, reject) => {
      let chain = Promise.resolve();
      port.onmessage = (e: MessageEvent<ChunkMsg | EndMsg>) => {
        const m = e.data;
        chain = chain
          .then(async () => {
            if (m.type === 'chunk') {
              await stage.onChunk(m);
              port.postMessage({ type: 'ack', chunk: m.chunk });
              const r = stage.record;
              onProgress({ committedRows: r.committedRows, scored: r.counts.scored, invalid: r.counts.invalid, committedChunks: r.committedChunks, stage: 'storing', timing: stage.timing });
            } else {
              const t = stage.timing;
              const rt = m.timing;
              const done = await stage.finish(m, {
                stats: { readMs: rt.readMs, parseMs: rt.parseMs, validateMs: rt.validateMs, clusterMs: rt.clusterMs, inferenceMs: t.inferenceMs + rt.inferenceMs, decideMs: t.decideMs, storeMs: t.storeMs, totalMs: Date.now() - args.run.startedAt, stolenChunks: rt.stolenChunks,
                  parseBusyMs: rt.readMs + rt.parseMs + rt.validateMs + rt.clusterMs + rt.inferenceMs, storeBusyMs: t.inferenceMs + t.decideMs + t.storeMs, inferenceBy: runner.kind() },
              });
              resolve(done);
            }
          })
          .catch(reject);
      };
    });
  },
};

expose(api);
