// Generates lead CSVs for the batch benchmark with the app's demo generator (fields drawn from the champion
// card's reference distributions, clip ranges and categories). Written streaming to a temp file (never
// committed). Runs under `node --import tsx` (it imports the TypeScript core). Usage: generateLeads(...).
import { createWriteStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoLead, prng } from '../../src/core/demo/demo-leads.ts';

export function loadChampionCard(root) {
  const dir = join(root, 'models/artifacts');
  const { champion } = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
  return JSON.parse(readFileSync(join(dir, `${champion}.card.json`), 'utf8'));
}

export async function generateLeads(card, rows, file, { labels = false, seed = 42 } = {}) {
  // The app's own demo generator (src/core/demo), so the benchmark imports what "Score demo leads" imports.
  const r = prng(seed);
  const names = card.fields.map((f) => f.name);
  const out = createWriteStream(file);
  const header = names.concat(labels ? [card.target] : []);
  out.write(header.join(',') + '\n');
  let buf = '';
  for (let i = 1; i <= rows; i++) {
    const lead = demoLead(card, i - 1, r);
    buf += names.map((k) => lead[k]).join(',') + (labels ? `,${r() < 0.85 ? 1 : 0}` : '') + '\n';
    if (i % 20000 === 0) {
      if (!out.write(buf)) await new Promise((res) => out.once('drain', res));
      buf = '';
    }
  }
  out.write(buf);
  await new Promise((res) => out.end(res));
}
