/**
 * Page side of the batch engine (contract: ./batch-contract.ts): sniffs a file's head on the page (64 KB,
 * cheap), then runs an import in two workers — parse (read, hash, decode, parse, validate, features,
 * clusters) and store (ONNX, decisions, aggregates, IndexedDB) — joined by a MessageChannel. The page only
 * relays throttled progress, holds a Web Lock naming the run (so other tabs don't mark it interrupted),
 * and on abort terminates both workers within the same tick and marks the run cancelled.
 */
import { logAudit } from '../storage/audit-repo';
import { proxy, transfer, wrap } from 'comlink';
import type { Delimiter, Encoding, FileSniff, ImportOptions, Progress, RunRecord, Stage } from './batch-contract';
import type { ModelCard } from '../core/card/types';
import { parseCard } from '../core/card/load';
import { matchColumns } from '../core/columns';
import { threshold as thresholdOf } from '../core/decide';
import { headerSignature, SNIFF_BYTES, sniffBytes, sniffText } from '../core/csv/sniff';
import { refusalError } from '../core/csv/messages';
import { emptyAggregates } from '../core/csv/aggregates';
import { getActiveScenario, getSetting, resolveScenario, setSetting } from '../storage/settings-repo';
import { getStoredRun, markCancelled, patchRun, putRun, RUN_LOCK_PREFIX } from '../storage/runs-repo';
import { diskFullMessage } from './disk-full';
import { activeBatchModel } from './batch-model';
import { newRun, type StoredRun } from '../storage/runs/store';
import { getEncryptCustomerIds } from '../storage/auth-settings';
import { currentSession } from '../storage/session';
import type { WorkspaceKeys } from '../core/crypto/workspace-keys';
import type { ParseWorkerApi, StoreProgress, StoreWorkerApi } from '../workers/batch/protocol';
import type { ReadProgress } from '../workers/csv/reader';
import { effectiveTierRule } from '../core/tiers/rule';
import { getTierRule } from '../storage/tier-settings';

export const CHUNK_ROWS = 25_000;

function modelsBase(): string {
  return new URL(`${import.meta.env.BASE_URL}models/`, location.href).href;
}

let cardPromise: Promise<ModelCard> | undefined;
/** The champion's card (cached). */
export function loadCard(): Promise<ModelCard> {
  cardPromise ??= (async () => {
    const base = modelsBase();
    const index = (await (await fetch(new URL('index.json', base))).json()) as { champion: string };
    return parseCard(await (await fetch(new URL(`${index.champion}.card.json`, base))).json());
  })();
  cardPromise.catch(() => (cardPromise = undefined));
  return cardPromise;
}

export async function sniffFile(file: File, override?: { encoding?: Encoding; delimiter?: Delimiter }): Promise<FileSniff> {
  const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  const t = sniffBytes(head, file.size <= SNIFF_BYTES, override);
  // Empty, header-only and non-CSV files are refused here, before column mapping, each with its reason.
  if (t.refusal) throw refusalError(t.refusal);
  const card = await loadCard();
  const m = matchColumns(t.headers, card);
  const suggested: Record<string, number> = {};
  for (const f of card.fields) suggested[f.name] = m.mapping[f.name] ?? -1;
  return {
    encoding: t.encoding,
    encodingUncertain: t.guess.uncertain,
    encodingCandidates: t.guess.candidates,
    hasBom: t.guess.hasBom,
    delimiter: t.delimiter,
    decimalComma: t.decimalComma,
    headers: t.headers,
    previewRows: t.rows,
    suggested,
    labelColumn: m.mapping[card.target] ?? -1,
    missingRequired: m.missingRequired,
    headerSignature: headerSignature(t.headers),
  };
}

const MAPPING_KEY = 'batch.mapping.';
export async function getRememberedMapping(signature: string): Promise<Record<string, number> | undefined> {
  return getSetting<Record<string, number> | undefined>(MAPPING_KEY + signature, undefined);
}
export async function rememberMapping(signature: string, mapping: Record<string, number>): Promise<void> {
  await setSetting(MAPPING_KEY + signature, mapping);
}

