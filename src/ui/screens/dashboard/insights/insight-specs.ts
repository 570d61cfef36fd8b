/**
 * Chart specs of the dashboard's leads section, built from merged run aggregates (core/charts/merge) with
 * people's labels (segments, clusters, categories, fields with units) in the active language.
 */
import type { CardSummary } from '../../../../core/charts/card-summary';
import { SCORE_BINS } from '../../../../core/charts/chart-agg';
import { calibrationFromBins, gainLiftFromBins, prFromBins, rocFromBins, thin } from '../../../../core/charts/curves';
import { clusterProfiles, SEGMENT_NAMES, type Merged } from '../../../../core/charts/merge';
import { categoryLabel, fieldLabel, segmentLabel, unitLabel } from '../../../components/lead-form/labels';
import type { ChartSpec } from '../../../components/chart/chart-spec';
import { fmtNumber, fmtPercent, getLocale, t } from '../../../i18n/i18n';
import type { DashboardRun } from '../../../../storage/charts/dashboard-repo';

export function clusterLabel(names: DashboardRun['clusterNames'] | undefined, c: number): string {
  return names?.[c]?.[getLocale()] ?? t('insights.cluster', { n: c + 1 });
}

export function fieldWithUnit(card: CardSummary | undefined, name: string): string {
  const unit = card?.fields.find((f) => f.name === name)?.unit;
  return unit ? `${fieldLabel(name)} (${unitLabel(unit)})` : fieldLabel(name);
}

export function overviewSpecs(m: Merged, names: DashboardRun['clusterNames'] | undefined): ChartSpec[] {
  const leads = t('insights.leads');
  const specs: ChartSpec[] = [
    { kind: 'bar', title: t('insights.bySegment'), xTitle: t('insights.segment'), yFormat: 'integer', fileName: 'leads-by-segment',
      categories: SEGMENT_NAMES.map((s) => segmentLabel(s)), series: [{ name: leads, data: SEGMENT_NAMES.map((s) => m.bySegment[s]) }] },
    { kind: 'bar', title: t('insights.byCluster'), xTitle: t('insights.clusterAxis'), yFormat: 'integer', fileName: 'leads-by-cluster', horizontal: true,
      categories: m.byCluster.map((_, c) => clusterLabel(names, c)), series: [{ name: leads, data: m.byCluster }] },
    { kind: 'bar', title: t('insights.scoreDist'), xTitle: t('insights.scoreRange'), yFormat: 'integer', fileName: 'score-distribution',
      summary: t('insights.scoreDist.summary', { n: fmtNumber(m.scored) }),
      ...histogramBars(m.histogram, leads) },
  ];
  for (const field of ['CampaignChannel', 'CampaignType']) {
    const c = m.byCategory[field];
    if (!c || c.values.length === 0) continue;
    specs.push({ kind: 'bar', title: t('insights.byCategory', { field: fieldLabel(field) }), xTitle: fieldLabel(field), yFormat: 'percent', yMin: 0, fileName: `conversion-by-${field}`,
      categories: c.values.map((v) => categoryLabel(field, v)),
      series: [
        { name: t('insights.expectedRate'), data: c.values.map((_, k) => (c.count[k] ? c.sumScore[k] / c.count[k] : 0)) },
        { name: t('insights.predictedShare'), data: c.values.map((_, k) => (c.count[k] ? c.predicted[k] / c.count[k] : 0)) },
      ] });
  }
  return specs;
}

/**
 * The score distribution as 25 bars of 4 points (pairs of the 50 stored bins): ApexCharts measures every category
 * label, so its draw grows with the bar count (~7 ms of main-thread CPU per bar on this machine under load); at 50
 * bars it was the dashboard's longest main-thread task.
 */
export const HISTOGRAM_BARS = 25;
export function histogramBars(bins: number[], name: string): Pick<ChartSpec, 'categories' | 'series' | 'bins' | 'xFormat'> {
  const per = Math.max(1, Math.round(SCORE_BINS / HISTOGRAM_BARS));
  const data = Array.from({ length: Math.ceil(bins.length / per) }, (_, i) => bins.slice(i * per, (i + 1) * per).reduce((a, b) => a + b, 0));
  const edge = (i: number): string => fmtPercent(Math.min(1, (i * per) / SCORE_BINS), 0);
  // Drawn on a numeric axis (bars at bin centres, 5 percent ticks); the table and CSV keep the range labels.
  return { categories: data.map((_, i) => `${edge(i)}–${edge(i + 1)}`), series: [{ name, data }], bins: { from: 0, step: per / SCORE_BINS }, xFormat: 'percent' };
}

