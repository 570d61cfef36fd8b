/**
 * What a factor's sentence is built from (issue #13): the lead's own value, the typical one and where the
 * lead sits against it, so the UI can say "Conversion rate 0.047 is well below the typical 0.103: −6 pp".
 * Typical = the training median (card.reference), else the training mean (card.clusters.overall), else the
 * clip midpoint. Position: by the value's mid-rank percentile in the training reference where the card keeps
 * one (< 10% well below, < 35% below, 35–65% close to, ≤ 90% above, else well above); otherwise by the
 * distance to the typical value as a share of the training 1–99% range (0.08 and 0.25 as the steps).
 */
import type { ModelCard } from '../card/types';
import type { LeadValues } from '../lead';

export type Position = 'well_below' | 'below' | 'near' | 'above' | 'well_above';
export interface FactorContext {
  value: number | string | null;
  typical?: number;
  position?: Position;
  /** The field was left blank: the model scored the card's default. */
  blank: boolean;
}

function median(sorted: readonly number[] | undefined): number | undefined {
  if (!sorted || sorted.length === 0) return undefined;
  const m = sorted.length >> 1;
  return sorted.length % 2 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
}

/** A typical training value for a numeric field or feature: its median, else its training mean, else its clip midpoint. */
export function typicalValue(card: ModelCard, name: string): number | undefined {
  const med = median(card.reference[name]);
  if (med !== undefined) return med;
  const mean = card.clusters.overall?.[name];
  if (typeof mean === 'number') return mean;
  const spec = card.features.find((s) => s.kind === 'numeric' && s.source === name);
  return spec && spec.kind === 'numeric' ? (spec.clip[0] + spec.clip[1]) / 2 : undefined;
}

function percentile(ref: readonly number[], x: number): number {
  let lt = 0;
  let le = 0;
  for (const r of ref) {
    if (r < x) lt++;
    if (r <= x) le++;
  }
  return (lt + le) / (2 * ref.length);
}

function position(card: ModelCard, name: string, x: number, typical: number): Position {
  const ref = card.reference[name];
  if (ref && ref.length > 0) {
    const p = percentile(ref, x);
    return p < 0.1 ? 'well_below' : p < 0.35 ? 'below' : p <= 0.65 ? 'near' : p <= 0.9 ? 'above' : 'well_above';
  }
  const spec = card.features.find((s) => s.name === name || (s.kind === 'numeric' && s.source === name));
  const span = spec && 'clip' in spec ? spec.clip[1] - spec.clip[0] : Math.abs(typical) || 1;
  const r = (x - typical) / (span || 1);
  return r < -0.25 ? 'well_below' : r < -0.08 ? 'below' : r <= 0.08 ? 'near' : r <= 0.25 ? 'above' : 'well_above';
}

/** The lead's value for a factor (a field, or a derived feature read from the feature row) and its context. */
export function factorContext(card: ModelCard, key: string, kind: 'field' | 'derived', values: LeadValues, row: ArrayLike<number>, defaultsUsed: readonly string[]): FactorContext {
  const blank = defaultsUsed.includes(key);
  let value: number | string | null;
  if (kind === 'field') value = values[key] ?? null;
  else {
    const j = card.features.findIndex((f) => f.name === key);
    value = j >= 0 ? row[j] : null;
  }
  if (typeof value !== 'number') return { value, blank };
  const typical = typicalValue(card, key);
  return typical === undefined ? { value, blank } : { value, typical, position: position(card, key, value, typical), blank };
}
