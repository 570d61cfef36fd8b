import { readFileSync } from 'node:fs';
import { parseCard } from '../../src/core/card/load';
import { buildChunk } from '../../src/core/csv/chunk-build';
import { matchColumns } from '../../src/core/columns';
import Papa from 'papaparse';
const card = parseCard(JSON.parse(readFileSync('/work/main/models/artifacts/conv-xgb-1.card.json', 'utf8')));
const rows = Papa.parse<string[]>(readFileSync('/tmp/g1k.csv', 'utf8'), { skipEmptyLines: true }).data;
const headers = rows.shift()!;
const m = matchColumns(headers, card);
let big: string[][] = [];
for (let i = 0; i < 25; i++) big = big.concat(rows);
for (let k = 0; k < 4; k++) {
  const t = performance.now(); const c0 = process.cpuUsage();
  const b = buildChunk({ card, mapping: m.mapping, labelColumn: -1, decimalComma: false }, big, 1);
  const cu = process.cpuUsage(c0); console.log("cpu µs/row", (cu.user + cu.system) / big.length, "wall", ((performance.now() - t) * 1000) / big.length, 'cluster', (b.clusterMs * 1000) / big.length);
}
