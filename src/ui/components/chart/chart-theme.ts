/**
 * The colours a chart is drawn with, read from the chart element's theme tokens (ll-chart.styles.ts): text, grid,
 * surface and the series palette are `--ll-<hex>` tokens there, so the document's dark palette (ui/theme) turns
 * them dark exactly as it does every other component, and ApexCharts (which takes colours as options, not CSS)
 * is handed the resolved values. Read again on every draw, so a theme switch redraws in the new colours.
 */
export const SERIES_COLOURS = 7;

export interface ChartColours {
  dark: boolean;
  text: string;
  grid: string;
  surface: string;
  series: string[];
}

/** The light palette, used when the element's styles are not resolved (e.g. not connected). */
export const LIGHT_FALLBACK: ChartColours = {
  dark: false, text: '#1a1a1a', grid: '#d9e0e8', surface: '#ffffff',
  series: ['#1f4e79', '#b26a00', '#1b7f3b', '#8e3b8e', '#5a6b7d', '#c0392b', '#00838f'],
};

export function chartColours(host: Element, dark: boolean): ChartColours {
  const cs = getComputedStyle(host);
  const v = (name: string, fallback: string): string => cs.getPropertyValue(name).trim() || fallback;
  return {
    dark,
    text: v('--ll-chart-fg', LIGHT_FALLBACK.text),
    grid: v('--ll-chart-grid', LIGHT_FALLBACK.grid),
    surface: v('--ll-chart-bg', LIGHT_FALLBACK.surface),
    series: LIGHT_FALLBACK.series.map((c, i) => v(`--ll-chart-s${i + 1}`, c)),
  };
}
