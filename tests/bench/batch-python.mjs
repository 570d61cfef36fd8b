// The comparison pipeline for npm run bench:batch: the same CSV through pandas + scikit-learn + SQLite
// (read_csv → one-hot + ratio features → HistGradientBoosting predict_proba → deciles/segments → to_sql).
// The model is fitted on a 20k-row sample first (not timed); only the scoring pipeline is timed.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SCRIPT = String.raw`
import json, sqlite3, sys, time, os
import numpy as np, pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
path, db, card_path = sys.argv[1], sys.argv[2], sys.argv[3]
card = json.load(open(card_path))
cats = [f['name'] for f in card['fields'] if f['type'] == 'category']
nums = [f['name'] for f in card['fields'] if f['type'] in ('number', 'integer')]
def feats(df):
    X = df[nums].astype('float64').copy()
    X['TimePerVisit'] = X['TimeOnSite'] / (X['WebsiteVisits'] + 1)
    return pd.concat([X, pd.get_dummies(df[cats].astype(str))], axis=1)
sample = pd.read_csv(path, nrows=20000)
Xs = feats(sample)
rng = np.random.default_rng(0)
ys = (rng.random(len(Xs)) < 0.85).astype(int)
model = HistGradientBoostingClassifier(max_iter=100).fit(Xs, ys)
cols = list(Xs.columns)
t0 = time.perf_counter()
df = pd.read_csv(path)
X = feats(df).reindex(columns=cols, fill_value=0)
p = model.predict_proba(X)[:, 1]
cuts = np.array(card['deciles']['cutPoints'])
dec = 1 + (cuts[None, :] > p[:, None]).sum(axis=1)
seg = np.where(dec <= card['segments']['High'][1], 'High', np.where(dec <= card['segments']['Medium'][1], 'Medium', 'Low'))
df['score'] = p; df['decile'] = dec; df['priority_segment'] = seg
con = sqlite3.connect(db)
df.to_sql('leads', con, if_exists='replace', index=False, chunksize=50000)
con.commit(); con.close()
print(json.dumps({'seconds': time.perf_counter() - t0}))
`;

export function pythonPipeline(csvPath, card, dir) {
  const script = join(dir, 'pipeline.py');
  const cardPath = join(dir, 'card.json');
  writeFileSync(script, SCRIPT);
  writeFileSync(cardPath, JSON.stringify(card));
  const r = spawnSync('/usr/bin/python3', [script, csvPath, join(dir, 'leads.sqlite'), cardPath], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) {
    console.log(`python pipeline failed: ${r.stderr.slice(-500)}`);
    return undefined;
  }
  return JSON.parse(r.stdout.trim().split('\n').pop());
}
