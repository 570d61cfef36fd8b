/**
 * The customer dashboard's figures (issue #10): monthly sales from the order lines, next month's forecast
 * (the sum of every client's expected 30-day spend) with an approximate 95% interval, and the KPIs (clients,
 * average forecast, share above the purchase-probability threshold). The interval treats each client's
 * spend as compound Poisson — purchases ~ Poisson(E[purchases]), each of size E[spend]/E[purchases] — so
 * Var(total) ≈ Σ spend30² / purchases30; it shows purchase-to-purchase noise only, not model error (said on
 * screen). Pure; the customers worker calls it over the stored columns.
 */

export interface MonthTotal { month: string; sales: number; orders: number }

/** Sales per calendar month (YYYY-MM, UTC), oldest first, with empty months in between filled with 0. */
export function monthlySales(day: ArrayLike<number>, amount: ArrayLike<number>): MonthTotal[] {
  const acc = new Map<number, { sales: number; orders: number }>();
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < day.length; i++) {
    const d = new Date(day[i] * 86_400_000);
    const m = d.getUTCFullYear() * 12 + d.getUTCMonth();
    const a = acc.get(m) ?? { sales: 0, orders: 0 };
    a.sales += amount[i];
    a.orders++;
    acc.set(m, a);
    if (m < lo) lo = m;
    if (m > hi) hi = m;
  }
  const out: MonthTotal[] = [];
  for (let m = lo; m <= hi; m++) {
    const a = acc.get(m) ?? { sales: 0, orders: 0 };
    out.push({ month: `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`, sales: Math.round(a.sales * 100) / 100, orders: a.orders });
  }
  return out;
}

export interface ForecastTotal { total: number; low: number; high: number }

/** Sum of expected 30-day spend with its approximate 95% interval (see the header). NaN entries are skipped. */
export function forecastTotal(spend30: ArrayLike<number>, purchases30: ArrayLike<number>): ForecastTotal {
  let total = 0;
  let variance = 0;
  for (let i = 0; i < spend30.length; i++) {
    const s = spend30[i];
    const n = purchases30[i];
    if (!Number.isFinite(s)) continue;
    total += s;
    if (Number.isFinite(n) && n > 0) variance += (s * s) / n;
  }
  const half = 1.96 * Math.sqrt(variance);
  return { total, low: Math.max(0, total - half), high: total + half };
}

export interface CustomerKpis { clients: number; withForecast: number; avgSpend30: number; flagged: number; flaggedShare: number; threshold: number }

/** KPIs over the newest forecast's columns; `clients` counts every stored client. */
export function customerKpis(clients: number, spend30: ArrayLike<number>, pBuy14: ArrayLike<number>, threshold: number): CustomerKpis {
  let sum = 0;
  let n = 0;
  let flagged = 0;
  for (let i = 0; i < spend30.length; i++) {
    if (Number.isFinite(spend30[i])) { sum += spend30[i]; n++; }
    if (pBuy14[i] >= threshold) flagged++;
  }
  return { clients, withForecast: n, avgSpend30: n ? sum / n : NaN, flagged, flaggedShare: n ? flagged / n : NaN, threshold };
}
