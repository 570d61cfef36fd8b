// Training data: the importer's checks (label column, ≥ 40 rows per class with a message naming both counts,
// invalid rows left out and reported by row/column/value) and the split rule (file column, dates, stratified).
import { describe, expect, it } from 'vitest';
import { loadCard } from '../../../tests/unit/helpers/artifacts';
import { demoLead, prng } from '../demo/demo-leads';
import { buildTrainingSet, stratifiedSplit, TrainingDataError } from './dataset';

const card = loadCard('conv-xgb-1');
const names = card.fields.map((f) => f.name);

function table(n: number, opts: { positives?: number; date?: boolean; bad?: number } = {}): string[][] {
  const r = prng(9);
  const head = [...names, 'Conversion', ...(opts.date ? ['CreatedDate'] : [])];
  const rows = Array.from({ length: n }, (_, i) => {
    const lead = demoLead(card, i, r);
    const row = names.map((k) => lead[k]);
    if (i === opts.bad) row[names.indexOf('Age')] = 'abc';
    return [...row, i < (opts.positives ?? n / 2) ? '1' : '0', ...(opts.date ? [new Date(Date.UTC(2025, 0, 1 + (n - i))).toISOString().slice(0, 10)] : [])];
  });
  return [head, ...rows];
}

describe('training set', () => {
  it('refuses too few rows of a class, naming both counts', () => {
    try {
      buildTrainingSet(card, table(100, { positives: 70 }));
      throw new Error('should refuse');
    } catch (e) {
      expect(e).toBeInstanceOf(TrainingDataError);
      expect((e as TrainingDataError).detail).toEqual({ positives: 70, negatives: 30, min: 40 });
    }
  });

  it('refuses a file without a label column', () => {
    expect(() => buildTrainingSet(card, table(100).map((r) => r.slice(0, names.length)))).toThrow(/no_label_column/);
  });

  it('keeps valid rows, reports invalid ones by row, column and value, and splits by date when there is one', () => {
    const set = buildTrainingSet(card, table(200, { date: true, bad: 5 }));
    expect(set.rows).toBe(199);
    expect(set.errors[0]).toMatchObject({ row: 6, column: 'Age', value: 'abc' });
    expect(set.split).toBe('time');
    expect(set.dateColumn).toBe('CreatedDate');
    // Rows are dated newest first, so the newest quarter is the first rows.
    expect(Array.from(set.valid.slice(0, 50)).every((v) => v === 1)).toBe(true);
  });

  it('stratified split keeps the class shares', () => {
    const y = Uint8Array.from({ length: 1000 }, (_, i) => (i % 10 < 8 ? 1 : 0));
    const v = stratifiedSplit(y);
    let pos = 0; let all = 0;
    v.forEach((b, i) => { if (b) { all++; pos += y[i]; } });
    expect(all).toBe(250);
    expect(pos).toBe(200);
    expect(buildTrainingSet(card, table(200)).split).toBe('stratified');
  });
});
