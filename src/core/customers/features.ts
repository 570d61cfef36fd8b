/**
 * Point-in-time features of every client known before an as-of day, computed from data strictly before it
 * (day < asOfDay), and the targets of the window that starts on it. Same-day orders count as one purchase.
 * Features the data cannot give (no activity file, a measure never filled) are left out with a notice,
 * never zero-filled. Within a present feature, a client with nothing recorded gets the natural value: 0
 * visits/clicks when the client has no snapshot, average basket 0 with no purchase yet (any_purchase = 0
 * tells the models). Tenure counts from the registration date, else from the first purchase (notice), else
 * from the first activity snapshot. BG/NBD inputs are in weeks: x = repeat purchase days, tx = first to
 * last purchase, T = first purchase to the as-of day.
 */
import type { ActivityMeasure } from './activity-book';
import type { CustomerData } from './customer-data';
import { monthEndOnOrBefore } from './days';

export const HORIZON_DAYS = 30;
export const PURCHASE_DAYS = 14;
const DAYS_PER_MONTH = 365.25 / 12;

/** Every feature the engine can compute, in a fixed order. */
export const FEATURES = [
  'purchases_30d', 'spend_30d', 'avg_basket', 'visits', 'days_since_last', 'tenure_months', // sales
  'visits_7d', 'newsletter_opened', 'ad_clicks', 'any_purchase', 'time_on_site', // purchase
  'frequency', 'recency_weeks', 'age_weeks', 'total_spend', // BG/NBD-style history
] as const;
export type FeatureName = (typeof FEATURES)[number];

const FROM_ACTIVITY: Partial<Record<FeatureName, ActivityMeasure>> = {
  visits: 'visits', visits_7d: 'visits7d', newsletter_opened: 'newsletterOpened', ad_clicks: 'adClicks', time_on_site: 'timeOnSite',
};

export type NoticeReason = 'no_activity_data' | 'measure_never_recorded' | 'tenure_from_first_purchase' | 'clients_without_history' | 'constant_feature';

/** Something the user should know about the features (shown by the UI; `feature` is a FeatureName when set). */
export interface FeatureNotice { feature?: string; reason: NoticeReason; count?: number }

export interface FeatureFrame {
  asOfDay: number;
  /** Universe indices (into CustomerData.ids) of the clients known before asOfDay, ascending. */
  clients: Int32Array;
  /** Present features and their columns (parallel to `clients`). */
  names: FeatureName[];
  cols: Float64Array[];
  /** BG/NBD inputs in weeks, and the mean spend per repeat purchase day (0 for non-repeaters). */
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  mbar: Float64Array;
  notices: FeatureNotice[];
}

/** A feature column by name, or undefined when the data lacked it. */
export function column(f: FeatureFrame, name: FeatureName): Float64Array | undefined {
  const j = f.names.indexOf(name);
  return j < 0 ? undefined : f.cols[j];
}

/** Last index in [lo, hi) with day[i] < before, or lo − 1. Days are sorted within the range. */
function lastBefore(day: Int32Array, lo: number, hi: number, before: number): number {
  let a = lo;
  let b = hi;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (day[mid] < before) a = mid + 1;
    else b = mid;
  }
  return a - 1;
}

