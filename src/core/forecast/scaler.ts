/**
 * Feature preprocessing shared by the linear and logistic models: an optional per-feature transform
 * (log1p for heavy-tailed counts and amounts) then standardisation (mean, population standard deviation,
 * as sklearn's StandardScaler). It is stored inside each model, so the transform travels with the model
 * and a prediction can never be made on differently prepared features.
 */

/** Per-feature transform applied before standardising. */
export type FeatureTransform = 'none' | 'log1p';

/** Plain-JSON preprocessing of a model's input columns. */
export interface Standardizer {
  /** Feature names, in column order (optional; used by contributions and the model card). */
  names?: string[];
  transforms: FeatureTransform[];
  means: number[];
  /** Population standard deviations after the transform; 1 for a constant column. */
  scales: number[];
}

function transformValue(t: FeatureTransform, v: number, j: number, i: number, names?: string[]): number {
  const col = names?.[j] ?? `column ${j + 1}`;
  if (!Number.isFinite(v)) throw new Error(`row ${i + 1}, ${col}: value ${v} is not a finite number`);
  if (t === 'none') return v;
  if (v <= -1) throw new Error(`row ${i + 1}, ${col}: value ${v} is ≤ −1, log1p is undefined`);
  return Math.log1p(v);
}

/** A transformed copy of one column; a loop without calls when every value is finite (the usual case). */
function transformedColumn(t: FeatureTransform, c: ArrayLike<number>, j: number, names?: string[]): Float64Array {
  const out = Float64Array.from(c);
  let ok = true;
  for (let i = 0; i < out.length; i++) if (!Number.isFinite(out[i]) || (t === 'log1p' && out[i] <= -1)) ok = false;
  if (!ok) for (let i = 0; i < out.length; i++) transformValue(t, c[i], j, i, names); // throws, naming the row
  if (t === 'log1p') for (let i = 0; i < out.length; i++) out[i] = Math.log1p(out[i]);
  return out;
}

/** Checks that all columns have the same length n > 0 and returns n. */
export function rowCount(cols: ArrayLike<number>[], what: string): number {
  if (cols.length === 0) throw new Error(`${what}: no feature columns`);
  const n = cols[0].length;
  cols.forEach((c, j) => {
    if (c.length !== n) throw new Error(`${what}: column ${j + 1} has ${c.length} rows, column 1 has ${n}`);
  });
  return n;
}

/** Learns means and scales of the transformed columns. */
export function fitStandardizer(cols: ArrayLike<number>[], transforms?: FeatureTransform[], names?: string[]): Standardizer {
  const n = rowCount(cols, 'standardize');
  const tr = transforms ?? cols.map((): FeatureTransform => 'none');
  if (tr.length !== cols.length) throw new Error(`standardize: ${tr.length} transforms for ${cols.length} columns`);
  if (names && names.length !== cols.length) throw new Error(`standardize: ${names.length} names for ${cols.length} columns`);
  const means: number[] = [];
  const scales: number[] = [];
  cols.forEach((c, j) => {
    const t = transformedColumn(tr[j], c, j, names);
    let s = 0;
    for (let i = 0; i < n; i++) s += t[i];
    const m = s / n;
    let v = 0;
    for (let i = 0; i < n; i++) v += (t[i] - m) ** 2;
    const sd = Math.sqrt(v / n);
    means.push(m);
    scales.push(sd > 1e-12 * Math.max(1, Math.abs(m)) ? sd : 1);
  });
  return { ...(names ? { names: names.slice() } : {}), transforms: tr.slice(), means, scales };
}

/** Transformed, standardised copies of the columns. */
export function standardize(s: Standardizer, cols: ArrayLike<number>[]): Float64Array[] {
  if (cols.length !== s.means.length) throw new Error(`model expects ${s.means.length} feature columns, got ${cols.length}`);
  const n = rowCount(cols, 'predict');
  return cols.map((c, j) => {
    const z = transformedColumn(s.transforms[j], c, j, s.names);
    const mean = s.means[j];
    const scale = s.scales[j];
    for (let i = 0; i < n; i++) z[i] = (z[i] - mean) / scale;
    return z;
  });
}

/** One feature's share of a prediction (on the linear predictor's scale). */
export interface Contribution { feature: string; value: number; contribution: number }

/** coef_j × standardised value_j for one raw row, the client card's "why"; sums to prediction − intercept. */
export function contributionsOf(s: Standardizer, coef: number[], row: ArrayLike<number>): Contribution[] {
  if (row.length !== coef.length) throw new Error(`model expects ${coef.length} features, the row has ${row.length}`);
  return coef.map((w, j) => {
    const z = (transformValue(s.transforms[j], row[j], j, 0, s.names) - s.means[j]) / s.scales[j];
    return { feature: s.names?.[j] ?? `x${j + 1}`, value: row[j], contribution: w * z };
  });
}
