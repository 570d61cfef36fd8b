// `npm run bench:training-cpu`: CPU time (process.cpuUsage, not wall) of the in-browser training code run in Node on
// the SAME 100k labelled rows as `npm run bench` (labelledSet, seed 7): fit, and the card step (calibration,
// thresholds, deciles, metrics, tiers, drift reference) separately, per candidate. On a machine shared by many
// processes wall time mostly measures waiting; CPU time is the fair figure beside Python's process_time.
// Usage: node --import tsx tests/bench/training-cpu.ts [rows=100000] [kinds=logistic,gbt] [repeats=3]
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseCard } from '../../src/core/card/load';
import { buildCandidate } from '../../src/core/training/candidate';
import { labelledSet } from '../../src/workers/training/bench';
import { fitCandidate } from '../../src/workers/training/service';
import type { CandidateKind } from '../../src/bridge/training-contract';

const [rowsArg = '100000', kindsArg = 'logistic,gbt', repArg = '3'] = process.argv.slice(2);
const artifacts = new URL('../../models/artifacts/', import.meta.url);
const index = JSON.parse(readFileSync(new URL('index.json', artifacts), 'utf8')) as { champion: string };
const card = parseCard(JSON.parse(readFileSync(new URL(`${index.champion}.card.json`, artifacts), 'utf8')));
const trees = JSON.parse(readFileSync(new URL(`${index.champion}.trees.json`, artifacts), 'utf8'));
const set = labelledSet(card, trees, Number(rowsArg));
const names = card.features.map((f) => f.name);

async function timed<R>(f: () => Promise<R>): Promise<{ r: R; cpu: number; wall: number }> {
  const c = process.cpuUsage();
  const t = performance.now();
  const r = await f();
  const d = process.cpuUsage(c);
  return { r, cpu: (d.user + d.system) / 1e6, wall: (performance.now() - t) / 1e3 };
}

console.log(`Training CPU time on ${set.rows.toLocaleString('en')} rows (Node ${process.version}, load average ${loadavg()[0].toFixed(1)}); best of ${repArg}:`);
for (const kind of kindsArg.split(',') as CandidateKind[]) {
  let fit = { cpu: Infinity, wall: Infinity };
  let cardT = { cpu: Infinity, wall: Infinity };
  for (let k = 0; k < Number(repArg); k++) {
    const f = await timed(() => fitCandidate(kind, set, names, {}, { loadTf: () => Promise.reject(new Error('MLP: use npm run bench')) }, ''));
    const meta = { id: `cpu-${kind}`, algorithm: f.r.algorithm, createdBy: 'bench', createdAt: 0, dataSummary: '', dataSha256: '', params: f.r.params };
    const c = await timed(() => buildCandidate(card, f.r.weights, set, meta));
    if (f.cpu < fit.cpu) fit = f;
    if (c.cpu < cardT.cpu) cardT = c;
  }
  const s = (t: { cpu: number; wall: number }) => `${t.cpu.toFixed(2)} s CPU (${t.wall.toFixed(2)} s wall)`;
  console.log(`  ${kind.padEnd(8)} fit ${s(fit)}; card ${s(cardT)}; fit + card ${(fit.cpu + cardT.cpu).toFixed(2)} s CPU`);
}
