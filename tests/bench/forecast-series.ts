// npm run bench:forecast-series — why the engine's choices on CDNOW are what they are, measured on every month,
// not only on the issue's three as-of dates. For each month-end c from 1997-03-31 to 1998-05-31 it scores the
// engine's own candidates (engine-models.ts: BG/NBD × Gamma-Gamma fitted before c, linear and logistic trained on
// the previous month-end, their ½–½ blends) on the 30/14 days from c, prints BG/NBD's calibration (actual ÷
// predicted buyers and spend), and replays selection rules (latest month = the engine's, mean of the last 2 or 3
// months, mean of all earlier months) to show what each would have realised on average over all months.
// With --ideas it also measures, at the three as-of dates, the ideas tried in session 18 for the misses
// (docs/FORECAST.md): richer history features, stacking BG/NBD's outputs, pooled past windows, gradient-boosted
// trees, Platt calibration, training on 30-day buying. Every feature is computed from data strictly before its
// cutoff and every label model trains only on windows that end by the scored month. Prints figures; asserts nothing.
import { readFileSync } from 'node:fs';
import { readOrders } from '../../src/cli/forecast-read';
import { prepareCustomerData } from '../../src/core/customers/customer-data';
import { epochDay, isoDay } from '../../src/core/customers/days';
import { pointInTimeFeatures, trainingCutoff, windowTargets, type FeatureFrame, type Targets } from '../../src/core/customers/features';
import { buildOrderBook } from '../../src/core/customers/order-book';
import { purchaseMetrics, salesMetrics } from '../../src/core/forecast/backtest';
import {
  blend, fitBgNbdGg, fitLinearSales, fitLogisticPurchase, predictBgNbdGg, predictLinearSales, predictLogisticPurchase, type BgNbdGgFit, type BgNbdGgPrediction,
} from '../../src/core/forecast/engine-models';
import { fitLinear, predictLinear } from '../../src/core/forecast/linear';
import { fitLogistic, predictLogistic } from '../../src/core/forecast/logistic';
import { fitGbt } from '../../src/core/training/gbt';
import { asEnsemble, predictMargin } from '../../src/core/treeshap';

const args = process.argv.slice(2);
const FILE = args.includes('--file') ? args[args.indexOf('--file') + 1] : new URL('../../../shared/data/cdnow/CDNOW_master.txt', import.meta.url).pathname;
const data = prepareCustomerData(buildOrderBook(readOrders(readFileSync(FILE, 'utf8'), epochDay(2100, 1, 1)).values));

interface Window { c: number; frame: FeatureFrame; t: Targets; bg: BgNbdGgPrediction }
const windows = new Map<number, Window>();
let warm: BgNbdGgFit | undefined;
/** Features at c, targets from c, and BG/NBD × GG fitted on history before c (warm start only speeds it up). */
function at(c: number): Window {
  let w = windows.get(c);
  if (!w) {
    const frame = pointInTimeFeatures(data, c);
    warm = fitBgNbdGg(frame, warm);
    w = { c, frame, t: windowTargets(data, frame.clients, c), bg: predictBgNbdGg(warm, frame) };
    windows.set(c, w);
  }
  return w;
}
const labelled = (w: Window) => ({ frame: w.frame, targets: w.t });
const mean = (a: ArrayLike<number>): number => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s / a.length;
};
const f = (v: number, d = 4): string => v.toFixed(d);

