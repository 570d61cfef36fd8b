/**
 * Builds the model input matrix from validated leads exactly as the Python pipeline does
 * (card.features, in order), so ONNX sees the same numbers in the browser, the CLI and training.
 * Float operations follow numpy's order (np.clip, x / (y + 1), mean = sum in source order / n).
 */
import type { FeatureSpec, ModelCard } from './card/types';
import type { LeadValues } from './lead';

/** np.clip semantics: min(max(x, lo), hi); NaN stays NaN. */
export function clip(x: number, lo: number, hi: number): number {
  if (Number.isNaN(x)) return x;
  return x < lo ? lo : x > hi ? hi : x;
}

/** Number of elements of sorted `ref` that are < x (strict) or <= x. */
export function countBelow(ref: readonly number[], x: number, inclusive: boolean): number {
  let lo = 0;
  let hi = ref.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (inclusive ? ref[mid] <= x : ref[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Mid-rank percentile of x in sorted `ref`: (count(ref < x) + count(ref <= x)) / (2n). */
export function midRankPercentile(ref: readonly number[], x: number): number {
  if (Number.isNaN(x)) return NaN;
  return (countBelow(ref, x, false) + countBelow(ref, x, true)) / (2 * ref.length);
}

/** Precomputed per-card helpers (clip ranges of base columns, known categories per source). */
interface Prepared {
  baseClip: Map<string, [number, number]>;
  known: Map<string, Set<string>>;
}
const cache = new WeakMap<ModelCard, Prepared>();

function prepare(card: ModelCard): Prepared {
  let p = cache.get(card);
  if (p) return p;
  const baseClip = new Map<string, [number, number]>();
  const known = new Map<string, Set<string>>();
  for (const f of card.features) {
    if (f.kind === 'numeric' && !baseClip.has(f.source)) baseClip.set(f.source, f.clip);
    if (f.kind === 'onehot' && f.value !== null) {
      if (!known.has(f.source)) known.set(f.source, new Set());
      known.get(f.source)!.add(f.value);
    }
  }
  p = { baseClip, known };
  cache.set(card, p);
  return p;
}

function asNumber(v: number | string | null | undefined): number {
  return typeof v === 'number' ? v : NaN;
}

/** A base column's value after its numeric feature's clip (unclipped if the card has no such feature). */
export function clippedBase(card: ModelCard, values: LeadValues, source: string): number {
  const x = asNumber(values[source]);
  const c = prepare(card).baseClip.get(source);
  return c ? clip(x, c[0], c[1]) : x;
}

function featureValue(card: ModelCard, p: Prepared, f: FeatureSpec, values: LeadValues): number {
  switch (f.kind) {
    case 'numeric':
      return clip(asNumber(values[f.source]), f.clip[0], f.clip[1]);
    case 'onehot': {
      const v = values[f.source];
      const s = v === null || v === undefined ? '' : String(v).trim();
      if (f.value !== null) return s === f.value ? 1 : 0;
      return s === '' || !(p.known.get(f.source)?.has(s) ?? false) ? 1 : 0;
    }
    case 'ratio': {
      const num = clippedBase(card, values, f.numerator);
      const den = clippedBase(card, values, f.denominator);
      return clip(num / (den + 1), f.clip[0], f.clip[1]);
    }
    case 'percentile_mean': {
      let sum = 0;
      for (const s of f.sources) sum += midRankPercentile(card.reference[s], clippedBase(card, values, s));
      return sum / f.sources.length;
    }
  }
}

/**
 * One feature's value for a lead, for specs outside the model's matrix (e.g. card.clusters.derived: the
 * EngagementScore that clustering uses even when the model does not), with exactly the same formulas.
 */
export function featureSpecValue(card: ModelCard, spec: FeatureSpec, values: LeadValues): number {
  return featureValue(card, prepare(card), spec, values);
}

/** One lead's feature vector in double precision (card.features order). */
export function featureRow(card: ModelCard, values: LeadValues): Float64Array {
  const p = prepare(card);
  const out = new Float64Array(card.features.length);
  card.features.forEach((f, j) => {
    out[j] = featureValue(card, p, f, values);
  });
  return out;
}

/** Row-major N×F float32 matrix, the ONNX input. */
export function featureMatrix(card: ModelCard, rows: readonly LeadValues[]): Float32Array {
  const F = card.features.length;
  const out = new Float32Array(rows.length * F);
  rows.forEach((r, i) => out.set(featureRow(card, r), i * F));
  return out;
}
