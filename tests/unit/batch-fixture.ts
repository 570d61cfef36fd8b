// Shared by the batch unit tests: a sample-card CSV generator, a fake model, and the two engine stages
// wired in-process (what the two workers do, minus the MessageChannel).
import { openDb } from '../../src/storage/db';
import { sampleCard } from '../../src/core/testing/sampleCard';
import { readFile } from '../../src/workers/csv/reader';
import { StoreStage } from '../../src/workers/batch/store-stage';
import { newRun, type StoredRun } from '../../src/storage/runs/store';
import { emptyAggregates } from '../../src/core/csv/aggregates';
import { matchColumns } from '../../src/core/columns';
import type { ModelRunner } from '../../src/core/score';
import type { WorkspaceKeys } from '../../src/core/crypto/workspace-keys';
import type { DuplicatePolicy } from '../../src/core/csv/duplicate-ids';

export const card = sampleCard();
/** Deterministic fake model: P = clipped visits / 40. */
export const runner: ModelRunner = { run: async (x, rows, cols) => Float32Array.from({ length: rows }, (_, i) => x[i * cols + 2] / 40) };

export function csv(rows: number, bad: number[] = [], label = true): string {
  const lines = [`CustomerID,Age,Income,Gender,WebsiteVisits,TimeOnSite${label ? ',Conversion' : ''}`];
  for (let i = 1; i <= rows; i++) {
    const age = bad.includes(i) ? 'abc' : String(20 + (i % 50));
    const id = i === 3 ? '=HYPERLINK("x")' : `C${i}`;
    lines.push(`${id},${age},${i % 7 === 0 ? '' : 40000 + i},${i % 2 ? 'Male' : 'Female'},${i % 41},${(i % 13) + 0.5}${label ? `,${i % 3 === 0 ? 1 : 0}` : ''}`);
  }
  return lines.join('\n') + '\n';
}

export async function importText(text: string, dbName: string, opts: { chunkRows?: number; prior?: StoredRun; failAfter?: number; id?: string; keys?: WorkspaceKeys; duplicates?: DuplicatePolicy } = {}): Promise<StoredRun> {
  const db = openDb(dbName);
  const headers = text.split('\n')[0].split(',');
  const mapping = matchColumns(headers, card).mapping;
  const labelColumn = mapping.Conversion ?? -1;
  const chunkRows = opts.chunkRows ?? 100;
  const rec = opts.prior ?? newRun({ id: opts.id ?? 'r1', name: 'test', fileName: 'a.csv', fileSize: text.length, mapping, headers, encoding: 'utf-8', delimiter: ',', decimalComma: false, modelId: card.modelId, cardVersion: card.cardVersion, thresholdId: 'best_f1', threshold: 0.5, clusters: 2, fieldNames: card.fields.map((f) => f.name), idField: card.idField, clusterNames: card.clusters.names, hasLabels: labelColumn >= 0, chunkRows }, emptyAggregates(2));
  if (!opts.prior) await db.runs.put({ ...rec });
  const stage = new StoreStage(db, card, runner, rec, opts.keys);
  await stage.loadCommitted();
  let sent = 0;
  const end = await readFile(
    { file: new Blob([text]), opts: { encoding: 'utf-8', delimiter: ',', decimalComma: false, mapping, labelColumn, duplicates: opts.duplicates }, card, chunkRows, skipChunks: rec.committedChunks, expectPrefix: rec.prefix },
    async (msg) => {
      if (opts.failAfter !== undefined && sent >= opts.failAfter) throw new Error('tab closed');
      await stage.onChunk(msg);
      sent++;
    },
  );
  return stage.finish(end);
}
