/**
 * Reads the model card the batch screens need for labels only (field list with required/default, cluster
 * names and profiles). Scoring itself happens in the engine's workers; this just fetches the same
 * same-origin artifacts and caches them per model id.
 */
import { parseCard } from '../../../core/card/load';
import type { ModelCard } from '../../../core/card/types';
import { getLocale, t } from '../../i18n/i18n';
import { cardSilhouette, clusterStructure, namesNeedQualifying } from '../../../core/clusters/structure';

const cache = new Map<string, Promise<ModelCard>>();
const base = (): string => `${import.meta.env.BASE_URL}models/`;

async function fetchJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.json();
}

/** The card of `modelId`, or of index.json's champion when omitted. */
export function loadCard(modelId?: string): Promise<ModelCard> {
  const key = modelId ?? '(champion)';
  let p = cache.get(key);
  if (!p) {
    p = (async () => {
      let id = modelId;
      if (!id) id = ((await fetchJson(`${base()}index.json`)) as { champion: string }).champion;
      return parseCard(await fetchJson(`${base()}${id}.card.json`));
    })();
    p.catch(() => cache.delete(key));
    cache.set(key, p);
  }
  return p;
}

/** Localised cluster name, falling back to "Cluster n"; qualified as a loose group when the card's silhouette is weak (#13). */
export function clusterName(card: ModelCard | undefined, index: number, fallback: string): string {
  const n = card?.clusters.names[index];
  if (!n) return fallback;
  const sil = cardSilhouette(card);
  return sil && namesNeedQualifying(clusterStructure(sil.silhouette)) ? t('clusters.qualified', { name: n[getLocale()] }) : n[getLocale()];
}

/** Starts a browser download of `blob` (object URL revoked right after). */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A safe file-name stem from a run name. */
export function fileStem(name: string): string {
  return name.replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^_+|_+$/g, '').slice(0, 80) || 'run';
}

/** CSV delimiter Excel expects for the UI locale: ';' in Russian and Polish, ',' otherwise. */
export function defaultExportDelimiter(locale: string): ',' | ';' {
  return locale === 'ru' || locale === 'pl' ? ';' : ',';
}
