/**
 * Turns a ChartSpec into ApexCharts options: the theme's colours (chart-theme.ts: text, grid, series palette, in
 * light and dark), locale-aware axis and
 * tooltip labels, no library toolbar (the component has its own accessible export buttons), and no
 * animation for any series, large or small: the library animates by re-parsing every SVG path on every frame
 * (svg.js morph), which made 30–60 ms frames on the dashboard and was ~40% of its main-thread time while scrolling.
 */
import { formatValue } from './chart-format';
import type { ChartSpec, XY } from './chart-spec';
import type { ChartColours } from './chart-theme';


/** A histogram's bars at their bin centres (see ChartSpec.bins). */
function binPoints(data: number[], bins: { from: number; step: number }): [number, number][] {
  return data.map((y, i) => [bins.from + (i + 0.5) * bins.step, y]);
}

/**
 * A histogram on a numeric x axis: 5 ticks in the x format instead of a label per category (the library measures
 * each category label, which made the 25-bar score distribution the dashboard's longest draw); the tooltip still
 * names the bar's category.
 */
function binnedOptions(spec: ChartSpec, bins: { from: number; step: number }, series: unknown[], colours: ChartColours, height: number): Record<string, unknown> {
  const base = apexOptions({ ...spec, categories: undefined, bins: undefined, series: [] }, colours, height);
  const n = spec.categories?.length ?? 0;
  const label = (v: number): string => spec.categories?.[Math.min(n - 1, Math.max(0, Math.floor((v - bins.from) / bins.step)))] ?? '';
  const xaxis = base.xaxis as Record<string, unknown>;
  return {
    ...base,
    series,
    plotOptions: { bar: { horizontal: false, columnWidth: '90%' } },
    xaxis: { ...xaxis, min: bins.from, max: bins.from + n * bins.step, tickAmount: 5, labels: { ...(xaxis.labels as object), hideOverlappingLabels: false, trim: false, rotate: 0 } },
    tooltip: { ...(base.tooltip as object), x: { formatter: label } },
  };
}

export function apexOptions(spec: ChartSpec, colours: ChartColours, height: number): Record<string, unknown> {
  const fx = spec.xFormat ?? 'number';
  const fy = spec.yFormat ?? 'number';
  const fmtX = (v: number | string): string => formatValue(typeof v === 'string' && !spec.categories ? Number(v) : v, spec.categories ? 'text' : fx, spec.currency);
  const fmtY = (v: number): string => formatValue(v, fy, spec.currency);
  const { dark, text, grid } = colours;
  const labels = { colors: text };
  const bins = spec.categories && spec.bins;
  const series = spec.series.map((s) => ({
    name: s.name,
    type: s.type ?? spec.kind,
    data: bins ? binPoints(s.data as number[], bins) : spec.categories ? s.data : (s.data as XY[]).map((p) => [p.x, p.y]),
  }));
  if (bins) return binnedOptions(spec, bins, series, colours, height);
  return {
    chart: {
      type: spec.kind,
      height,
      stacked: spec.stacked ?? false,
      toolbar: { show: false },
      zoom: { enabled: false },
      animations: { enabled: false },
      background: 'transparent',
      foreColor: text,
      fontFamily: 'inherit',
      redrawOnParentResize: true,
    },
    theme: { mode: dark ? 'dark' : 'light' },
    colors: colours.series,
    series,
    stroke: { width: spec.kind === 'bar' ? 0 : 2, curve: 'straight', dashArray: spec.series.map((s) => (s.dashed ? 5 : 0)) },
    dataLabels: { enabled: false },
    markers: { size: spec.kind === 'scatter' ? 5 : 0, strokeColors: colours.surface },
    legend: { show: spec.series.length > 1, position: 'bottom', labels: { colors: text } },
    grid: { borderColor: grid },
    plotOptions: { bar: { horizontal: spec.horizontal ?? false } },
    xaxis: {
      type: spec.categories ? 'category' : 'numeric',
      ...(spec.categories ? { categories: spec.categories } : {}),
      min: spec.xMin, max: spec.xMax,
      // Many category labels are measured one by one by the library: show at most ~10 of them.
      tickAmount: spec.categories ? (spec.categories.length > 12 ? 10 : undefined) : 5,
      title: { text: spec.xTitle, style: { color: text } },
      labels: { formatter: spec.horizontal ? fmtY : fmtX, hideOverlappingLabels: true, trim: true, style: labels },
      axisBorder: { color: grid },
      axisTicks: { color: grid },
    },
    yaxis: {
      min: spec.yMin, max: spec.yMax,
      title: { text: spec.yTitle, style: { color: text } },
      labels: { formatter: spec.horizontal ? (v: string | number) => String(v) : fmtY, style: labels },
    },
    tooltip: { theme: dark ? 'dark' : 'light', x: { formatter: fmtX }, y: { formatter: fmtY } },
  };
}
