// The data table / CSV of a chart holds exactly the drawn numbers; big series switch animation off.
import { describe, expect, it } from 'vitest';
import { tableOf, type ChartSpec } from './chart-spec';
import { apexOptions } from './chart-options';
import { LIGHT_FALLBACK } from './chart-theme';

describe('chart spec', () => {
  it('category charts give a wide table', () => {
    const spec: ChartSpec = { kind: 'bar', title: 'By segment', categories: ['High', 'Low'], xTitle: 'Segment', series: [{ name: 'Leads', data: [3, 4] }] };
    expect(tableOf(spec)).toEqual({ head: ['Segment', 'Leads'], rows: [['High', 3], ['Low', 4]], formats: ['text', 'number'] });
  });
  it('xy charts with several series give a long table', () => {
    const spec: ChartSpec = { kind: 'line', title: 'ROC', xTitle: 'FPR', yTitle: 'TPR', series: [{ name: 'Model', data: [{ x: 0, y: 0 }, { x: 1, y: 1 }] }, { name: 'Chance', data: [{ x: 0, y: 0 }] }] };
    expect(tableOf(spec).rows).toEqual([['Model', 0, 0], ['Model', 1, 1], ['Chance', 0, 0]]);
  });
  it('draws in the colours it is given (the theme tokens), text, grid and series alike', () => {
    const dark = { dark: true, text: '#eeeeee', grid: '#333333', surface: '#111111', series: ['#aaccff', '#ffcc88'] };
    const o = apexOptions({ kind: 'bar', title: 'x', categories: ['a'], series: [{ name: 's', data: [1] }] }, dark, 200) as Record<string, Record<string, unknown>>;
    expect(o.chart.foreColor).toBe('#eeeeee');
    expect(o.colors).toEqual(['#aaccff', '#ffcc88']);
    expect(o.grid.borderColor).toBe('#333333');
    expect((o.xaxis.labels as { style: { colors: string } }).style.colors).toBe('#eeeeee');
    expect((o.tooltip as { theme: string }).theme).toBe('dark');
  });
  it('animations are off for every chart, small or large (their frames were the dashboard\'s longest tasks)', () => {
    const big: ChartSpec = { kind: 'line', title: 'x', series: [{ name: 's', data: Array.from({ length: 1000 }, (_, i) => ({ x: i, y: i })) }] };
    const small: ChartSpec = { kind: 'bar', title: 'x', categories: ['a', 'b'], series: [{ name: 's', data: [1, 2] }] };
    for (const spec of [big, small]) expect((apexOptions(spec, LIGHT_FALLBACK, 200).chart as { animations: { enabled: boolean } }).animations.enabled).toBe(false);
    expect((apexOptions({ ...big, series: [{ name: 's', data: [{ x: 0, y: 1 }] }] }, { ...LIGHT_FALLBACK, dark: true }, 200).theme as { mode: string }).mode).toBe('dark');
  });
  it('a histogram (bins) draws on a numeric axis at bin centres; its table still lists the ranges', () => {
    const spec: ChartSpec = { kind: 'bar', title: 'h', xTitle: 'Score', xFormat: 'percent', categories: ['0–50%', '50–100%'], bins: { from: 0, step: 0.5 }, series: [{ name: 'Leads', data: [3, 4] }] };
    const o = apexOptions(spec, LIGHT_FALLBACK, 200) as Record<string, Record<string, unknown>>;
    expect((o.series as unknown as { data: unknown }[])[0].data).toEqual([[0.25, 3], [0.75, 4]]);
    expect(o.xaxis).toMatchObject({ type: 'numeric', min: 0, max: 1, tickAmount: 5 });
    expect((o.tooltip.x as { formatter: (v: number) => string }).formatter(0.75)).toBe('50–100%');
    expect(tableOf(spec).rows).toEqual([['0–50%', 3], ['50–100%', 4]]);
  });
});
