"""Golden numbers for the in-browser training (src/core/training), computed with the Python pipeline's own code.

1. Logistic regression: the pipeline's candidate (StandardScaler + sklearn LogisticRegression, C = 0.1; the
   newton-cholesky solver at tol 1e-12 so the reference is converged to machine precision) on the
   card's feature matrix of the TRAIN rows (models/train/features.py: the same features the app computes),
   so src/core/training/fit.test.ts can check the Newton/IRLS fit to ~1e-6.
2. Validation-derived card parts (evaluation.py thresholds / decile cuts with snap, calibration_tilt.fit_tilted)
   on fixed synthetic score arrays (with ties), for decisions.test.ts.

Run: /usr/bin/python3 tests/golden/training_golden.py [DATA_DIR]  → writes tests/golden/training_golden.json
(derived numbers only; the data itself is never copied).
"""
import json
import os
import sys

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", ".."))
from models.train import calibration_tilt as CT  # noqa: E402
from models.train import data as D  # noqa: E402
from models.train import evaluation as EV  # noqa: E402
from models.train import features as F  # noqa: E402
from models.train.pipeline import DERIVED  # noqa: E402


def logistic(data_dir):
    _, train, valid, _ = D.load(data_dir)
    features, reference = F.fit_spec(train, DERIVED)
    Xtr = F.transform(F.frame_cols(train), features, reference)
    Xva = F.transform(F.frame_cols(valid), features, reference)
    ytr = train[D.TARGET].to_numpy()
    sc = StandardScaler().fit(Xtr)
    lr = LogisticRegression(C=0.1, solver="newton-cholesky", max_iter=100, tol=1e-12).fit(sc.transform(Xtr), ytr)
    p = lr.predict_proba(sc.transform(Xva))[:, 1]
    return {"C": 0.1, "names": F.names(features), "coef": lr.coef_[0].tolist(), "intercept": float(lr.intercept_[0]),
            "means": sc.mean_.tolist(), "scales": sc.scale_.tolist(), "validFirst20": p[:20].tolist(),
            "validAuc": float(EV.summary(valid[D.TARGET].to_numpy(), p)["rocAuc"])}


def decisions():
    rng = np.random.default_rng(7)
    out = []
    for n, levels in ((400, None), (300, 25)):
        raw = rng.beta(5, 1.5, n)
        if levels:
            raw = np.round(raw * levels) / levels
        y = (rng.random(n) < raw ** 1.5).astype(int)
        cal = CT.fit_tilted(raw, y)
        s = EV.apply_calibration(cal, raw)
        out.append({"raw": raw.tolist(), "y": y.tolist(), "calibration": cal, "thresholds": EV.thresholds(y, s),
                    "cuts": EV.decile_cuts(s)})
    return out


if __name__ == "__main__":
    data_dir = sys.argv[1] if len(sys.argv) > 1 else D.default_data_dir()
    res = {"logistic": logistic(data_dir), "decisions": decisions()}
    path = os.path.join(os.path.dirname(__file__), "training_golden.json")
    with open(path, "w") as f:
        json.dump(res, f, indent=1)
    print("wrote", path)
