// Generates realistic lead CSVs for the batch benchmark: every field sampled around the champion card's own
// reference distributions (sorted training values, with jitter), clip ranges and categories. Written
// streaming to a temp file (never committed). Usage: import { generateLeads } from './batch-gen.mjs'.
import { createWriteStream, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function loadChampionCard(root) {
  const dir = join(root, 'models/artifacts');
  const { champion } = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
  return JSON.parse(readFileSync(join(dir, `${champion}.card.json`), 'utf8'));
}

/** Small deterministic PRNG (mulberry32) so runs are comparable. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function generateLeads(card, rows, file, { labels = false, seed = 42 } = {}) {
  const r = rng(seed);
  const clipOf = Object.fromEntries(card.features.filter((f) => f.kind === 'numeric').map((f) => [f.source, f.clip]));
  const gens = card.fields.map((f) => {
    if (f.type === 'id') return (i) => `L${String(i).padStart(8, '0')}`;
    if (f.type === 'category') return () => f.categories[Math.floor(r() * f.categories.length)];
    const ref = card.reference[f.name];
    const [lo, hi] = clipOf[f.name] ?? [f.min ?? 0, f.max ?? 100];
    const int = f.type === 'integer';
    return () => {
      let x = ref ? ref[Math.floor(r() * ref.length)] * (0.9 + 0.2 * r()) : lo + (hi - lo) * r();
      if (f.min !== undefined) x = Math.max(f.min, x);
      if (f.max !== undefined) x = Math.min(f.max, x);
      return int ? String(Math.round(x)) : x.toFixed(4).replace(/\.?0+$/, '');
    };
  });
  const out = createWriteStream(file);
  const header = card.fields.map((f) => f.name).concat(labels ? [card.target] : []);
  out.write(header.join(',') + '\n');
  let buf = '';
  for (let i = 1; i <= rows; i++) {
    buf += gens.map((g) => g(i)).join(',') + (labels ? `,${r() < 0.85 ? 1 : 0}` : '') + '\n';
    if (i % 20000 === 0) {
      if (!out.write(buf)) await new Promise((res) => out.once('drain', res));
      buf = '';
    }
  }
  out.write(buf);
  await new Promise((res) => out.end(res));
}