// ---- 1. Month by month -------------------------------------------------------------------------------------
/** Per window: each candidate's R² / log loss, and those of BG × a + label model × (1 − a) for a = 0, 0.1, …, 1. */
interface Row { c: number; r2: Record<string, number>; ll: Record<string, number>; gridR2: number[]; gridLl: number[] }
const GRID = Array.from({ length: 11 }, (_, k) => k / 10);
const mix = (a: Float64Array, b: Float64Array, wa: number): Float64Array => a.map((v, i) => wa * v + (1 - wa) * b[i]);
const rows: Row[] = [];
console.log('window from  BG/NBD buyers act/pred  spend act/pred |  R²: BG×GG  linear   blend | log loss (ROC AUC): BG/NBD, logistic, blend');
for (let y = 1997, m = 4; y < 1998 || m <= 6; m === 12 ? (y++, m = 1) : m++) {
  const c = epochDay(y, m, 1) - 1;
  const w = at(c);
  const prev = labelled(at(trainingCutoff(c)));
  const lin = predictLinearSales(fitLinearSales(prev), w.frame);
  const lg = predictLogisticPurchase(fitLogisticPurchase(prev), w.frame);
  const r2 = { bg: salesMetrics(w.t.spend30, w.bg.spend30).r2, linear: salesMetrics(w.t.spend30, lin).r2, blend: salesMetrics(w.t.spend30, blend(w.bg.spend30, lin)).r2 };
  const pm = { bg: purchaseMetrics(w.t.buy14, w.bg.pBuy14), logistic: purchaseMetrics(w.t.buy14, lg), blend: purchaseMetrics(w.t.buy14, blend(w.bg.pBuy14, lg)) };
  const gridR2 = GRID.map((a) => salesMetrics(w.t.spend30, mix(w.bg.spend30, lin, a)).r2);
  const gridLl = GRID.map((a) => purchaseMetrics(w.t.buy14, mix(w.bg.pBuy14, lg, a)).logLoss);
  rows.push({ c, r2, ll: { bg: pm.bg.logLoss, logistic: pm.logistic.logLoss, blend: pm.blend.logLoss }, gridR2, gridLl });
  const ratio = (mean(w.t.buy14) / mean(w.bg.pBuy14)).toFixed(3);
  const sRatio = (mean(w.t.spend30) / mean(w.bg.spend30)).toFixed(3);
  console.log(`${isoDay(c)}  ${ratio.padStart(22)} ${sRatio.padStart(15)} | ${[r2.bg, r2.linear, r2.blend].map((v) => f(v, 3).padStart(7)).join(' ')} | ${Object.values(pm).map((p) => `${f(p.logLoss)} (${f(p.rocAuc)})`).join('  ')}`);
}

// Selection rules replayed: at row i only rows before i are complete backtests (as in the engine).
const rules: Record<string, (i: number) => number[]> = {
  'latest month (engine)': (i) => [i - 1],
  'mean of last 2 months': (i) => [i - 1, i - 2],
  'mean of last 3 months': (i) => [i - 1, i - 2, i - 3],
  'mean of all earlier months': (i) => Array.from({ length: i }, (_, k) => k),
};
console.log('\nselection rule               mean realised R² / log loss over 1997-07 … 1998-05, and its picks (sales/purchase)');
for (const [name, pick] of Object.entries(rules)) {
  let r2 = 0;
  let ll = 0;
  const picks: string[] = [];
  for (let i = 3; i < rows.length; i++) {
    const past = pick(i).filter((k) => k >= 0);
    const avg = (get: (r: Row) => Record<string, number>, k: string): number => past.reduce((s, j) => s + get(rows[j])[k], 0) / past.length;
    const s = ['bg', 'linear', 'blend'].reduce((b, k) => (avg((r) => r.r2, k) > avg((r) => r.r2, b) ? k : b));
    const p = ['bg', 'logistic', 'blend'].reduce((b, k) => (avg((r) => r.ll, k) < avg((r) => r.ll, b) ? k : b));
    r2 += rows[i].r2[s];
    ll += rows[i].ll[p];
    picks.push(`${isoDay(rows[i].c).slice(2, 7)} ${s}/${p}`);
  }
  const n = rows.length - 3;
  console.log(`${name.padEnd(28)} ${f(r2 / n)} / ${f(ll / n, 5)}   ${picks.join(', ')}`);
}
const later = rows.slice(3);
console.log(`${'always BG×GG / BG/NBD'.padEnd(28)} ${f(mean(later.map((r) => r.r2.bg)))} / ${f(mean(later.map((r) => r.ll.bg)), 5)}`);
console.log(`${'always blend'.padEnd(28)} ${f(mean(later.map((r) => r.r2.blend)))} / ${f(mean(later.map((r) => r.ll.blend)), 5)}`);
console.log(`${'best in hindsight'.padEnd(28)} ${f(mean(later.map((r) => Math.max(...Object.values(r.r2)))))} / ${f(mean(later.map((r) => Math.min(...Object.values(r.ll)))), 5)}`);