/** Required fields the mapping leaves out (the import refuses to start, naming them). */
export function missingRequired(card: ModelCard, mapping: Record<string, number>): string[] {
  return card.fields.filter((f) => f.required && !((mapping[f.name] ?? -1) >= 0)).map((f) => f.name);
}

export function startImport(file: File, opts: ImportOptions, onProgress: (p: Progress) => void, signal: AbortSignal): Promise<RunRecord> {
  const locks = (navigator as Navigator).locks;
  const id = opts.resumeRunId ?? crypto.randomUUID();
  const body = (): Promise<RunRecord> => runImport(id, file, opts, onProgress, signal);
  // One writer per run (#14): if another tab holds the run's lock, refuse at once instead of queueing.
  return locks ? locks.request(RUN_LOCK_PREFIX + id, { ifAvailable: true }, (lock) => lock ? body() : Promise.reject(new Error('[run_busy] Another tab is writing this run'))) : body();
}

async function prepareRun(id: string, file: File, opts: ImportOptions, card: ModelCard): Promise<StoredRun> {
  if (opts.resumeRunId) {
    const prior = await getStoredRun(opts.resumeRunId);
    if (!prior) throw new Error(`[not_found] Run ${opts.resumeRunId} no longer exists`);
    if (prior.status === 'completed') throw new Error('[not_resumable] The run is already complete');
    if (prior.fileSize !== file.size) throw new Error('[file_changed] This file has a different size from the one the run was reading');
    if (prior.modelId !== card.modelId || prior.cardVersion !== card.cardVersion) throw new Error('[model_changed] The model changed since the run started; discard it and import again');
    return { ...prior, status: 'running', error: undefined };
  }
  const missing = missingRequired(card, opts.mapping);
  if (missing.length > 0) throw new Error(`[missing_required_columns] ${missing.join(', ')}`);
  const scenario = resolveScenario(await getActiveScenario(), card.thresholds.scenarios, card.thresholds.active);
  const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  const t = sniffText(new TextDecoder(opts.encoding).decode(head, { stream: true }), file.size <= SNIFF_BYTES, { delimiter: opts.delimiter });
  return newRun({
    id, name: opts.runName || `${file.name} ${new Date().toLocaleString()}`, fileName: file.name, fileSize: file.size,
    mapping: opts.mapping, headers: t.headers, encoding: opts.encoding, delimiter: opts.delimiter, decimalComma: opts.decimalComma,
    modelId: card.modelId, cardVersion: card.cardVersion, thresholdId: scenario, threshold: thresholdOf(card, scenario),
    tierRule: effectiveTierRule(card, await getTierRule()),
    clusters: card.clusters.centroids.length, hasLabels: opts.labelColumn >= 0, chunkRows: CHUNK_ROWS,
    fieldNames: card.fields.map((f) => f.name), idField: card.idField, clusterNames: card.clusters.names,
    duplicatePolicy: opts.duplicates ?? 'all',
  }, emptyAggregates(card.clusters.centroids.length));
}

