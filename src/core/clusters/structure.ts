/**
 * How much cluster structure a silhouette shows, so the UI never presents weak groupings as distinct kinds of
 * lead (#13). The bands are Kaufman & Rousseeuw's ("Finding Groups in Data", 1990, ch. 2): average silhouette
 * 0.71–1.00 strong structure; 0.51–0.70 reasonable; 0.26–0.50 weak, possibly artificial; ≤ 0.25 no substantial
 * structure. Pure: used by the run summary, run detail, the lead card and the re-cluster panel.
 */
import type { ModelCard } from '../card/types';

export type ClusterStructure = 'strong' | 'reasonable' | 'weak' | 'none';

/** Upper bounds of the weaker bands (inclusive), as published. */
export const SILHOUETTE_BANDS = { none: 0.25, weak: 0.5, reasonable: 0.7 } as const;

export function clusterStructure(silhouette: number): ClusterStructure {
  if (!(silhouette > SILHOUETTE_BANDS.none)) return 'none'; // NaN counts as no structure
  if (silhouette <= SILHOUETTE_BANDS.weak) return 'weak';
  if (silhouette <= SILHOUETTE_BANDS.reasonable) return 'reasonable';
  return 'strong';
}

/** Names should be qualified (not read as distinct types) unless the structure is at least reasonable. */
export const namesNeedQualifying = (s: ClusterStructure): boolean => s === 'weak' || s === 'none';

/** The model's own silhouette at its chosen k, from the card's cluster selection (undefined when not recorded). */
export function cardSilhouette(card: Pick<ModelCard, 'metrics'> | undefined): { k: number; silhouette: number } | undefined {
  const sel = card?.metrics.clusterSelection as { k?: unknown; silhouette?: Record<string, unknown> } | undefined;
  const k = sel?.k;
  const s = typeof k === 'number' ? sel?.silhouette?.[String(k)] : undefined;
  return typeof k === 'number' && typeof s === 'number' ? { k, silhouette: s } : undefined;
}