// Blend weight fitted on all earlier windows (not on one month, which session 17 found chases noise).
for (const A of [epochDay(1997, 6, 30), epochDay(1997, 9, 30), epochDay(1997, 12, 31)]) {
  const i = rows.findIndex((r) => r.c === A);
  const avg = (g: (r: Row) => number[], k: number): number => mean(rows.slice(0, i).map((r) => g(r)[k]));
  const ks = GRID.map((_, k) => k).reduce((b, k) => (avg((r) => r.gridR2, k) > avg((r) => r.gridR2, b) ? k : b));
  const kp = GRID.map((_, k) => k).reduce((b, k) => (avg((r) => r.gridLl, k) < avg((r) => r.gridLl, b) ? k : b));
  console.log(`${isoDay(A)}: weight on BG fitted on all ${i} earlier windows: sales ${GRID[ks]} → R² ${f(rows[i].gridR2[ks], 3)}; purchase ${GRID[kp]} → log loss ${f(rows[i].gridLl[kp])}`);
}

// How much of each as-of date's R² is a handful of clients: share of the total sum of squares (SST) in BG×GG's ten
// largest squared errors and the largest alone (one R² point = 0.01 of SST).
for (const A of [epochDay(1997, 6, 30), epochDay(1997, 9, 30), epochDay(1997, 12, 31)]) {
  const { t, bg } = at(A);
  const my = mean(t.spend30);
  const sst = t.spend30.reduce((s, v) => s + (v - my) ** 2, 0);
  const top = Array.from(t.spend30, (v, i) => (v - bg.spend30[i]) ** 2).sort((a, b) => b - a).slice(0, 10);
  console.log(`${isoDay(A)}: BG×GG's 10 largest squared errors are ${f(top.reduce((s, v) => s + v, 0) / sst, 3)} of SST, the largest alone ${f(top[0] / sst, 3)}`);
}

// ---- 2. Ideas for the misses, at the issue's three as-of dates ------------------------------------------------
if (args.includes('--ideas')) await ideas();

