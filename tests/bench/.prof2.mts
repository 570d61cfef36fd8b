import { readFileSync } from 'node:fs';
import { parseCard } from '../../src/core/card/load';
import { validateRow } from '../../src/core/validate';
import { featureRow } from '../../src/core/features';
import { assignCluster } from '../../src/core/decide';
import { matchColumns } from '../../src/core/columns';
import Papa from 'papaparse';
const card = parseCard(JSON.parse(readFileSync('/work/main/models/artifacts/conv-xgb-1.card.json', 'utf8')));
const rows = Papa.parse<string[]>(readFileSync('/tmp/g1k.csv', 'utf8'), { skipEmptyLines: true }).data;
const headers = rows.shift()!;
const m = matchColumns(headers, card);
const raws = rows.map((cells) => Object.fromEntries(card.fields.map((f) => [f.name, cells[m.mapping[f.name]]])));
for (let rep = 0; rep < 3; rep++) {
  let t = performance.now();
  const vals = [];
  for (let k = 0; k < 20; k++) for (let i = 0; i < raws.length; i++) { const r = validateRow(card, raws[i], i); if (r.ok) vals.push(r.values); }
  const t1 = performance.now();
  const frs = vals.map((v) => featureRow(card, v));
  const t2 = performance.now();
  vals.forEach((v, i) => assignCluster(card, v, { row: frs[i] }));
  const t3 = performance.now();
  console.log('per row µs: validate', ((t1 - t) * 1000) / vals.length, 'features', ((t2 - t1) * 1000) / vals.length, 'cluster', ((t3 - t2) * 1000) / vals.length);
}