export function trendSpec(runs: readonly DashboardRun[]): ChartSpec {
  const asc = [...runs].sort((a, b) => a.startedAt - b.startedAt);
  return { kind: 'line', title: t('insights.trends'), xTitle: t('insights.runDate'), xFormat: 'date', yFormat: 'percent', fileName: 'trends-across-runs',
    series: [
      { name: t('insights.avgScore'), data: asc.map((r) => ({ x: r.startedAt, y: r.meanScore })) },
      { name: t('insights.predictedShare'), data: asc.map((r) => ({ x: r.startedAt, y: r.predictedShare })) },
    ] };
}

/** Lift, gain, ROC, PR and calibration of the labelled leads (needs both outcomes present). */
export function qualitySpecs(m: Merged): ChartSpec[] {
  const roc = rocFromBins(m.grid);
  if (roc.points.length === 0) return [];
  const pr = prFromBins(m.grid);
  const { gain, lift } = gainLiftFromBins(m.grid);
  const cal = calibrationFromBins(m.grid, 10);
  const base = m.grid.positives.reduce((a, b) => a + b, 0) / m.labelled;
  const share = t('insights.shareContacted');
  const diag = (name: string) => ({ name, dashed: true, data: [{ x: 0, y: 0 }, { x: 1, y: 1 }] });
  return [
    { kind: 'line', title: t('insights.lift'), xTitle: share, yTitle: t('insights.liftAxis'), xFormat: 'percent', yFormat: 'ratio', xMin: 0, xMax: 1, fileName: 'lift',
      series: [{ name: t('insights.model'), data: thin(lift, 200) }, { name: t('insights.random'), dashed: true, data: [{ x: 0, y: 1 }, { x: 1, y: 1 }] }] },
    { kind: 'line', title: t('insights.gain'), xTitle: share, yTitle: t('insights.gainAxis'), xFormat: 'percent', yFormat: 'percent', xMin: 0, xMax: 1, yMin: 0, yMax: 1, fileName: 'cumulative-gain',
      series: [{ name: t('insights.model'), data: thin(gain, 200) }, diag(t('insights.random'))] },
    { kind: 'line', title: t('insights.roc'), summary: t('insights.roc.summary', { auc: fmtNumber(roc.area, { maximumFractionDigits: 3 }) }), xTitle: t('insights.fpr'), yTitle: t('insights.tpr'),
      xFormat: 'percent', yFormat: 'percent', xMin: 0, xMax: 1, yMin: 0, yMax: 1, fileName: 'roc', series: [{ name: t('insights.model'), data: thin(roc.points, 200) }, diag(t('insights.random'))] },
    { kind: 'line', title: t('insights.pr'), summary: t('insights.pr.summary', { ap: fmtNumber(pr.area, { maximumFractionDigits: 3 }) }), xTitle: t('insights.recall'), yTitle: t('insights.precision'),
      xFormat: 'percent', yFormat: 'percent', xMin: 0, xMax: 1, yMin: 0, yMax: 1, fileName: 'precision-recall',
      series: [{ name: t('insights.model'), data: thin(pr.points, 200) }, { name: t('insights.random'), dashed: true, data: [{ x: 0, y: base }, { x: 1, y: base }] }] },
    { kind: 'line', title: t('insights.calibration'), summary: t('insights.calibration.summary'), xTitle: t('insights.meanScore'), yTitle: t('insights.observedRate'),
      xFormat: 'percent', yFormat: 'percent', xMin: 0, xMax: 1, yMin: 0, yMax: 1, fileName: 'calibration',
      series: [{ name: t('insights.model'), data: cal.map((g) => ({ x: g.meanScore, y: g.rate })) }, diag(t('insights.perfect'))] },
  ];
}

export function profileSpec(m: Merged, card: CardSummary | undefined, names: DashboardRun['clusterNames'] | undefined): { spec: ChartSpec; rows: ReturnType<typeof clusterProfiles> } | undefined {
  const fields = (card?.clusters.features ?? Object.keys(m.clusterNum)).filter((f) => m.clusterNum[f]);
  const rows = clusterProfiles(m.clusterNum, fields);
  if (rows.length === 0) return undefined;
  const k = Math.max(...rows.map((r) => r.clusterMeans.length));
  return {
    rows,
    spec: { kind: 'bar', horizontal: true, title: t('insights.profiles'), summary: t('insights.profiles.summary'), xTitle: t('insights.feature'), yFormat: 'ratio', fileName: 'cluster-profiles',
      categories: rows.map((r) => fieldWithUnit(card, r.field)),
      series: Array.from({ length: k }, (_, c) => ({ name: clusterLabel(names, c), data: rows.map((r) => r.standardised[c] ?? 0) })) },
  };
}
