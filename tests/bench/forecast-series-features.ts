// Candidate feature sets for the idea experiments of forecast-series.ts (session 18, docs/FORECAST.md): what a
// richer linear/logistic model would see besides the engine's features. Every column reads purchase days strictly
// before the frame's as-of day, like pointInTimeFeatures; BG/NBD's outputs come from a fit on that same history.
// Bench-only: the engine does not use these (none beat it on the backtests, see FORECAST.md).
import type { CustomerData } from '../../src/core/customers/customer-data';
import { column, type FeatureFrame, type FeatureName } from '../../src/core/customers/features';
import type { BgNbdGgPrediction } from '../../src/core/forecast/engine-models';

/** Purchase days ('n') or spend ('s') in the `days` days before the as-of day, per client of the frame. */
export function recentTotals(d: CustomerData, f: FeatureFrame, days: number, what: 'n' | 's'): Float64Array {
  const out = new Float64Array(f.clients.length);
  f.clients.forEach((c, i) => {
    for (let j = d.pStart[c]; j < d.pStart[c + 1]; j++) {
      const day = d.pDay[j];
      if (day < f.asOfDay && day >= f.asOfDay - days) out[i] += what === 'n' ? 1 : d.pAmount[j];
    }
  });
  return out;
}

const cols = (f: FeatureFrame, names: FeatureName[]): Float64Array[] => names.map((n) => column(f, n)!);
const log1p = (a: Float64Array): Float64Array => a.map((v) => Math.log1p(Math.max(0, v)));
const logit = (p: number): number => Math.log(Math.max(p, 1e-12) / Math.max(1 - p, 1e-12));

/** Linear sales model: the engine's features plus BG/NBD × GG's expected spend and P(alive) ('stack'), plus 90/180-day spend and 90-day purchases. */
export function salesColumns(d: CustomerData, f: FeatureFrame, bg: BgNbdGgPrediction, set: 'stack' | 'windows+stack'): Float64Array[] {
  const base = [...cols(f, ['purchases_30d', 'spend_30d', 'avg_basket', 'days_since_last', 'tenure_months', 'frequency']), bg.spend30, bg.pAlive];
  return set === 'stack' ? base : [...base, recentTotals(d, f, 90, 's'), recentTotals(d, f, 180, 's'), recentTotals(d, f, 90, 'n')];
}

/**
 * Logistic 14-day model: 'engine' = the engine's features and log1p transforms; 'stack' adds logit of BG/NBD's
 * P(buy in 14 days) and P(alive); 'windows' adds purchase days in the last 60/90/180 days and √days since the last;
 * 'recency bins' adds purchase days in [0,14), [14,30), [30,60), [60,90), [90,180), [180,365) days back and
 * days-since-last ÷ the client's mean gap between purchases, plus the stack.
 */
export function buyColumns(d: CustomerData, f: FeatureFrame, bg: BgNbdGgPrediction, set: 'engine' | 'stack' | 'windows' | 'recency bins'): Float64Array[] {
  const base = [...cols(f, ['purchases_30d', 'spend_30d', 'avg_basket', 'days_since_last', 'frequency', 'total_spend']).map(log1p), ...cols(f, ['tenure_months', 'recency_weeks'])];
  const stack = [bg.pBuy14.map(logit), bg.pAlive];
  if (set === 'engine') return base;
  if (set === 'stack') return [...base, ...stack];
  const since = column(f, 'days_since_last')!;
  if (set === 'windows') return [...base, ...[60, 90, 180].map((n) => log1p(recentTotals(d, f, n, 'n'))), since.map(Math.sqrt)];
  const edges = [14, 30, 60, 90, 180, 365].map((n) => recentTotals(d, f, n, 'n'));
  const bins = edges.map((e, k) => log1p(k ? e.map((v, i) => v - edges[k - 1][i]) : e));
  const gap = since.map((s, i) => (f.x[i] > 0 ? Math.log1p(s / ((7 * f.tx[i]) / f.x[i])) : 0));
  return [...base, ...bins, gap, ...stack];
}
