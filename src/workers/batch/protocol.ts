/**
 * Messages and Comlink APIs of the two batch workers. The parse worker (stage A) sends chunks straight to
 * the store worker (stage B) over a MessageChannel with transferred buffers — the page only starts,
 * watches and cancels them — and B acknowledges each commit so A stays at most two chunks ahead.
 */
import type { ModelCard } from '../../core/card/types';
import type { ReadArgs, ReadProgress, ReadTiming } from '../csv/reader';
import type { StoredRun } from '../../storage/runs/store';
import type { StoreTiming } from './store-stage';
import type { WorkspaceKeys } from '../../core/crypto/workspace-keys';
import type { StoredScoringModel } from '../../bridge/contracts';

export interface AckMsg { type: 'ack'; chunk: number }

export interface ParseWorkerApi {
  run(args: ReadArgs & { port: MessagePort; /** Enables work-stealing inference in the parse worker. */ modelUrl?: string; stored?: StoredScoringModel }, onProgress: (p: ReadProgress) => void): Promise<{ rows: number; sha256: string; timing: ReadTiming }>;
}

export interface StoreProgress { committedRows: number; scored: number; invalid: number; committedChunks: number; stage: 'scoring' | 'storing'; timing: StoreTiming }

export interface StoreWorkerApi {
  run(
    args: { card: ModelCard; run: StoredRun; modelUrl: string; /** A registry model to score with instead of modelUrl. */ stored?: StoredScoringModel; port: MessagePort; dbName?: string; /** Set when Customer IDs are personal. */ keys?: WorkspaceKeys },
    onProgress: (p: StoreProgress) => void,
  ): Promise<StoredRun>;
}
