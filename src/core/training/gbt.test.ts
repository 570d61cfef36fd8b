// Boosted trees on the shared conversion data with its fixed split: validation ROC AUC near the shipped champion's.
import { describe, expect, it } from 'vitest';
import { loadCard } from '../../../tests/unit/helpers/artifacts';
import { conversionTable, haveConversionData } from '../../../tests/unit/helpers/conversion-data';
import { rocAuc } from '../metrics';
import { buildTrainingSet } from './dataset';
import { validationRows } from './candidate';
import { fitGbt } from './gbt';
import { GBT_CANDIDATE } from './fit';
import { predictMatrix } from './runners';

describe.skipIf(!haveConversionData)('gbt on the shared conversion data', () => {
  it('reaches the champion validation AUC within 0.01', () => {
    const card = loadCard('conv-xgb-1');
    const set = buildTrainingSet(card, conversionTable());
    expect(set.split).toBe('file');
    const F = set.features;
    const tr: number[] = [];
    set.valid.forEach((v, i) => { if (!v) tr.push(i); });
    const x = new Float64Array(tr.length * F);
    tr.forEach((i, k) => x.set(set.x.subarray(i * F, (i + 1) * F), k * F));
    const y = Uint8Array.from(tr, (i) => set.y[i]);
    const v = validationRows(set);
    const t0 = performance.now();
    const r = fitGbt(x, y, v.x, v.y, F, card.features.map((f) => f.name), GBT_CANDIDATE);
    const auc = rocAuc(v.y, predictMatrix({ kind: 'gbt', trees: r.trees }, v.x, v.n, F));
    console.log(`gbt: best round ${r.bestRound}, val AUC ${auc.toFixed(4)}, ${(performance.now() - t0).toFixed(0)} ms`);
    expect(auc).toBeGreaterThan(0.8571 - 0.01);
  });
});
