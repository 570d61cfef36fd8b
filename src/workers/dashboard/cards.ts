/**
 * Model cards as the dashboard worker reads them: a registry model's card from the `models` table (Dexie opened
 * in the worker), else the built-in card fetched from the deployment's models folder (absolute URL from the
 * page: a module worker cannot resolve relative ones under a sub-path) and checked by parseCard. Cached per
 * model id for the worker's life; a failed read is not cached.
 */
import { parseCard } from '../../core/card/load';
import type { ModelCard } from '../../core/card/types';
import type { RegistryModel } from '../../core/training/types';
import { db } from '../../storage/db';

const cache = new Map<string, Promise<ModelCard>>();

async function fetchJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.json();
}

async function read(modelsBase: string, modelId?: string): Promise<ModelCard> {
  if (modelId) {
    const stored = (await db().models.get(modelId)) as unknown as RegistryModel | undefined;
    if (stored?.card) return stored.card;
  }
  const id = modelId ?? ((await fetchJson(new URL('index.json', modelsBase).href)) as { champion: string }).champion;
  return parseCard(await fetchJson(new URL(`${id}.card.json`, modelsBase).href));
}

/** The card of `modelId` (a registry or built-in model), or of the built-in champion when omitted. */
export function cardOf(modelsBase: string, modelId?: string): Promise<ModelCard> {
  const key = `${modelsBase}|${modelId ?? '(champion)'}`;
  let p = cache.get(key);
  if (!p) {
    p = read(modelsBase, modelId);
    p.catch(() => cache.delete(key));
    cache.set(key, p);
  }
  return p;
}
