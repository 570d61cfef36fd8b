/**
 * The few things the leads dashboard needs from a model card (segment decile ranges for the segment filter,
 * the clustering features and each field's unit for cluster profiles). A card is ~600 KB of JSON: the
 * dashboard worker reads and checks it and hands the page only this summary, so opening the dashboard never
 * parses the whole card on the main thread. A full ModelCard also fits this shape.
 */
import type { FieldSpec, ModelCard } from '../card/types';

export interface CardSummary {
  segments: ModelCard['segments'];
  fields: Pick<FieldSpec, 'name' | 'unit'>[];
  clusters: { features: string[] };
}

export function summariseCard(card: ModelCard): CardSummary {
  return {
    segments: card.segments,
    fields: card.fields.map((f) => ({ name: f.name, ...(f.unit ? { unit: f.unit } : {}) })),
    clusters: { features: [...card.clusters.features] },
  };
}
