// `npm run bench` (training baseline): writes the SAME labelled rows the in-browser training bench generates in
// its worker (labelledSet: demo-lead inputs, outcomes drawn from the champion, stratified split, seed 7) as a CSV
// of card features + label + split, so Python's sklearn can train the same models on the same rows.
// Usage: node --import tsx tests/bench/training-data.ts <rows> <out.csv>
import { readFileSync, writeFileSync } from 'node:fs';
import { parseCard } from '../../src/core/card/load';
import { labelledSet } from '../../src/workers/training/bench';

const [rowsArg, out] = process.argv.slice(2);
const artifacts = new URL('../../models/artifacts/', import.meta.url);
const index = JSON.parse(readFileSync(new URL('index.json', artifacts), 'utf8')) as { champion: string };
const card = parseCard(JSON.parse(readFileSync(new URL(`${index.champion}.card.json`, artifacts), 'utf8')));
const trees = JSON.parse(readFileSync(new URL(`${index.champion}.trees.json`, artifacts), 'utf8'));
const set = labelledSet(card, trees, Number(rowsArg));
const F = set.features;
const lines = [[...card.features.map((f) => JSON.stringify(f.name)), 'y', 'valid'].join(',')];
for (let i = 0; i < set.rows; i++) lines.push([...set.x.subarray(i * F, (i + 1) * F), set.y[i], set.valid[i]].join(','));
writeFileSync(out, `${lines.join('\n')}\n`);
