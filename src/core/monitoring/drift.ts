/**
 * Input drift of a scoring run against the model's training data: per feature, the population stability index
 * PSI = Σ (a − e)·ln(a / e) over bins frozen from the training data (numeric: decile edges of the training
 * values, the card's clipped feature space; categories: each known value plus "unknown/blank"), with the usual
 * bands (< 0.1 stable, 0.1–0.25 moderate, > 0.25 major), and the share of unknown categories in the run.
 */
import type { ModelCard } from '../card/types';
import { featureRow } from '../features';
import type { LeadValues } from '../lead';
import { quantileSorted } from '../training/decisions';

export interface NumericRef { feature: string; edges: number[]; expected: number[] }
export interface CategoryRef { source: string; values: (string | null)[]; expected: number[] }
export interface DriftReference { numeric: NumericRef[]; categorical: CategoryRef[] }

export type DriftLevel = 'stable' | 'moderate' | 'major';
export interface FeatureDrift { name: string; kind: 'numeric' | 'category'; psi: number; level: DriftLevel; unknownShare?: number }

export const PSI_MODERATE = 0.1;
export const PSI_MAJOR = 0.25;
const EPS = 1e-4;

export function level(psi: number): DriftLevel {
  return psi > PSI_MAJOR ? 'major' : psi >= PSI_MODERATE ? 'moderate' : 'stable';
}

export function psi(expected: readonly number[], actual: readonly number[]): number {
  let s = 0;
  for (let k = 0; k < expected.length; k++) {
    const e = Math.max(expected[k], EPS);
    const a = Math.max(actual[k], EPS);
    s += (a - e) * Math.log(a / e);
  }
  return s;
}

/** Bin k = number of edges strictly below x (x on an edge falls in the lower bin). */
function binOf(edges: readonly number[], x: number): number {
  let k = 0;
  while (k < edges.length && edges[k] < x) k++;
  return k;
}

function shares(counts: number[], n: number): number[] {
  return counts.map((c) => (n > 0 ? c / n : 0));
}

function numericRef(feature: string, sorted: ArrayLike<number>): NumericRef {
  const edges: number[] = [];
  for (let q = 1; q < 10; q++) {
    const v = quantileSorted(sorted, q / 10);
    if (edges.length === 0 || v > edges[edges.length - 1]) edges.push(v);
  }
  const counts = new Array<number>(edges.length + 1).fill(0);
  for (let i = 0; i < sorted.length; i++) counts[binOf(edges, sorted[i])]++;
  return { feature, edges, expected: shares(counts, sorted.length) };
}

/**
 * Frozen reference from training rows (row-major n × card.features feature matrix). One pass over the rows
 * gathers every numeric column and one-hot count (reading the matrix column by column was most of its time).
 */
export function referenceFromFeatures(card: ModelCard, x: Float64Array, n: number): DriftReference {
  const F = card.features.length;
  const numJ: number[] = [];
  const hotJ: number[] = [];
  const groups = new Map<string, { values: (string | null)[]; cols: number[] }>();
  card.features.forEach((f, j) => {
    if (f.kind === 'numeric') numJ.push(j);
    if (f.kind === 'onehot') {
      hotJ.push(j);
      const g = groups.get(f.source) ?? { values: [], cols: [] };
      g.values.push(f.value);
      g.cols.push(j);
      groups.set(f.source, g);
    }
  });
  const cols = numJ.map(() => new Float64Array(n));
  const sums = new Float64Array(F);
  for (let i = 0; i < n; i++) {
    const base = i * F;
    for (let k = 0; k < numJ.length; k++) cols[k][i] = x[base + numJ[k]];
    for (let k = 0; k < hotJ.length; k++) sums[hotJ[k]] += x[base + hotJ[k]];
  }
  const numeric = numJ.map((j, k) => numericRef(card.features[j].name, cols[k].sort()));
  const categorical = [...groups].map(([source, g]) => ({ source, values: g.values, expected: shares(g.cols.map((j) => sums[j]), n) }));
  return { numeric, categorical };
}

/** The model's frozen reference: stored with browser-trained cards; for built-in cards, from card.reference. */
export function referenceOf(card: ModelCard): DriftReference {
  const stored = card.metrics.driftReference as DriftReference | undefined;
  if (stored && Array.isArray(stored.numeric)) return stored;
  const numeric = card.features.flatMap((f) => (f.kind === 'numeric' && card.reference[f.source] ? [numericRef(f.name, card.reference[f.source])] : []));
  return { numeric, categorical: [] };
}

/** Per-feature drift of `rows` (validated lead values) against `ref`, largest PSI first. */
export function computeDrift(card: ModelCard, ref: DriftReference, rows: readonly LeadValues[]): FeatureDrift[] {
  const index = new Map(card.features.map((f, j) => [f.name, j]));
  const x = rows.map((r) => featureRow(card, r));
  const n = x.length;
  const out: FeatureDrift[] = ref.numeric.map((r) => {
    const j = index.get(r.feature)!;
    const counts = new Array<number>(r.edges.length + 1).fill(0);
    for (const row of x) counts[binOf(r.edges, row[j])]++;
    const p = psi(r.expected, shares(counts, n));
    return { name: r.feature, kind: 'numeric', psi: p, level: level(p) };
  });
  for (const c of ref.categorical) {
    const counts = new Array<number>(c.values.length).fill(0);
    const cols = c.values.map((v) => card.features.findIndex((f) => f.kind === 'onehot' && f.source === c.source && f.value === v));
    for (const row of x) cols.forEach((j, k) => { counts[k] += row[j]; });
    const s = shares(counts, n);
    const p = psi(c.expected, s);
    out.push({ name: c.source, kind: 'category', psi: p, level: level(p), unknownShare: s[c.values.indexOf(null)] ?? 0 });
  }
  // Unknown categories matter even without a stored reference (built-in cards): report their share.
  if (ref.categorical.length === 0) {
    for (const f of card.fields.filter((fl) => fl.type === 'category')) {
      const known = new Set(f.categories ?? []);
      const unknown = rows.filter((r) => !known.has(String(r[f.name] ?? '').trim())).length;
      const share = n ? unknown / n : 0;
      out.push({ name: f.name, kind: 'category', psi: NaN, level: share > 0.05 ? 'major' : share > 0.01 ? 'moderate' : 'stable', unknownShare: share });
    }
  }
  return out.sort((a, b) => (Number.isNaN(b.psi) ? -1 : Number.isNaN(a.psi) ? 1 : b.psi - a.psi));
}

/** Features at moderate or major drift, largest first. */
export function drifting(d: readonly FeatureDrift[]): FeatureDrift[] {
  return d.filter((f) => f.level !== 'stable');
}