/** Features as of `asOfDay` (exclusive: nothing on or after it is read). */
export function pointInTimeFeatures(d: CustomerData, asOfDay: number): FeatureFrame {
  const n = d.ids.length;
  const notices: FeatureNotice[] = [];
  const present = new Set<FeatureName>(FEATURES);
  const measureSeen: Partial<Record<ActivityMeasure, boolean>> = {};
  for (const [f, m] of Object.entries(FROM_ACTIVITY) as [FeatureName, ActivityMeasure][]) {
    const col = d.measures[m];
    let seen = false;
    for (let i = 0; i < d.aDay.length && !seen; i++) seen = d.aDay[i] < asOfDay && !Number.isNaN(col[i]);
    measureSeen[m] = seen;
    if (!seen) {
      present.delete(f);
      notices.push({ feature: f, reason: d.hasActivity ? 'measure_never_recorded' : 'no_activity_data' });
    }
  }
  const names = FEATURES.filter((f) => present.has(f));
  const activityFeatures = (Object.entries(FROM_ACTIVITY) as [FeatureName, ActivityMeasure][]).filter(([, m]) => measureSeen[m]);

  const known: number[] = [];
  let undated = 0;
  const firstSeen = new Float64Array(n).fill(NaN);
  for (let c = 0; c < n; c++) {
    let first = Infinity;
    if (d.pStart[c + 1] > d.pStart[c]) first = d.pDay[d.pStart[c]];
    if (d.aStart[c + 1] > d.aStart[c]) first = Math.min(first, d.aDay[d.aStart[c]]);
    if (!Number.isNaN(d.registered[c])) first = Math.min(first, d.registered[c]);
    if (first === Infinity) undated++;
    else if (first < asOfDay) {
      known.push(c);
      firstSeen[c] = first;
    }
  }
  if (undated > 0) notices.push({ reason: 'clients_without_history', count: undated });

  const k = known.length;
  const cols = names.map(() => new Float64Array(k));
  const colOf = Object.fromEntries(names.map((nm, j) => [nm, cols[j]])) as Partial<Record<FeatureName, Float64Array>>;
  const x = new Float64Array(k);
  const tx = new Float64Array(k);
  const T = new Float64Array(k);
  const mbar = new Float64Array(k);
  let tenureFromPurchase = 0;
  // Column references looked up once (undefined when the feature is absent), not per value.
  const cPurchases = colOf.purchases_30d;
  const cSpend = colOf.spend_30d;
  const cBasket = colOf.avg_basket;
  const cAny = colOf.any_purchase;
  const cTotal = colOf.total_spend;
  const cFrequency = colOf.frequency;
  const cSince = colOf.days_since_last;
  const cTenure = colOf.tenure_months;
  const cRecency = colOf.recency_weeks;
  const cAge = colOf.age_weeks;
  const activityCols = activityFeatures.map(([f, m]) => ({ col: colOf[f], values: d.measures[m] }));
  const { pStart, pDay, pAmount, aStart } = d;

  for (let i = 0; i < k; i++) {
    const c = known[i];
    const lo = pStart[c];
    const last = lastBefore(pDay, lo, pStart[c + 1], asOfDay);
    const days = last - lo + 1;
    let total = 0;
    let n30 = 0;
    let s30 = 0;
    for (let j = lo; j <= last; j++) {
      total += pAmount[j];
      if (pDay[j] >= asOfDay - HORIZON_DAYS) {
        n30++;
        s30 += pAmount[j];
      }
    }
    if (cPurchases) cPurchases[i] = n30;
    if (cSpend) cSpend[i] = s30;
    if (cBasket) cBasket[i] = days > 0 ? total / days : 0;
    if (cAny) cAny[i] = days > 0 ? 1 : 0;
    if (cTotal) cTotal[i] = total;
    if (cFrequency) cFrequency[i] = Math.max(0, days - 1);
    if (cSince) cSince[i] = days > 0 ? asOfDay - pDay[last] : asOfDay - firstSeen[c];
    let since = d.registered[c];
    if (Number.isNaN(since) || since >= asOfDay) {
      since = firstSeen[c];
      if (days > 0 && since === pDay[lo]) tenureFromPurchase++;
    }
    if (cTenure) cTenure[i] = (asOfDay - since) / DAYS_PER_MONTH;
    if (days > 0) {
      x[i] = days - 1;
      tx[i] = (pDay[last] - pDay[lo]) / 7;
      T[i] = (asOfDay - pDay[lo]) / 7;
      mbar[i] = days > 1 ? (total - pAmount[lo]) / (days - 1) : 0;
    }
    if (cRecency) cRecency[i] = tx[i];
    if (cAge) cAge[i] = T[i];
    if (activityCols.length === 0) continue;
    const aLast = lastBefore(d.aDay, aStart[c], aStart[c + 1], asOfDay);
    for (const { col, values } of activityCols) {
      let v = 0; // no snapshot (or never this measure) before the as-of day: nothing recorded
      for (let j = aLast; j >= aStart[c]; j--) {
        if (!Number.isNaN(values[j])) {
          v = values[j];
          break;
        }
      }
      if (col) col[i] = v;
    }
  }
  if (tenureFromPurchase > 0) notices.push({ feature: 'tenure_months', reason: 'tenure_from_first_purchase', count: tenureFromPurchase });
  return { asOfDay, clients: Int32Array.from(known), names, cols, x, tx, T, mbar, notices };
}

export interface Targets {
  /** Spend in [fromDay, fromDay + 30). */
  spend30: Float64Array;
  /** Purchase days in [fromDay, fromDay + 30). */
  purchases30: Float64Array;
  /** 1 when the client buys in [fromDay, fromDay + 14), else 0. */
  buy14: Float64Array;
}

/** Targets of the given clients from the window starting on `fromDay` (nothing before it is read). */
export function windowTargets(d: CustomerData, clients: Int32Array, fromDay: number): Targets {
  const k = clients.length;
  const t: Targets = { spend30: new Float64Array(k), purchases30: new Float64Array(k), buy14: new Float64Array(k) };
  for (let i = 0; i < k; i++) {
    const c = clients[i];
    const hi = d.pStart[c + 1];
    for (let j = lastBefore(d.pDay, d.pStart[c], hi, fromDay) + 1; j < hi && d.pDay[j] < fromDay + HORIZON_DAYS; j++) {
      t.spend30[i] += d.pAmount[j];
      t.purchases30[i]++;
      if (d.pDay[j] < fromDay + PURCHASE_DAYS) t.buy14[i] = 1;
    }
  }
  return t;
}

/**
 * Cutoff of the training set for a forecast as of `asOfDay`: the latest month-end whose 30-day target window
 * is complete before asOfDay (so labels never read data on or after the as-of day).
 */
export function trainingCutoff(asOfDay: number): number {
  return monthEndOnOrBefore(asOfDay - HORIZON_DAYS);
}

/** Features at `cutoffDay` and the targets of the window that starts on it. */
export function trainingSet(d: CustomerData, cutoffDay: number): { frame: FeatureFrame; targets: Targets } {
  const frame = pointInTimeFeatures(d, cutoffDay);
  return { frame, targets: windowTargets(d, frame.clients, cutoffDay) };
}
