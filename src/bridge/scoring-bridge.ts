/**
 * Page-side access to the scoring worker. Builds absolute model URLs from import.meta.env.BASE_URL
 * (a module worker under a sub-path can't resolve relative ones), initialises the worker lazily and
 * re-initialises it after an abort or idle shutdown, so callers just `await scoring.scoreOne(...)`.
 * The benchmark and the batch feature reuse this same bridge.
 */
import type { LeadValues, RawLead, ScoredLead } from '../core/lead';
import type { ModelInfo, ScoredColumns, ScoreOneResult, ScoreOptions, ScoringApi, ScoringUrls } from './contracts';
import { WorkerBridge } from './worker-bridge';

/** Absolute URLs of the model files for this deployment (optionally a specific model instead of the champion). */
export function modelUrls(modelId?: string): ScoringUrls {
  const modelsBase = new URL(`${import.meta.env.BASE_URL}models/`, location.href).href;
  return { index: new URL('index.json', modelsBase).href, modelsBase, ...(modelId ? { modelId } : {}) };
}

export class ScoringClient {
  private readonly bridge = new WorkerBridge<ScoringApi>(
    () => new Worker(new URL('../workers/scoring.worker.ts', import.meta.url), { type: 'module', name: 'scoring' }),
    60_000,
  );
  private urls: ScoringUrls = modelUrls();

  /** Selects a model (undefined = champion); the next call loads it. */
  useModel(modelId?: string): void {
    this.urls = modelUrls(modelId);
  }

  /** Loads (or reuses) the model and returns its info. */
  init(signal?: AbortSignal): Promise<ModelInfo> {
    const urls = this.urls;
    return this.bridge.call((api) => api.init(urls), signal);
  }

  scoreOne(raw: RawLead, opts?: ScoreOptions, signal?: AbortSignal): Promise<ScoreOneResult> {
    const urls = this.urls;
    // init is idempotent and cached in the worker, so a fresh worker (after idle/abort) loads itself.
    return this.bridge.call(async (api) => { await api.init(urls); return api.scoreOne(raw, opts); }, signal);
  }

  scoreMany(values: LeadValues[], opts?: ScoreOptions, signal?: AbortSignal): Promise<ScoredLead[]> {
    const urls = this.urls;
    return this.bridge.call(async (api) => { await api.init(urls); return api.scoreMany(values, opts); }, signal);
  }

  /** Columnar scoring for large batches (buffers transferred from the worker). */
  scoreColumns(values: LeadValues[], opts?: ScoreOptions, signal?: AbortSignal): Promise<ScoredColumns> {
    const urls = this.urls;
    return this.bridge.call(async (api) => { await api.init(urls); return api.scoreColumns(values, opts); }, signal);
  }

  terminate(): void {
    this.bridge.terminate();
  }
}

/** The app-wide scoring client (one worker, one loaded model). */
export const scoring = new ScoringClient();

/** Translatable code from a load error message ("[checksum_mismatch] …"), if any. */
export function loadErrorCode(err: unknown): string | undefined {
  const m = /^\[(\w+)\]/.exec(err instanceof Error ? err.message : String(err));
  return m?.[1];
}
