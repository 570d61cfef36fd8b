// The dashboard's score distribution draws 25 bars from the 50 stored bins: every lead is still counted once,
// and each bar's label names its 4-point range.
import { describe, expect, it } from 'vitest';
import { SCORE_BINS } from '../../../../core/charts/chart-agg';
import { HISTOGRAM_BARS, histogramBars } from './insight-specs';

describe('score distribution bars', () => {
  it('sums pairs of stored bins into 25 labelled bars', () => {
    const bins = Array.from({ length: SCORE_BINS }, (_, i) => i + 1);
    const { categories, series } = histogramBars(bins, 'Leads');
    const data = series![0].data as number[];
    expect(data).toHaveLength(HISTOGRAM_BARS);
    expect(data.reduce((a, b) => a + b, 0)).toBe(bins.reduce((a, b) => a + b, 0));
    expect(data[0]).toBe(1 + 2);
    expect(data[24]).toBe(49 + 50);
    expect(categories![0]).toBe('0%–4%');
    expect(categories![24]).toBe('96%–100%');
    expect(histogramBars(bins, 'Leads').bins).toEqual({ from: 0, step: 0.04 }); // drawn on a numeric axis
  });
});
