/**
 * Chart specs of the client card (drawn by the app's <ll-chart>, which also gives the data table and
 * exports): the activity history by month (spend, and web visits when recorded) and the forecast history
 * over past as-of dates (14-day purchase probability and next-30-day spend).
 */
import type { ChartSpec } from '../../components/chart/chart-spec';
import type { ClientLines, ForecastPoint } from '../../../storage/clients-repo-card';
import { monthlySales } from '../../../core/customers/sales-trend';
import { isoDay } from '../../../core/customers/days';
import { t } from '../../i18n/i18n';

export function activitySpec(orders: ClientLines, activity: ClientLines): ChartSpec | undefined {
  const days = [...orders.cols.day, ...activity.cols.day];
  if (days.length === 0) return undefined;
  // One axis of months covering orders and activity: zero-amount anchors extend the months of monthlySales.
  const months = monthlySales([...orders.cols.day, ...activity.cols.day], [...orders.cols.amount, ...activity.cols.day.map(() => 0)]);
  const visits = new Map<string, number>();
  activity.cols.day.forEach((d, i) => {
    const v = activity.cols.visits7d[i];
    if (Number.isNaN(v)) return;
    const m = isoDay(d).slice(0, 7);
    visits.set(m, Math.max(visits.get(m) ?? 0, v));
  });
  const series: ChartSpec['series'] = [{ name: t('client.chart.spend'), data: months.map((m) => m.sales), type: 'bar' }];
  if (visits.size) series.push({ name: t('client.chart.visits7d'), data: months.map((m) => visits.get(m.month) ?? 0), type: 'line' });
  return { kind: 'bar', title: t('client.chart.activity'), summary: t('client.chart.activitySummary', { n: months.length }), categories: months.map((m) => m.month), series, xTitle: t('client.chart.month'), yFormat: 'number', fileName: 'client-activity' };
}

export function historySpec(h: ForecastPoint[]): ChartSpec | undefined {
  if (h.length === 0) return undefined;
  return {
    kind: 'line', title: t('client.chart.history'), summary: t('client.chart.historySummary', { n: h.length }),
    categories: h.map((p) => isoDay(p.asOfDay)), xTitle: t('client.chart.asOf'), yFormat: 'percent', yMin: 0, yMax: 1,
    series: [{ name: t('client.forecast.pBuy14'), data: h.map((p) => p.pBuy14) }, ...(h.some((p) => p.pAlive !== undefined) ? [{ name: t('client.forecast.pAlive'), data: h.map((p) => p.pAlive ?? NaN) }] : [])],
    fileName: 'client-forecast-history',
  };
}
