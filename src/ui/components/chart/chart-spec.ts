/**
 * What a screen hands to <ll-chart>: a small, library-neutral description of one chart (kind, series,
 * axis titles and value formats). The same spec drives the ApexCharts options, the accessible data table
 * and the CSV export, so the three always show the same numbers. Screens pass aggregated data only
 * (a few thousand points at most).
 */
export type ValueFormat = 'number' | 'integer' | 'percent' | 'money' | 'date' | 'ratio';

export interface XY { x: number; y: number }

export interface ChartSeries {
  name: string;
  /** Values per category (with `categories`) or (x, y) points. */
  data: number[] | XY[];
  /** 'line' series drawn over a bar chart, or a dashed reference line. */
  type?: 'line' | 'bar' | 'area' | 'scatter';
  dashed?: boolean;
}

export interface ChartSpec {
  kind: 'bar' | 'line' | 'area' | 'scatter';
  /** Short title (the figure's caption and the table's caption). */
  title: string;
  /** A sentence for screen readers summarising what the chart shows. */
  summary?: string;
  series: ChartSeries[];
  categories?: string[];
  /**
   * Categories that are equal-width bins of a number (a histogram): category i covers from + i·step to
   * from + (i+1)·step. The plot then uses a numeric x axis (bars at bin centres, ~5 ticks in `xFormat`), which the
   * library draws without measuring every category label; the data table and CSV still list the categories.
   */
  bins?: { from: number; step: number };
  xTitle?: string;
  yTitle?: string;
  xFormat?: ValueFormat;
  yFormat?: ValueFormat;
  horizontal?: boolean;
  stacked?: boolean;
  /** Fixed axis ranges (e.g. 0..1 for rates). */
  xMin?: number; xMax?: number; yMin?: number; yMax?: number;
  /** File-name stem for exports. */
  fileName?: string;
  /** Currency code for 'money' values. */
  currency?: string;
}

/** Rows of the data table / CSV: a header and the body (wide by category, long by point otherwise). */
export function tableOf(spec: ChartSpec): { head: string[]; rows: (string | number)[][]; formats: (ValueFormat | 'text')[] } {
  if (spec.categories) {
    return {
      head: [spec.xTitle ?? '', ...spec.series.map((s) => s.name)],
      rows: spec.categories.map((c, i) => [c, ...spec.series.map((s) => (s.data as number[])[i])]),
      formats: ['text', ...spec.series.map(() => spec.yFormat ?? 'number')],
    };
  }
  const multi = spec.series.length > 1;
  const rows: (string | number)[][] = [];
  for (const s of spec.series) for (const p of s.data as XY[]) rows.push(multi ? [s.name, p.x, p.y] : [p.x, p.y]);
  const xy: (ValueFormat | 'text')[] = [spec.xFormat ?? 'number', spec.yFormat ?? 'number'];
  return {
    head: [...(multi ? [''] : []), spec.xTitle ?? 'x', multi ? (spec.yTitle ?? 'y') : (spec.series[0]?.name ?? spec.yTitle ?? 'y')],
    rows,
    formats: multi ? ['text', ...xy] : xy,
  };
}
