// The sliced sort and ranks give exactly what the one-shot versions give: the merge sort is stable, and
// textRankYielding's ranks equal textRank's on IDs with numbers, accented and Cyrillic names, and blanks.
import { describe, expect, it } from 'vitest';
import { Slicer, sortYielding } from './yielding';
import { foldText, textRank, textRankYielding } from './client-search';

describe('sliced sorting', () => {
  it('sorts stably, yielding between slices', async () => {
    const v = Array.from({ length: 5000 }, (_, i) => (i * 7919) % 97);
    const idx = Int32Array.from(v.keys());
    await sortYielding(idx, (a, b) => v[a] - v[b], new Slicer(0));
    const want = Array.from(v.keys()).sort((a, b) => v[a] - v[b] || a - b);
    expect(Array.from(idx)).toEqual(want);
  });

  it('ranks text columns exactly as textRank does', async () => {
    const first = ['Anna', 'anna', 'Łucja', 'Żaneta', 'zenon', 'Ёлкина', 'елена', "O'Brien", 'Smith-Jones', ''];
    const col = Array.from({ length: 3000 }, (_, i) => (i % 5 === 0 ? `CUST-${(i * 37) % 1200}` : `${first[i % first.length]} ${i % 3 ? 'Nowak' : 'Wiśniewski'}${i % 7}`).trim());
    col[17] = '';
    const got = await textRankYielding(col, col.map(foldText), new Slicer(1));
    expect(Array.from(got)).toEqual(Array.from(textRank(col)));
  });
});
