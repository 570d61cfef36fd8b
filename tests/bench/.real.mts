import { readFileSync } from 'node:fs';
import { parseCard } from '../../src/core/card/load';
import { detectEncoding, sniffText } from '../../src/core/csv/sniff';
import { matchColumns } from '../../src/core/columns';
import { readFile } from '../../src/workers/csv/reader';
import { StoreStage } from '../../src/workers/batch/store-stage';
import { newRun } from '../../src/storage/runs/store';
import { emptyAggregates } from '../../src/core/csv/aggregates';
import { openDb } from '../../src/storage/db';
import { OrtRunner, type OrtModuleLike } from '../../src/workers/scoring/ort-runner';
import 'fake-indexeddb/auto';
const card = parseCard(JSON.parse(readFileSync('models/artifacts/conv-xgb-1.card.json', 'utf8')));
const ort = (await import('onnxruntime-node')) as unknown as OrtModuleLike;
const runner = await OrtRunner.create(ort, readFileSync('models/artifacts/conv-xgb-1.onnx'), card, 1, false);
for (const path of process.argv.slice(2)) {
  const bytes = new Uint8Array(readFileSync(path));
  const g = detectEncoding(bytes.subarray(0, 65536), bytes.length <= 65536);
  const t = sniffText(new TextDecoder(g.encoding).decode(bytes.subarray(0, 65536)), bytes.length <= 65536);
  const m = matchColumns(t.headers, card);
  console.log(path, g, t.delimiter, t.decimalComma, 'missing', m.missingRequired, 'label', m.mapping.Conversion);
  const mapping: Record<string, number> = {};
  for (const f of card.fields) mapping[f.name] = m.mapping[f.name] ?? -1;
  const db = openDb('real-' + path);
  const rec = newRun({ id: 'x', name: 'x', fileName: path, fileSize: bytes.length, mapping, headers: t.headers, encoding: g.encoding, delimiter: t.delimiter, decimalComma: t.decimalComma, modelId: card.modelId, cardVersion: card.cardVersion, thresholdId: 'best_f1', threshold: 0.5, clusters: card.clusters.centroids.length, hasLabels: (m.mapping.Conversion ?? -1) >= 0, chunkRows: 25000, fieldNames: card.fields.map((f) => f.name), idField: card.idField, clusterNames: card.clusters.names }, emptyAggregates(card.clusters.centroids.length));
  const stage = new StoreStage(db, card, runner, rec);
  const end = await readFile({ file: new Blob([bytes]), opts: { encoding: g.encoding, delimiter: t.delimiter, decimalComma: t.decimalComma, mapping, labelColumn: m.mapping.Conversion ?? -1 }, card, chunkRows: 25000 }, (msg) => stage.onChunk(msg));
  const r = await stage.finish(end);
  console.log(r.counts, r.meanScore.toFixed(3), r.bySegment, r.metrics?.rocAuc, (await db.runErrors.toArray()).flatMap((e) => e.errors).slice(0, 3));
}
