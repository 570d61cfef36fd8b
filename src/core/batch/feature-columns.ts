/**
 * The card's features computed per column on typed arrays (issue #15): the batch worker validated a
 * chunk into numeric Float64 columns and dictionary-coded categories, and here each feature becomes one
 * Float64 column by the same formulas as core/features.ts (np.clip, x / (y + 1), mid-rank percentiles
 * averaged in source order), so every value is bit-identical to featureRow's. Percentile ranks come from
 * a deduplicated reference (sorted unique values with their strict/inclusive counts): one search over a
 * few dozen values for integer columns instead of two searches over thousands per row.
 */
import type { FeatureSpec, ModelCard } from '../card/types';
import { clip, featureSpecValue } from '../features';
import type { LeadValues } from '../lead';
import { countAtMost } from './search';

/** A chunk's validated values by field: numbers (NaN = null) or category codes into a dictionary. */
export interface ValueColumns {
  n: number;
  num: Map<string, Float64Array>;
  cat: Map<string, { dict: readonly string[]; codes: Uint8Array | Uint16Array }>;
}

interface RankTable { uniq: Float64Array; lt: Float64Array; le: Float64Array; twoN: number }
const rankTables = new WeakMap<readonly number[], RankTable>();

function rankTable(ref: readonly number[]): RankTable {
  let t = rankTables.get(ref);
  if (t) return t;
  const uniq: number[] = [];
  const lt: number[] = [];
  const le: number[] = [];
  for (let i = 0; i < ref.length; i++) {
    if (uniq.length > 0 && uniq[uniq.length - 1] === ref[i]) le[le.length - 1] = i + 1;
    else {
      uniq.push(ref[i]);
      lt.push(i);
      le.push(i + 1);
    }
  }
  t = { uniq: Float64Array.from(uniq), lt: Float64Array.from(lt), le: Float64Array.from(le), twoN: 2 * ref.length };
  rankTables.set(ref, t);
  return t;
}

/** midRankPercentile(ref, x) for a whole column (ref sorted ascending, as the card stores it). */
export function percentileColumn(ref: readonly number[], x: Float64Array, out = new Float64Array(x.length)): Float64Array {
  const { uniq, lt, le, twoN } = rankTable(ref);
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (v !== v) {
      out[i] = NaN;
      continue;
    }
    const lo = countAtMost(uniq, v);
    if (lo === 0) out[i] = 0 / twoN;
    else if (uniq[lo - 1] === v) out[i] = (lt[lo - 1] + le[lo - 1]) / twoN;
    else out[i] = (le[lo - 1] + le[lo - 1]) / twoN;
  }
  return out;
}

/** Computes feature columns for one chunk; columns are cached by spec so clusters reuse the model's. */
export class FeatureColumns {
  private readonly cache = new Map<FeatureSpec, Float64Array>();
  private readonly bases = new Map<string, Float64Array>();
  private readonly baseClip = new Map<string, [number, number]>();

  constructor(private readonly card: ModelCard, private readonly v: ValueColumns) {
    for (const f of card.features) if (f.kind === 'numeric' && !this.baseClip.has(f.source)) this.baseClip.set(f.source, f.clip);
  }

  /** clippedBase for a whole column: the numeric feature's clip, NaN for non-numeric fields. */
  base(source: string): Float64Array {
    let b = this.bases.get(source);
    if (b) return b;
    const x = this.v.num.get(source);
    const c = this.baseClip.get(source);
    b = new Float64Array(this.v.n);
    if (!x) b.fill(NaN);
    else if (!c) b.set(x);
    else for (let i = 0; i < b.length; i++) b[i] = clip(x[i], c[0], c[1]);
    this.bases.set(source, b);
    return b;
  }

  column(f: FeatureSpec): Float64Array {
    let out = this.cache.get(f);
    if (out) return out;
    const n = this.v.n;
    out = new Float64Array(n);
    switch (f.kind) {
      case 'numeric': {
        const x = this.v.num.get(f.source);
        if (!x) out.fill(NaN);
        else for (let i = 0; i < n; i++) out[i] = clip(x[i], f.clip[0], f.clip[1]);
        break;
      }
      case 'ratio': {
        const a = this.base(f.numerator);
        const b = this.base(f.denominator);
        for (let i = 0; i < n; i++) out[i] = clip(a[i] / (b[i] + 1), f.clip[0], f.clip[1]);
        break;
      }
      case 'percentile_mean': {
        const p = new Float64Array(n);
        for (const s of f.sources) {
          percentileColumn(this.card.reference[s], this.base(s), p);
          for (let i = 0; i < n; i++) out[i] += p[i];
        }
        for (let i = 0; i < n; i++) out[i] /= f.sources.length;
        break;
      }
      case 'onehot':
        this.onehot(f, out);
        break;
    }
    this.cache.set(f, out);
    return out;
  }

  /** One-hots per dictionary entry (the core's own formula on each distinct value), then one lookup per row. */
  private onehot(f: Extract<FeatureSpec, { kind: 'onehot' }>, out: Float64Array): void {
    const c = this.v.cat.get(f.source);
    if (c) {
      const byCode = Float64Array.from(c.dict, (s) => featureSpecValue(this.card, f, { [f.source]: s === '' ? null : s }));
      for (let i = 0; i < out.length; i++) out[i] = byCode[c.codes[i]];
      return;
    }
    const x = this.v.num.get(f.source);
    for (let i = 0; i < out.length; i++) {
      const values: LeadValues = { [f.source]: x && x[i] === x[i] ? x[i] : null };
      out[i] = featureSpecValue(this.card, f, values);
    }
  }

  /** Row-major n × F float32 model input (card.features order). */
  matrix(): Float32Array {
    const F = this.card.features.length;
    const n = this.v.n;
    const m = new Float32Array(n * F);
    this.card.features.forEach((f, j) => {
      const col = this.column(f);
      for (let i = 0, o = j; i < n; i++, o += F) m[o] = col[i];
    });
    return m;
  }

  /** Nearest centroid per row, exactly as core/decide's assignCluster (same inputs, order and ties). */
  clusters(): Uint8Array {
    const cl = this.card.clusters;
    const inputs = cl.features.map((name, k) => {
      const spec = this.card.features.find((f) => f.name === name) ?? cl.derived?.find((f) => f.name === name);
      const x = spec ? this.column(spec) : this.base(name);
      const { mean, scale } = cl.scaler;
      return Float64Array.from(x, (v) => (v - mean[k]) / scale[k]);
    });
    const n = this.v.n;
    const out = new Uint8Array(n);
    const best = new Float64Array(n).fill(Infinity);
    cl.centroids.forEach((c, ci) => {
      for (let i = 0; i < n; i++) {
        let d = 0;
        for (let k = 0; k < inputs.length; k++) {
          const t = inputs[k][i] - c[k];
          d += t * t;
        }
        if (d < best[i]) {
          best[i] = d;
          out[i] = ci;
        }
      }
    });
    return out;
  }
}