async function ideas(): Promise<void> {
  const { buyColumns, salesColumns } = await import('./forecast-series-features');
  const dates = [epochDay(1997, 6, 30), epochDay(1997, 9, 30), epochDay(1997, 12, 31)];
  /** The k month-ends before c whose 30-day windows are complete by c (latest first). */
  const before = (c: number, k: number): number[] => {
    const out = [trainingCutoff(c)];
    while (out.length < k) out.push(trainingCutoff(out[out.length - 1]));
    return out;
  };
  const pool = (ws: Window[], cols: (w: Window) => Float64Array[], y: (w: Window) => Float64Array): { X: Float64Array[]; Y: Float64Array } => {
    const X = cols(ws[0]).map(() => [] as number[]);
    const Y: number[] = [];
    for (const w of ws) {
      cols(w).forEach((col, j) => X[j].push(...col));
      Y.push(...y(w));
    }
    return { X: X.map((x) => Float64Array.from(x)), Y: Float64Array.from(Y) };
  };
  console.log('\nideas at the as-of dates (test = the 30/14 days from the date; backtest = the month before, trained one window earlier)');
  for (const A of dates) {
    const c1 = trainingCutoff(A);
    console.log(`== ${isoDay(A)}: BG×GG R² ${f(salesMetrics(at(A).t.spend30, at(A).bg.spend30).r2, 3)}, BG/NBD ROC AUC ${f(purchaseMetrics(at(A).t.buy14, at(A).bg.pBuy14).rocAuc)} log loss ${f(purchaseMetrics(at(A).t.buy14, at(A).bg.pBuy14).logLoss)}`);
    for (const set of ['stack', 'windows+stack'] as const) {
      for (const k of [1, 3]) {
        const score = (d: number): { own: number; withBg: number } => {
          const { X, Y } = pool(before(d, k).map(at), (w) => salesColumns(data, w.frame, w.bg, set), (w) => w.t.spend30);
          const p = predictLinear(fitLinear(X, Y), salesColumns(data, at(d).frame, at(d).bg, set)).map((v) => Math.max(0, v));
          return { own: salesMetrics(at(d).t.spend30, p).r2, withBg: salesMetrics(at(d).t.spend30, blend(p, at(d).bg.spend30)).r2 };
        };
        const t = score(A);
        const b = score(c1);
        console.log(`   sales linear, ${set}, ${k} window(s): R² ${f(t.own, 3)} (backtest ${f(b.own, 3)}); blended with BG×GG ${f(t.withBg, 3)} (${f(b.withBg, 3)})`);
      }
    }
    for (const set of ['engine', 'stack', 'windows', 'recency bins'] as const) {
      for (const k of [1, 3]) {
        const score = (d: number) => {
          const { X, Y } = pool(before(d, k).map(at), (w) => buyColumns(data, w.frame, w.bg, set), (w) => w.t.buy14);
          return purchaseMetrics(at(d).t.buy14, predictLogistic(fitLogistic(X, Y, { C: 1, tol: 1e-7, maxIter: 50 }), buyColumns(data, at(d).frame, at(d).bg, set)));
        };
        const t = score(A);
        console.log(`   purchase logistic, ${set}, ${k} window(s): ROC AUC ${f(t.rocAuc)} log loss ${f(t.logLoss)} (backtest ${f(score(c1).logLoss)})`);
      }
    }
    const w = at(A);
    const w1 = at(c1);
    const w2 = at(trainingCutoff(c1));
    // Trained on 30-day buying (twice the positives), scored on 14-day buying.
    const y30 = w1.t.purchases30.map((v) => (v > 0 ? 1 : 0));
    const m30 = purchaseMetrics(w.t.buy14, predictLogisticPurchase(fitLogisticPurchase({ frame: w1.frame, targets: { ...w1.t, buy14: y30 } }), w.frame));
    console.log(`   purchase logistic trained on 30-day buying: ROC AUC ${f(m30.rocAuc)}`);
    // Platt: the backtest model's logits recalibrated on the backtest month, the same map applied to the final model.
    const logit = (p: number): number => Math.log(Math.max(p, 1e-12) / Math.max(1 - p, 1e-12));
    const platt = fitLogistic([predictLogisticPurchase(fitLogisticPurchase(labelled(w2)), w1.frame).map(logit)], w1.t.buy14, { C: 1e6, maxIter: 50 });
    const pA = predictLogisticPurchase(fitLogisticPurchase(labelled(w1)), w.frame);
    const cal = predictLogistic(platt, [pA.map(logit)]);
    console.log(`   Platt-calibrated logistic: log loss ${f(purchaseMetrics(w.t.buy14, cal).logLoss)} (raw ${f(purchaseMetrics(w.t.buy14, pA).logLoss)}); its blend ${f(purchaseMetrics(w.t.buy14, blend(cal, w.bg.pBuy14)).logLoss)}`);
    // Gradient-boosted trees (the models panel's), early-stopped on the backtest month.
    for (const depth of [2, 3]) {
      const rowMajor = (cols: Float64Array[]): Float64Array => {
        const out = new Float64Array(cols[0].length * cols.length);
        cols.forEach((col, j) => col.forEach((v, i) => { out[i * cols.length + j] = v; }));
        return out;
      };
      const F = buyColumns(data, w1.frame, w1.bg, 'stack').length;
      const res = fitGbt(rowMajor(buyColumns(data, w2.frame, w2.bg, 'stack')), Uint8Array.from(w2.t.buy14), rowMajor(buyColumns(data, w1.frame, w1.bg, 'stack')), Uint8Array.from(w1.t.buy14), F, [], { maxDepth: depth, learningRate: 0.05 });
      const ens = asEnsemble(res.trees);
      const xa = rowMajor(buyColumns(data, w.frame, w.bg, 'stack'));
      const p = Float64Array.from({ length: w.frame.clients.length }, (_, i) => 1 / (1 + Math.exp(-predictMargin(ens, xa.subarray(i * F, (i + 1) * F)))));
      const m = purchaseMetrics(w.t.buy14, p);
      console.log(`   gradient-boosted trees, depth ${depth}, ${res.bestRound} rounds: ROC AUC ${f(m.rocAuc)} log loss ${f(m.logLoss)}`);
    }
  }
}
