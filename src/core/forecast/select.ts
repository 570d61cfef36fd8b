/**
 * Model choice per data set, from the backtest on the latest complete month: for next-30-day spend the
 * highest R² (same order as the lowest MSE); for the 14-day purchase the lowest log loss (a proper scoring
 * rule: it rewards calibrated probabilities, which the threshold decision relies on). Candidates that could
 * not be backtested (too little history) are chosen only when nothing else is, in a fixed preference order.
 */
import type { PurchaseMetrics, SalesMetrics } from './backtest';

export interface CandidateReport<M> {
  modelId: string;
  kind: string;
  /** Backtest figures; undefined when the model could not be backtested. */
  backtest?: M;
  /** Why the candidate has no backtest (English; for logs). */
  note?: string;
}

export interface TaskSelection<M> {
  chosenId: string;
  chosenKind: string;
  /** 'r2' / 'log_loss' when chosen by backtest; 'fallback' when no candidate had a backtest. */
  rule: 'r2' | 'log_loss' | 'fallback';
  candidates: CandidateReport<M>[];
}

function choose<M>(cands: CandidateReport<M>[], score: (m: M) => number, rule: 'r2' | 'log_loss', preference: string[]): TaskSelection<M> {
  const usable = cands;
  if (usable.length === 0) throw new Error('no model could be fitted');
  let best: CandidateReport<M> | undefined;
  for (const c of usable) {
    if (!c.backtest || !Number.isFinite(score(c.backtest))) continue;
    if (!best || score(c.backtest) > score(best.backtest!)) best = c;
  }
  if (best) return { chosenId: best.modelId, chosenKind: best.kind, rule, candidates: cands };
  const fb = [...usable].sort((a, b) => preference.indexOf(a.kind) - preference.indexOf(b.kind))[0];
  return { chosenId: fb.modelId, chosenKind: fb.kind, rule: 'fallback', candidates: cands };
}

/** Highest backtest R²; ties keep the earlier (simpler) candidate. */
export function selectSales(cands: CandidateReport<SalesMetrics>[]): TaskSelection<SalesMetrics> {
  return choose(cands, (m) => m.r2, 'r2', ['bgnbd-gg', 'naive', 'linear']);
}

/** Lowest backtest log loss; ties keep the earlier candidate. */
export function selectPurchase(cands: CandidateReport<PurchaseMetrics>[]): TaskSelection<PurchaseMetrics> {
  return choose(cands, (m) => -m.logLoss, 'log_loss', ['bgnbd', 'logistic']);
}
