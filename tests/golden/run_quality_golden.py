"""Golden numbers for src/core/monitoring/run-quality.test.ts: a labelled run's metrics by scikit-learn and the
DeLong standard error of its ROC AUC by an independent implementation (Sun & Xu 2014 "fast DeLong", midranks
with scipy.stats.rankdata), on a deterministic 2,000-row set with ties that the TypeScript test rebuilds exactly.
Usage: /usr/bin/python3 tests/golden/run_quality_golden.py  (prints JSON; paste into the test)"""
import json
import math

import numpy as np
from scipy.stats import rankdata
from sklearn.metrics import (average_precision_score, brier_score_loss, f1_score, log_loss, precision_score,
                             recall_score, roc_auc_score)

n = 2000
y = np.array([1 if (i * 37) % 100 < 70 else 0 for i in range(n)])
s = np.array([(math.floor((((i * 7919) % 1009) / 1009 * 0.7 + 0.3 * y[i]) * 198) + 1) / 200 for i in range(n)])


def delong_se(y, s):
    pos, neg = s[y == 1], s[y == 0]
    m, k = len(pos), len(neg)
    tx, ty, tz = rankdata(pos), rankdata(neg), rankdata(np.concatenate([pos, neg]))
    v10 = (tz[:m] - tx) / k
    v01 = 1.0 - (tz[m:] - ty) / m
    return math.sqrt(np.var(v10, ddof=1) / m + np.var(v01, ddof=1) / k), float(v10.mean())


se, auc_placements = delong_se(y, s)
pred = (s >= 0.5).astype(int)
print(json.dumps({
    "rocAuc": roc_auc_score(y, s), "aucFromPlacements": auc_placements, "prAuc": average_precision_score(y, s),
    "brier": brier_score_loss(y, s), "logLoss": log_loss(y, s), "precision": precision_score(y, pred),
    "recall": recall_score(y, pred), "f1": f1_score(y, pred), "aucSe": se,
}))