async function runImport(id: string, file: File, opts: ImportOptions, onProgress: (p: Progress) => void, signal: AbortSignal): Promise<RunRecord> {
  const { card, modelUrl, stored: storedModel } = await activeBatchModel(loadCard, modelsBase());
  const run = await prepareRun(id, file, opts, card);
  // Customer IDs are personal when the admin says so: the store worker seals them with the workspace key.
  let keys: WorkspaceKeys | undefined;
  if (run.idsSealed || (await getEncryptCustomerIds())) {
    const session = currentSession();
    if (!session) throw new Error('[not_signed_in] Sign in first: Customer IDs are stored encrypted with the workspace key');
    keys = session.keys;
    run.idsSealed = true;
  }
  let failure: string | undefined;
  await putRun(run);
  const parseW = new Worker(new URL('../workers/csv/parse.worker.ts', import.meta.url), { type: 'module', name: 'batch-parse' });
  const storeW = new Worker(new URL('../workers/batch/store.worker.ts', import.meta.url), { type: 'module', name: 'batch-store' });
  const kill = (): void => { parseW.terminate(); storeW.terminate(); };
  const started = performance.now();
  let read: ReadProgress | undefined;
  let stored: StoreProgress | undefined;
  const baseRows = run.committedRows;
  const tick = (): void => {
    const bytes = read?.bytesRead ?? 0;
    const parsed = read?.rowsParsed ?? 0;
    const rowsTotal = bytes > 0 ? Math.round((parsed * file.size) / bytes) : 0;
    const rowsDone = stored?.committedRows ?? baseRows;
    const secs = (performance.now() - started) / 1000;
    const rate = secs > 0 ? (rowsDone - baseRows) / secs : 0;
    const stage: Stage = !stored ? (read ? 'parsing' : 'hashing') : bytes >= file.size ? 'storing' : 'scoring';
    onProgress({ stage, rowsDone, rowsTotal: Math.max(rowsTotal, rowsDone), rowsPerSecond: rate, etaSeconds: rate > 0 ? Math.max(0, rowsTotal - rowsDone) / rate : 0, scored: stored?.scored ?? run.counts.scored, invalid: stored?.invalid ?? run.counts.invalid });
  };
  const timer = setInterval(tick, 250);
  const channel = new MessageChannel();
  const aborted = new Promise<'aborted'>((resolve) => {
    if (signal.aborted) resolve('aborted');
    signal.addEventListener('abort', () => { kill(); resolve('aborted'); }, { once: true });
  });
  try {
    const store = wrap<StoreWorkerApi>(storeW);
    const parse = wrap<ParseWorkerApi>(parseW);
    const done = store.run(transfer({ card, run, modelUrl, stored: storedModel, port: channel.port2, keys }, [channel.port2]), proxy((p: StoreProgress) => { stored = p; }));
    const readDone = parse.run(
      transfer({ file, opts: { ...opts, duplicates: run.duplicatePolicy ?? 'all' }, card, chunkRows: run.chunkRows, skipChunks: run.committedChunks, expectPrefix: run.prefix, port: channel.port1, modelUrl, stored: storedModel }, [channel.port1]),
      proxy((p: ReadProgress) => { read = p; }),
    );
    const result = await Promise.race([Promise.all([done, readDone]).then(([r]) => r), aborted]);
    if (result === 'aborted') {
      await markCancelled(id);
    } else {
      tick();
    }
  } catch (e) {
    if (!signal.aborted) {
      let msg = (e as Error).message ?? String(e);
      if (msg.startsWith('[quota_exceeded]')) msg = await diskFullMessage(id, file.size, read);
      failure = msg;
      // On a full disk even this small write may be refused: the run then shows as interrupted (resumable).
      await patchRun(id, { status: 'failed', error: msg, endedAt: Date.now() }).catch(() => undefined);
    } else await markCancelled(id);
  } finally {
    clearInterval(timer);
    kill();
  }
  const record = await getStoredRun(id);
  if (!record) throw new Error(`Run ${id} vanished`);
  const final: StoredRun = failure && record.status !== 'failed' ? { ...record, status: 'failed', error: failure } : record;
  await logAudit('import', { what: 'batch', run: id, status: final.status, rows: final.counts.rows, invalid: final.counts.invalid });
  return final;
}

/** Bench/test hook: exposed only when the URL has ?bench (see tests/bench/batch-bench.mjs). */
if (typeof location !== 'undefined' && new URLSearchParams(location.search).has('bench')) {
  void import('../storage/runs-repo').then((repo) => {
    (globalThis as unknown as { leadlensBatch: unknown }).leadlensBatch = { sniffFile, startImport, loadCard, repo };
  });
}
