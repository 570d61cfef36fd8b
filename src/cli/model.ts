/**
 * Locates and loads a model for the CLI: models/artifacts/index.json → card (validated) → ONNX bytes
 * verified against the card's sha256, so a stale or swapped file is a clear fatal error.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCard } from '../core/card/load';
import type { ModelCard } from '../core/card/types';
import { verifyModelBytes } from '../core/score';

export const DEFAULT_MODELS_DIR = fileURLToPath(new URL('../../models/artifacts/', import.meta.url));

export interface LoadedModel {
  card: ModelCard;
  onnxBytes: Uint8Array;
}

async function readJson(path: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new Error(`Cannot read ${what} at ${path} (run npm run train?)`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`${what} at ${path} is not valid JSON: ${(e as Error).message}`);
  }
}

export async function loadModel(dir = DEFAULT_MODELS_DIR, modelId?: string): Promise<LoadedModel> {
  const index = (await readJson(join(dir, 'index.json'), 'model index')) as { champion?: string; models?: string[] };
  const id = modelId ?? index.champion;
  if (!id) throw new Error(`${join(dir, 'index.json')} names no champion model`);
  if (Array.isArray(index.models) && !index.models.includes(id)) {
    throw new Error(`Unknown model "${id}"; available: ${index.models.join(', ')}`);
  }
  const card = parseCard(await readJson(join(dir, `${id}.card.json`), `model card ${id}`));
  if (card.modelId !== id) throw new Error(`Card ${id}.card.json declares modelId "${card.modelId}"`);
  let onnxBytes: Uint8Array;
  try {
    onnxBytes = new Uint8Array(await readFile(join(dir, card.onnx.file)));
  } catch {
    throw new Error(`Cannot read model file ${join(dir, card.onnx.file)}`);
  }
  await verifyModelBytes(card, onnxBytes);
  return { card, onnxBytes };
}
