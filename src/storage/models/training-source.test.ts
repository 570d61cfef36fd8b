// Training from a labelled run: the run's stored leads come back as the labelled CSV the training worker reads
// (field names + Conversion, no Customer IDs), and that CSV builds the same training set as the rows themselves.
import { describe, expect, it } from 'vitest';
import { loadCard } from '../../../tests/unit/helpers/artifacts';
import { emptyAggregates } from '../../core/csv/aggregates';
import { buildTrainingSet, parseCsv } from '../../core/training/dataset';
import { db } from '../db';
import { buildIndex, commitChunk, newRun, splitChunk } from '../runs/store';
import { labelledRunCsv, labelledRuns } from './training-source';

const card = loadCard('conv-xgb-1');

async function storeRun(id: string, n: number, hasLabels: boolean): Promise<void> {
  const run = newRun({
    id, name: `run ${id}`, fileName: 'f.csv', fileSize: 1, mapping: {}, headers: [], encoding: 'utf-8', delimiter: ',', decimalComma: false,
    modelId: card.modelId, cardVersion: card.cardVersion, thresholdId: 'balanced', threshold: 0.5, clusters: 1, hasLabels, chunkRows: 1000,
    fieldNames: card.fields.map((f) => f.name), idField: card.idField, clusterNames: [],
  }, emptyAggregates(1));
  const num: Record<string, Float64Array> = {};
  const cat: Record<string, { dict: string[]; codes: Uint8Array }> = {};
  for (const f of card.fields) {
    if (f.name === card.idField) continue;
    if (f.type === 'category') cat[f.name] = { dict: f.categories ?? ['x'], codes: Uint8Array.from({ length: n }, (_, i) => i % (f.categories?.length ?? 1)) };
    else num[f.name] = Float64Array.from({ length: n }, (_, i) => (f.type === 'integer' ? i % 7 : ((i % 7) + 1) / 10));
  }
  const ids = Array.from({ length: n }, (_, i) => `C${i}`);
  const chunk = splitChunk(id, 0, 0, {
    n, sourceRows: Uint32Array.from({ length: n }, (_, i) => i + 1), ids: ids.join('\u0000'), num, cat,
    label: hasLabels ? Uint8Array.from({ length: n }, (_, i) => (i % 3 === 0 ? 0 : i === 5 ? 255 : 1)) : undefined,
    cluster: new Uint8Array(n), score: new Float32Array(n).fill(0.5), predicted: new Uint8Array(n), decile: new Uint8Array(n), segment: new Uint8Array(n),
  });
  await commitChunk(db(), { ...run, status: 'completed', committedRows: n, committedChunks: 1, counts: { ...run.counts, rows: n, scored: n } }, chunk, undefined, { customerKey: `${id}:0`, runId: id, chunk: 0, ...buildIndex(ids) });
}

describe('labelled runs as training data', () => {
  it('lists completed labelled runs and turns one into the training CSV', async () => {
    await storeRun('lab', 150, true);
    await storeRun('unl', 20, false);
    expect((await labelledRuns()).map((r) => r.id)).toEqual(['lab']);
    const csv = await labelledRunCsv('lab');
    expect(csv.rows).toBe(150);
    expect(csv.text).not.toContain('C1');
    const set = buildTrainingSet(card, parseCsv(csv.text));
    expect(set.rows).toBe(149); // the row without a known outcome is left out
    expect(set.unlabelled).toBe(1);
    expect(set.negatives).toBe(50);
    expect(set.split).toBe('stratified');
    await expect(labelledRunCsv('unl')).rejects.toThrow(/not_labelled/);
  });
});
