/**
 * Evaluation metrics for labelled files (model quality screen, CLI, parity checks), defined to
 * match scikit-learn 1.2 so numbers in the app equal those in the Python training report.
 * y is 0/1, p is a probability/score; all inputs are same-length arrays.
 */

type Num = ArrayLike<number>;

function check(y: Num, p: Num): number {
  if (y.length !== p.length) throw new Error(`metrics: y has ${y.length} values, p has ${p.length}`);
  return y.length;
}

/**
 * sklearn _binary_clf_curve: cumulative (fps, tps) at each distinct score, highest score first.
 * Two native typed-array sorts (all scores; scores of positives) instead of sorting indices with a comparator:
 * the curve only needs, per distinct score, how many rows and how many positives hold it.
 */
export function binaryCurve(y: Num, p: Num): { fps: number[]; tps: number[]; thr: number[] } {
  const n = check(y, p);
  let nPos = 0;
  for (let i = 0; i < n; i++) if (y[i] === 1) nPos++;
  const all = new Float64Array(n);
  const pos = new Float64Array(nPos);
  for (let i = 0, k = 0; i < n; i++) {
    all[i] = p[i];
    if (y[i] === 1) pos[k++] = p[i];
  }
  all.sort();
  pos.sort();
  const fps: number[] = [];
  const tps: number[] = [];
  const thr: number[] = [];
  let seen = 0;
  let tp = 0;
  let q = nPos - 1;
  for (let k = n - 1; k >= 0; k--) {
    seen++;
    if (k > 0 && all[k - 1] === all[k]) continue;
    const v = all[k];
    while (q >= 0 && pos[q] >= v) { tp++; q--; }
    fps.push(seen - tp);
    tps.push(tp);
    thr.push(v);
  }
  return { fps, tps, thr };
}

/** Area under the ROC curve (ties form one diagonal step, as in sklearn). NaN with a single class. */
export function rocAuc(y: Num, p: Num): number {
  const { fps, tps } = binaryCurve(y, p);
  const P = tps[tps.length - 1] ?? 0;
  const N = fps[fps.length - 1] ?? 0;
  if (P === 0 || N === 0) return NaN;
  let auc = 0;
  let px = 0;
  let py = 0;
  for (let k = 0; k < fps.length; k++) {
    const x = fps[k] / N;
    const yy = tps[k] / P;
    auc += ((x - px) * (yy + py)) / 2;
    px = x;
    py = yy;
  }
  return auc;
}

/** Average precision = Σ (R_k − R_{k−1}) · P_k over distinct thresholds (sklearn, no interpolation). */
export function prAuc(y: Num, p: Num): number {
  const { fps, tps } = binaryCurve(y, p);
  const P = tps[tps.length - 1] ?? 0;
  if (P === 0) return NaN;
  let ap = 0;
  let prevR = 0;
  for (let k = 0; k < tps.length; k++) {
    const r = tps[k] / P;
    ap += (r - prevR) * (tps[k] / (tps[k] + fps[k]));
    prevR = r;
  }
  return ap;
}

export function brier(y: Num, p: Num): number {
  const n = check(y, p);
  let s = 0;
  for (let i = 0; i < n; i++) s += (p[i] - y[i]) ** 2;
  return s / n;
}

/** Mean binary cross-entropy with p clipped to [eps, 1 − eps] (sklearn 1.2 default eps 1e-15). */
export function logLoss(y: Num, p: Num, eps = 1e-15): number {
  const n = check(y, p);
  let s = 0;
  for (let i = 0; i < n; i++) {
    const q = Math.min(Math.max(p[i], eps), 1 - eps);
    s += y[i] === 1 ? Math.log(q) : Math.log(1 - q);
  }
  return -s / n;
}

export interface Confusion {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
  accuracy: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Confusion matrix and derived rates at `threshold` (p >= threshold is positive); 0 when undefined. */
export function confusion(y: Num, p: Num, threshold: number): Confusion {
  const n = check(y, p);
  let tp = 0;
  let fp = 0;
  let tn = 0;
  let fn = 0;
  for (let i = 0; i < n; i++) {
    const pos = p[i] >= threshold;
    if (y[i] === 1) {
      if (pos) tp++;
      else fn++;
    } else if (pos) fp++;
    else tn++;
  }
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  const f1 = 2 * tp + fp + fn > 0 ? (2 * tp) / (2 * tp + fp + fn) : 0;
  return { tp, fp, tn, fn, accuracy: n > 0 ? (tp + tn) / n : 0, precision, recall, f1 };
}

export interface DecileRow {
  decile: number;
  count: number;
  positives: number;
  rate: number;
  /** rate / overall rate. */
  lift: number;
  /** Share of all positives captured in deciles 1..d. */
  cumulativeGain: number;
  cumulativeLift: number;
}

/** Ranks by score (desc, stable) and splits into 10 near-equal groups: group d holds ranks [⌊(d−1)N/10⌋, ⌊dN/10⌋). */
export function liftGainByDecile(y: Num, p: Num): DecileRow[] {
  const n = check(y, p);
  const idx = Array.from({ length: n }, (_, i) => i).sort((a, b) => p[b] - p[a]);
  let totalPos = 0;
  for (let i = 0; i < n; i++) totalPos += y[i] === 1 ? 1 : 0;
  const base = n > 0 ? totalPos / n : 0;
  const rows: DecileRow[] = [];
  let cumPos = 0;
  let cumCount = 0;
  for (let d = 1; d <= 10; d++) {
    const lo = Math.floor(((d - 1) * n) / 10);
    const hi = Math.floor((d * n) / 10);
    let pos = 0;
    for (let k = lo; k < hi; k++) pos += y[idx[k]] === 1 ? 1 : 0;
    cumPos += pos;
    cumCount += hi - lo;
    const rate = hi > lo ? pos / (hi - lo) : 0;
    rows.push({
      decile: d,
      count: hi - lo,
      positives: pos,
      rate,
      lift: base > 0 ? rate / base : 0,
      cumulativeGain: totalPos > 0 ? cumPos / totalPos : 0,
      cumulativeLift: base > 0 && cumCount > 0 ? cumPos / cumCount / base : 0,
    });
  }
  return rows;
}

export interface CalibrationBin {
  lo: number;
  hi: number;
  count: number;
  meanPredicted: number;
  fractionPositive: number;
}

/**
 * Reliability table with `bins` uniform bins on [0, 1] (sklearn calibration_curve 'uniform': a value
 * equal to an inner edge falls in the lower bin). Empty bins have count 0 and NaN means.
 */
export function calibrationTable(y: Num, p: Num, bins = 10): CalibrationBin[] {
  const n = check(y, p);
  const step = 1 / bins; // np.linspace(0, 1, bins + 1): i * step, last edge exactly 1
  const edges = Array.from({ length: bins + 1 }, (_, i) => (i === bins ? 1 : i * step));
  const cnt = new Array<number>(bins).fill(0);
  const sumP = new Array<number>(bins).fill(0);
  const sumY = new Array<number>(bins).fill(0);
  for (let i = 0; i < n; i++) {
    let b = 0;
    while (b < bins - 1 && p[i] > edges[b + 1]) b++;
    cnt[b]++;
    sumP[b] += p[i];
    sumY[b] += y[i];
  }
  return cnt.map((c, b) => ({
    lo: edges[b],
    hi: edges[b + 1],
    count: c,
    meanPredicted: c > 0 ? sumP[b] / c : NaN,
    fractionPositive: c > 0 ? sumY[b] / c : NaN,
  }));
}
