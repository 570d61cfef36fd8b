"""`npm run bench` baseline: the same three kinds of model trained by Python on the same rows as the in-browser
training bench (tests/bench/training-data.ts writes them), with the same settings where the libraries allow:
StandardScaler + LogisticRegression(C=0.1, newton-cholesky); xgboost hist, depth 1, eta 0.2, subsample and
colsample 0.8, min_child_weight 20, 200 rounds, early stopping 30 on validation AUC; sklearn MLPClassifier 32-16,
adam, batch 4096, lr 0.01, the same number of epochs. Prints one JSON object: fit seconds and validation ROC AUC.
Usage: /usr/bin/python3 tests/bench/training_python.py rows.csv <mlp_epochs>"""
import json
import sys
import time
import warnings

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

df = pd.read_csv(sys.argv[1])
epochs = int(sys.argv[2])
valid = df.pop("valid").to_numpy() == 1
y = df.pop("y").to_numpy()
x = df.to_numpy(dtype=np.float64)
xt, yt, xv, yv = x[~valid], y[~valid], x[valid], y[valid]
out = {"rows": int(len(y)), "threads": 1}


def timed(name, fit, predict):
    t0 = time.perf_counter()
    c0 = time.process_time()
    model = fit()
    cpu = time.process_time() - c0
    out[name] = {"fitS": time.perf_counter() - t0, "cpuS": cpu, "validAuc": float(roc_auc_score(yv, predict(model)))}


timed("logistic", lambda: make_pipeline(StandardScaler(), LogisticRegression(C=0.1, solver="newton-cholesky", max_iter=100, tol=1e-10)).fit(xt, yt),
      lambda m: m.predict_proba(xv)[:, 1])
timed("gbt", lambda: xgb.XGBClassifier(n_estimators=200, max_depth=1, learning_rate=0.2, subsample=0.8, colsample_bytree=0.8, min_child_weight=20,
                                       reg_lambda=1, tree_method="hist", max_bin=64, n_jobs=1, eval_metric="auc", early_stopping_rounds=30)
      .fit(xt, yt, eval_set=[(xv, yv)], verbose=False), lambda m: m.predict_proba(xv)[:, 1])
with warnings.catch_warnings():
    warnings.simplefilter("ignore", ConvergenceWarning)
    timed("mlp", lambda: make_pipeline(StandardScaler(), MLPClassifier((32, 16), solver="adam", batch_size=4096, learning_rate_init=0.01, max_iter=epochs,
                                                                     random_state=42)).fit(xt, yt), lambda m: m.predict_proba(xv)[:, 1])
print(json.dumps(out))
