/**
 * The curves of the candidate-vs-active comparison (issue #12), from the same validation rows and calibrated
 * scores as its metrics: ROC (false vs true positive rate), precision–recall, and the calibration plot
 * (mean predicted vs observed share per tenth of the score), cumulative gain (share of converters found against
 * share of leads contacted, best scores first) and cumulative lift (conversion rate of the leads contacted so far
 * over the overall rate). Thinned to at most 300 points per curve so the
 * result crosses the worker boundary cheaply and the chart stays light.
 */
import { thin } from '../charts/curves';
import { binaryCurve, calibrationTable } from '../metrics';

export interface XYPoint { x: number; y: number }
export interface EvalCurves { roc: XYPoint[]; pr: XYPoint[]; calibration: XYPoint[]; gain: XYPoint[]; lift: XYPoint[] }

export function evalCurves(y: ArrayLike<number>, score: ArrayLike<number>, max = 300): EvalCurves {
  const { fps, tps } = binaryCurve(y, score);
  const P = tps[tps.length - 1] || 1;
  const N = fps[fps.length - 1] || 1;
  const roc = [{ x: 0, y: 0 }, ...fps.map((fp, k) => ({ x: fp / N, y: tps[k] / P }))];
  const pr = tps.map((tp, k) => ({ x: tp / P, y: tp / (tp + fps[k]) }));
  const calibration = calibrationTable(y, score).filter((b) => b.count > 0).map((b) => ({ x: b.meanPredicted, y: b.fractionPositive }));
  const n = y.length || 1;
  const gain = [{ x: 0, y: 0 }, ...tps.map((tp, k) => ({ x: (tp + fps[k]) / n, y: tp / P }))];
  const lift = tps.map((tp, k) => ({ x: (tp + fps[k]) / n, y: tp / (tp + fps[k]) / (P / n) }));
  return { roc: thin(roc, max), pr: thin(pr, max), calibration, gain: thin(gain, max), lift: thin(lift, max) };
}
