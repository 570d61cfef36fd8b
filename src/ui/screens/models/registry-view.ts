/**
 * What the Models screen shows and sends, assembled on the page: the built-in models from models/ (their
 * cards, listed as read-only registry entries), the stored ones from the registry, which is active, and the
 * active model in the form the training worker compares against (stored weights, or a built-in's trees.json).
 */
import { parseCard } from '../../../core/card/load';
import type { ActiveModelInput } from '../../../core/training/candidate';
import type { TreesDoc } from '../../../core/treeshap';
import type { ActiveState, RegistryModel } from '../../../core/training/types';
import { getActiveState, listStoredModels } from '../../../storage/models/models-repo';

const base = (): string => `${import.meta.env.BASE_URL}models/`;

async function fetchJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.json();
}

export interface RegistryView {
  champion: string;
  builtIns: RegistryModel[];
  stored: RegistryModel[];
  state: ActiveState | undefined;
  activeId: string;
}

let builtInsP: Promise<{ champion: string; builtIns: RegistryModel[] }> | undefined;

/** The shipped models (index.json + cards), fetched once per page. */
export function builtInModels(): Promise<{ champion: string; builtIns: RegistryModel[] }> {
  builtInsP ??= (async () => {
    const index = (await fetchJson(`${base()}index.json`)) as { champion: string; models: string[] };
    const builtIns = await Promise.all(index.models.map(async (id): Promise<RegistryModel> => {
      const card = parseCard(await fetchJson(`${base()}${id}.card.json`));
      return { id, task: 'conversion', kind: 'onnx', builtIn: true, card, sha256: card.onnx.sha256, createdAt: 0, createdBy: 'models/artifacts' };
    }));
    return { champion: index.champion, builtIns };
  })();
  builtInsP.catch(() => { builtInsP = undefined; });
  return builtInsP;
}

export async function loadRegistry(): Promise<RegistryView> {
  const [{ champion, builtIns }, stored, state] = await Promise.all([builtInModels(), listStoredModels('conversion'), getActiveState('conversion')]);
  return { champion, builtIns, stored, state, activeId: state?.id ?? champion };
}

export function findModel(v: RegistryView, id: string): RegistryModel | undefined {
  return v.stored.find((m) => m.id === id) ?? v.builtIns.find((m) => m.id === id);
}

/** The active model for the comparison in the training worker. */
export async function activeInput(m: RegistryModel): Promise<ActiveModelInput> {
  if (m.weights) return { card: m.card, weights: m.weights };
  if (!m.card.explain) throw new Error(`${m.id} has no tree file to compare with`);
  return { card: m.card, trees: (await fetchJson(`${base()}${m.card.explain.file}`)) as TreesDoc };
}

/** A readable, unique id: conv-<kind>-<UTC date and time>. */
export function newModelId(kind: string, at = new Date()): string {
  const s = at.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `conv-${kind}-${s}`;
}
