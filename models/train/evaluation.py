"""Calibration, threshold scenarios, deciles, segments and the metric tables of the card.

Everything here is fitted/chosen on VALIDATION scores (the train rows fit the models); the
calibration choice (none / Platt / isotonic / tilted isotonic) is in calibration_tilt.py.
Decision rule everywhere: positive when score >= threshold.
"""
import numpy as np
from sklearn.isotonic import IsotonicRegression
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import (average_precision_score, brier_score_loss, log_loss, roc_auc_score)

# With an 87.6% base rate, precision >= 0.95 is already met at the best-F1 threshold, so the
# high-precision scenario asks for 0.97 (validation: recall ~0.40 of converters).
HIGH_PRECISION = 0.97
HIGH_RECALL = 0.95
SEGMENTS = {"High": [1, 3], "Medium": [4, 7], "Low": [8, 10]}


def fit_calibration(method, raw, y):
    if method == "isotonic":
        # Centered isotonic regression (Oron & Flournoy): one knot per isotonic block at the
        # block's mean raw score -> strictly increasing between knots, so scores are not tied
        # (ROC AUC and deciles keep the raw ranking); flat outside the knot range.
        order = np.argsort(raw, kind="stable")
        xs, ys = np.asarray(raw, dtype=np.float64)[order], np.asarray(y, dtype=np.float64)[order]
        fitted = IsotonicRegression(y_min=0.001, y_max=0.999).fit_transform(xs, ys)
        kx, ky, start = [], [], 0
        for i in range(1, len(xs) + 1):
            if i == len(xs) or fitted[i] != fitted[start]:
                kx.append(float(np.mean(xs[start:i]))); ky.append(float(fitted[start])); start = i
        return {"method": "isotonic", "x": kx, "y": ky}
    if method == "platt":
        lr = LogisticRegression(C=1e6, max_iter=1000).fit(raw.reshape(-1, 1), y)
        return {"method": "platt", "a": float(-lr.coef_[0, 0]), "b": float(-lr.intercept_[0])}
    return {"method": "none"}


def apply_calibration(cal, raw):
    raw = np.asarray(raw, dtype=np.float64)
    if cal["method"] == "isotonic":
        return np.interp(raw, np.asarray(cal["x"]), np.asarray(cal["y"]))
    if cal["method"] == "platt":
        return 1.0 / (1.0 + np.exp(cal["a"] * raw + cal["b"]))
    return raw.copy()


def confusion(y, s, t):
    pred = s >= t
    tp = int(np.sum(pred & (y == 1))); fp = int(np.sum(pred & (y == 0)))
    fn = int(np.sum(~pred & (y == 1))); tn = int(np.sum(~pred & (y == 0)))
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"threshold": float(t), "accuracy": (tp + tn) / len(y), "precision": prec, "recall": rec,
            "f1": f1, "confusion": {"tp": tp, "fp": fp, "fn": fn, "tn": tn}}


def thresholds(y, s):
    cands = np.unique(s)
    stats = [confusion(y, s, t) for t in cands]
    best_f1 = max(stats, key=lambda r: (r["f1"], r["threshold"]))
    hp = [r for r in stats if r["precision"] >= HIGH_PRECISION]
    high_p = max(hp, key=lambda r: (r["recall"], r["threshold"])) if hp else max(
        stats, key=lambda r: (r["precision"], r["recall"]))
    hr = [r for r in stats if r["recall"] >= HIGH_RECALL]
    high_r = max(hr, key=lambda r: (r["precision"], r["threshold"]))
    for r in (best_f1, high_p, high_r):
        r["threshold"] = snap(r["threshold"], s)
    scen = [
        {"id": "best_f1", "threshold": best_f1["threshold"],
         "rule": "max F1 on validation (positive when score >= threshold)"},
        {"id": "high_precision", "threshold": high_p["threshold"],
         "rule": f"max recall subject to precision >= {HIGH_PRECISION} on validation"},
        {"id": "high_recall", "threshold": high_r["threshold"],
         "rule": f"max precision subject to recall >= {HIGH_RECALL} on validation"},
        {"id": "default", "threshold": 0.5, "rule": "fixed 0.5"},
    ]
    return {"active": "best_f1", "scenarios": scen}


def snap(t, s):
    """Move cut t to the middle of the gap between the distinct values of s around it.

    The split {s >= t} of the validation scores is unchanged, but no score sits on the cut, so the
    float32 ONNX output (|diff| ~1e-7) cannot flip a decision or decile where scores are tied
    (coarse scorecard scores tie a lot). Cuts at or below the minimum are left as they are.
    """
    u = np.unique(np.asarray(s, dtype=np.float64))
    i = int(np.searchsorted(u, t, side="left"))  # first distinct value >= t
    if i == 0 or i == len(u):
        return float(t)
    return float((u[i - 1] + u[i]) / 2.0)


def decile_cuts(s):
    return [snap(float(np.quantile(s, 1.0 - k / 10.0)), s) for k in range(1, 10)]


def decile_of(cuts, s):
    c = np.asarray(cuts)
    return 1 + np.sum(c[None, :] > np.asarray(s)[:, None], axis=1)


def segment_of(decile):
    for name, (lo, hi) in SEGMENTS.items():
        if lo <= decile <= hi:
            return name
    raise ValueError(decile)


def summary(y, p):
    return {"rocAuc": float(roc_auc_score(y, p)), "prAuc": float(average_precision_score(y, p)),
            "brier": float(brier_score_loss(y, p)),
            "logLoss": float(log_loss(y, np.clip(p, 1e-15, 1 - 1e-15)))}


def metrics(y, raw, score, thr, cuts):
    out = {"validation": {"raw": summary(y, raw), "calibrated": summary(y, score)}}
    out["thresholds"] = {sc["id"]: confusion(y, score, sc["threshold"]) for sc in thr["scenarios"]}
    d = decile_of(cuts, score)
    base = float(np.mean(y)); total_pos = float(np.sum(y)); cum = 0.0; rows = []
    for k in range(1, 11):
        m = d == k
        n = int(np.sum(m)); pos = float(np.sum(y[m]))
        cum += pos
        rate = pos / n if n else 0.0
        rows.append({"decile": k, "count": n, "conversionRate": rate,
                     "lift": rate / base if n else 0.0, "cumulativeGain": cum / total_pos,
                     "meanScore": float(np.mean(score[m])) if n else 0.0})
    out["deciles"] = rows
    order = np.argsort(score, kind="stable"); bins = np.array_split(order, 10); cal = []
    for b in bins:
        cal.append({"count": int(len(b)), "meanPredicted": float(np.mean(score[b])),
                    "observedRate": float(np.mean(y[b]))})
    out["calibrationTable"] = cal
    return out
