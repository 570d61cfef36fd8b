/**
 * Batch stage A worker: reads the File in slices, hashes, decodes, parses (PapaParse in THIS worker, not
 * its own worker mode), validates and builds features, posting each chunk to the store worker with its
 * buffers transferred. Backpressure: at most two chunks un-acknowledged. Work stealing: when the store
 * worker is saturated (two chunks in hand), this worker runs the model on the next chunk itself (its own ORT
 * session, loaded in the background), so inference is shared by both cores.
 */
import { expose } from 'comlink';
import { readFile, type ChunkMsg } from './reader';
import { chunkBuffers } from '../../core/csv/columnar';
import type { ModelRunner } from '../../core/score';
import { loadBatchRunner } from '../batch/model';
import type { AckMsg, ParseWorkerApi } from '../batch/protocol';

const MAX_IN_FLIGHT = 2;

const api: ParseWorkerApi = {
  async run(args, onProgress) {
    const { port } = args;
    let inFlight = 0;
    let wake: (() => void) | undefined;
    let runner: ModelRunner | undefined;
    if (args.modelUrl) {
      loadBatchRunner(args.modelUrl, args.card, args.stored).then((r) => (runner = r), () => (runner = undefined));
    }
    port.onmessage = (e: MessageEvent<AckMsg>) => {
      if (e.data.type === 'ack') {
        inFlight--;
        wake?.();
      }
    };
    const emit = async (m: ChunkMsg, timing: { inferenceMs: number; stolenChunks: number }): Promise<void> => {
      // Steal only when the store worker is saturated, i.e. when this worker would otherwise wait idle.
      if (runner && inFlight >= MAX_IN_FLIGHT && m.built.inputs.n > 0) {
        const t0 = performance.now();
        m.raw = await runner.run(m.built.features, m.built.inputs.n, args.card.features.length);
        timing.inferenceMs += performance.now() - t0;
        timing.stolenChunks++;
      }
      while (inFlight >= MAX_IN_FLIGHT) await new Promise<void>((r) => (wake = r));
      inFlight++;
      const buffers = [...chunkBuffers(m.built.inputs), m.built.features.buffer as ArrayBuffer];
      if (m.raw) buffers.push(m.raw.buffer as ArrayBuffer);
      port.postMessage(m, buffers);
    };
    const end = await readFile(args, emit, onProgress);
    port.postMessage(end);
    return { rows: end.rows, sha256: end.sha256, timing: end.timing };
  },
};

expose(api);
