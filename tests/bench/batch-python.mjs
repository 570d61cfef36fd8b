// The comparison pipeline for npm run bench:batch (issue #15): the same CSV through pandas + XGBoost +
// SQLite with the champion's shape (tests/bench/batch_pipeline.py: depth 1, the card's number of rounds,
// fitted untimed on the real train+valid labels, then the card's clipping, one-hots, calibration, deciles,
// segments, nearest-centroid clusters and to_sql, timed per stage).
import { spawnSync } from 'node:child_process';
import { writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export const DATA_DIR = new URL('../../../shared/data/conversion', import.meta.url).pathname;

/** Null when /usr/bin/python3 lacks pandas/xgboost or the shared data is missing (the bench says why). */
export function pythonMissing() {
  if (spawnSync('/usr/bin/python3', ['-c', 'import pandas, xgboost, numpy'], { stdio: 'ignore' }).status !== 0) return 'pandas/xgboost not available in /usr/bin/python3';
  if (!existsSync(join(DATA_DIR, 'split.csv'))) return `shared data missing at ${DATA_DIR}`;
  return null;
}

export function pythonPipeline(csvPath, card, trees, dir) {
  const cardPath = join(dir, 'card.json');
  const treesPath = join(dir, 'trees.json');
  writeFileSync(cardPath, JSON.stringify(card));
  writeFileSync(treesPath, JSON.stringify(trees));
  const script = new URL('./batch_pipeline.py', import.meta.url).pathname;
  const r = spawnSync('/usr/bin/python3', [script, csvPath, join(dir, 'leads.sqlite'), cardPath, treesPath, DATA_DIR], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) {
    console.log(`python pipeline failed: ${r.stderr.slice(-800)}`);
    return undefined;
  }
  return JSON.parse(r.stdout.trim().split('\n').pop());
}
