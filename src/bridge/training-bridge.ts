/**
 * Page side of the training worker: starts it per training (a fresh worker each time, so Cancel simply
 * terminates it and nothing of a half-trained model survives), forwards progress through a Comlink proxy and
 * builds the tfjs wasm URL from import.meta.env.BASE_URL (a worker under a sub-path can't resolve relative ones).
 */
import { proxy } from 'comlink';
import type { ModelCard } from '../core/card/types';
import type { TreesDoc } from '../core/treeshap';
import type { TrainBench } from '../workers/training/bench';
import type { CandidateKind, TrainingApi, TrainOutcome, TrainProgress, TrainRequest } from './training-contract';
import { WorkerBridge } from './worker-bridge';

/** Absolute URL of the shipped tfjs wasm files. */
export function tfjsBase(): string {
  return new URL(`${import.meta.env.BASE_URL}tfjs/`, location.href).href;
}

function newBridge(): WorkerBridge<TrainingApi> {
  return new WorkerBridge<TrainingApi>(
    () => new Worker(new URL('../workers/training.worker.ts', import.meta.url), { type: 'module', name: 'training' }),
    0,
  );
}

/** `npm run bench` only: trains on generated rows in a fresh worker and returns its timings. */
export function benchmarkTraining(kind: CandidateKind, rows: number, card: ModelCard, trees: TreesDoc): Promise<TrainBench> {
  const bridge = newBridge();
  return bridge.call<TrainBench>((api) => api.benchmark(kind, rows, card, trees, tfjsBase()) as Promise<TrainBench>).finally(() => bridge.terminate());
}

export function trainCandidate(req: Omit<TrainRequest, 'tfjsBase'>, onProgress: (p: TrainProgress) => void, signal?: AbortSignal): Promise<TrainOutcome> {
  const bridge = newBridge();
  return bridge
    .call<TrainOutcome>((api) => api.train({ ...req, tfjsBase: tfjsBase() }, proxy(onProgress)) as Promise<TrainOutcome>, signal)
    .finally(() => bridge.terminate());
}
