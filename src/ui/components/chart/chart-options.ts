/**
 * Turns a ChartSpec into ApexCharts options: the app's palette in light and dark, locale-aware axis and
 * tooltip labels, no library toolbar (the component has its own accessible export buttons), and no
 * animation for large series (so a big chart never ties up the main thread with transitions).
 */
import { formatValue } from './chart-format';
import { pointCount, type ChartSpec, type XY } from './chart-spec';

export const ANIMATION_LIMIT = 300;
const LIGHT = ['#1f4e79', '#b26a00', '#1b7f3b', '#8e3b8e', '#5a6b7d', '#c0392b', '#00838f'];
const DARK = ['#7db3e8', '#f0b35a', '#6fcf8f', '#d79ad7', '#a9b7c6', '#ef8a80', '#5fd0dc'];

export function apexOptions(spec: ChartSpec, dark: boolean, height: number): Record<string, unknown> {
  const fx = spec.xFormat ?? 'number';
  const fy = spec.yFormat ?? 'number';
  const fmtX = (v: number | string): string => formatValue(typeof v === 'string' && !spec.categories ? Number(v) : v, spec.categories ? 'text' : fx, spec.currency);
  const fmtY = (v: number): string => formatValue(v, fy, spec.currency);
  const text = dark ? '#e6edf3' : '#1a1a1a';
  const series = spec.series.map((s) => ({
    name: s.name,
    type: s.type ?? spec.kind,
    data: spec.categories ? s.data : (s.data as XY[]).map((p) => [p.x, p.y]),
  }));
  const animate = pointCount(spec) <= ANIMATION_LIMIT;
  return {
    chart: {
      type: spec.kind,
      height,
      stacked: spec.stacked ?? false,
      toolbar: { show: false },
      zoom: { enabled: false },
      animations: { enabled: animate, speed: 300, dynamicAnimation: { enabled: false } },
      background: 'transparent',
      foreColor: text,
      fontFamily: 'inherit',
      redrawOnParentResize: true,
    },
    theme: { mode: dark ? 'dark' : 'light' },
    colors: dark ? DARK : LIGHT,
    series,
    stroke: { width: spec.kind === 'bar' ? 0 : 2, curve: 'straight', dashArray: spec.series.map((s) => (s.dashed ? 5 : 0)) },
    dataLabels: { enabled: false },
    markers: { size: spec.kind === 'scatter' ? 5 : 0 },
    legend: { show: spec.series.length > 1, position: 'bottom' },
    grid: { borderColor: dark ? '#3a4654' : '#d9e0e8' },
    plotOptions: { bar: { horizontal: spec.horizontal ?? false } },
    xaxis: {
      type: spec.categories ? 'category' : 'numeric',
      ...(spec.categories ? { categories: spec.categories } : {}),
      min: spec.xMin, max: spec.xMax,
      // Many category labels are measured one by one by the library: show at most ~10 of them.
      tickAmount: spec.categories ? (spec.categories.length > 12 ? 10 : undefined) : 5,
      title: { text: spec.xTitle },
      labels: { formatter: spec.horizontal ? fmtY : fmtX, hideOverlappingLabels: true, trim: true },
    },
    yaxis: {
      min: spec.yMin, max: spec.yMax,
      title: { text: spec.yTitle },
      labels: { formatter: spec.horizontal ? (v: string | number) => String(v) : fmtY },
    },
    tooltip: { theme: dark ? 'dark' : 'light', x: { formatter: fmtX }, y: { formatter: fmtY } },
  };
}
