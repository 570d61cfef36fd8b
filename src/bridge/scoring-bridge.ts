/**
 * Page-side access to the scoring worker. Builds absolute model URLs from import.meta.env.BASE_URL
 * (a module worker under a sub-path can't resolve relative ones), initialises the worker lazily and
 * re-initialises it after an abort or idle shutdown, so callers just `await scoring.scoreOne(...)`.
 * The benchmark and the batch feature reuse this same bridge.
 * Which model scores is the registry's active model (src/storage/models/active-source.ts, loaded lazily and read
 * before every call, so an activation or rollback applies to the next score without reloading the page).
 */
import type { LeadValues, RawLead, ScoredLead } from '../core/lead';
import type { ModelInfo, ScoredColumns, ScoreOneResult, ScoreOptions, ScoringApi, ScoringUrls, StoredScoringModel } from './contracts';
import { WorkerBridge } from './worker-bridge';

/** Absolute URLs of the model files for this deployment (optionally a specific model instead of the champion). */
export function modelUrls(modelId?: string): ScoringUrls {
  const modelsBase = new URL(`${import.meta.env.BASE_URL}models/`, location.href).href;
  return { index: new URL('index.json', modelsBase).href, modelsBase, ...(modelId ? { modelId } : {}) };
}

/** Resolves which model to score with: a stored registry model, or a built-in id (undefined = champion). */
export type ModelResolver = (pinned?: string) => Promise<{ modelId?: string; stored?: StoredScoringModel } | undefined>;

const registryResolver: ModelResolver = async (pinned) => (await import('../storage/models/active-source')).resolveScoringModel(pinned);

export class ScoringClient {
  private readonly bridge = new WorkerBridge<ScoringApi>(
    () => new Worker(new URL('../workers/scoring.worker.ts', import.meta.url), { type: 'module', name: 'scoring' }),
    60_000,
  );
  private pinned?: string;

  constructor(private readonly resolve: ModelResolver = registryResolver) {}

  /** Selects a model by id (undefined = the active model); the next call loads it. */
  useModel(modelId?: string): void {
    this.pinned = modelId;
  }

  /** The URLs for the pinned or active model (the champion's when the registry cannot be read). */
  private async urls(): Promise<ScoringUrls> {
    const r = await this.resolve(this.pinned).catch(() => undefined);
    if (!r) return modelUrls(this.pinned);
    return { ...modelUrls(r.modelId), ...(r.stored ? { stored: r.stored } : {}) };
  }

  /** Loads (or reuses) the model and returns its info. */
  async init(signal?: AbortSignal): Promise<ModelInfo> {
    const urls = await this.urls();
    return this.bridge.call((api) => api.init(urls), signal);
  }

  async scoreOne(raw: RawLead, opts?: ScoreOptions, signal?: AbortSignal): Promise<ScoreOneResult> {
    const urls = await this.urls();
    // init is idempotent and cached in the worker, so a fresh worker (after idle/abort) loads itself.
    return this.bridge.call(async (api) => { await api.init(urls); return api.scoreOne(raw, opts); }, signal);
  }

  async scoreMany(values: LeadValues[], opts?: ScoreOptions, signal?: AbortSignal): Promise<ScoredLead[]> {
    const urls = await this.urls();
    return this.bridge.call(async (api) => { await api.init(urls); return api.scoreMany(values, opts); }, signal);
  }

  /** Columnar scoring for large batches (buffers transferred from the worker). */
  async scoreColumns(values: LeadValues[], opts?: ScoreOptions, signal?: AbortSignal): Promise<ScoredColumns> {
    const urls = await this.urls();
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
