/**
 * Fetches and verifies the model artifacts inside the scoring worker: index.json → card (validated
 * by the core's parseCard) → ONNX bytes and trees.json, each checked against the card's sha256.
 * A missing, corrupt or mismatched file raises ModelLoadError with a code the UI translates; nothing
 * is ever scored with a model that failed these checks.
 */
import { parseCard } from '../../core/card/load';
import type { ModelCard } from '../../core/card/types';
import type { ScoringUrls } from '../../bridge/contracts';
import { sha256Hex } from './sha256';

export type LoadErrorCode = 'fetch_failed' | 'bad_index' | 'bad_card' | 'checksum_mismatch' | 'bad_model' | 'bad_trees';

/** Message starts with "[code]" so the code survives Comlink's error serialisation (name + message). */
export class ModelLoadError extends Error {
  constructor(readonly code: LoadErrorCode, detail: string) {
    super(`[${code}] ${detail}`);
    this.name = 'ModelLoadError';
  }
}

export interface ModelIndex { champion: string; models: string[] }

export interface LoadedArtifacts {
  index: ModelIndex;
  card: ModelCard;
  onnx: Uint8Array;
  /** Parsed <id>.trees.json, or undefined when the card has no explain section. */
  trees?: unknown;
}

type Fetch = (url: string) => Promise<Response>;

async function get(fetchFn: Fetch, url: string): Promise<Response> {
  let res: Response;
  try {
    res = await fetchFn(url);
  } catch (e) {
    throw new ModelLoadError('fetch_failed', `${url}: ${(e as Error).message}`);
  }
  if (!res.ok) throw new ModelLoadError('fetch_failed', `${url}: HTTP ${res.status}`);
  return res;
}

async function json(fetchFn: Fetch, url: string, code: LoadErrorCode): Promise<unknown> {
  const res = await get(fetchFn, url);
  try {
    return await res.json();
  } catch {
    throw new ModelLoadError(code, `${url} is not valid JSON`);
  }
}

async function verified(fetchFn: Fetch, url: string, sha256: string): Promise<Uint8Array> {
  const bytes = new Uint8Array(await (await get(fetchFn, url)).arrayBuffer());
  const actual = await sha256Hex(bytes);
  if (actual !== sha256.toLowerCase()) {
    throw new ModelLoadError('checksum_mismatch', `${url}: sha256 ${actual} does not match the model card (${sha256})`);
  }
  return bytes;
}

export function parseIndex(v: unknown): ModelIndex {
  const o = v as Partial<ModelIndex> | null;
  if (!o || typeof o.champion !== 'string' || !Array.isArray(o.models) || o.models.some((m) => typeof m !== 'string')) {
    throw new ModelLoadError('bad_index', 'index.json must be { "champion": id, "models": [ids] }');
  }
  return { champion: o.champion, models: o.models };
}

/** Loads and verifies everything for `urls.modelId` (default: the champion). */
export async function loadArtifacts(urls: ScoringUrls, fetchFn: Fetch = (u) => fetch(u)): Promise<LoadedArtifacts> {
  const index = parseIndex(await json(fetchFn, urls.index, 'bad_index'));
  const id = urls.modelId ?? index.champion;
  if (!/^[\w.-]+$/.test(id)) throw new ModelLoadError('bad_index', `model id "${id}" is not a plain file name`);
  const at = (file: string): string => new URL(file, urls.modelsBase).href;

  let card: ModelCard;
  try {
    card = parseCard(await json(fetchFn, at(`${id}.card.json`), 'bad_card'));
  } catch (e) {
    if (e instanceof ModelLoadError) throw e;
    throw new ModelLoadError('bad_card', (e as Error).message);
  }
  if (card.modelId !== id) throw new ModelLoadError('bad_card', `card modelId "${card.modelId}" does not match "${id}"`);

  const [onnx, treesBytes] = await Promise.all([
    verified(fetchFn, at(card.onnx.file), card.onnx.sha256),
    card.explain ? verified(fetchFn, at(card.explain.file), card.explain.sha256) : Promise.resolve(undefined),
  ]);
  let trees: unknown;
  if (treesBytes) {
    try {
      trees = JSON.parse(new TextDecoder().decode(treesBytes));
    } catch {
      throw new ModelLoadError('bad_trees', `${card.explain?.file} is not valid JSON`);
    }
  }
  return { index, card, onnx, trees };
}
