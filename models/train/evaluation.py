"""Calibration, threshold scenarios, deciles, segments and the metric tables of the card.

Everything here is fitted/chosen on VALIDATION scores (the train rows fit the models).
Decision rule everywhere: positive when score >= threshold.
"""
import numpy as np
from sklearn.isotonic import IsotonicRegression
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import (average_precision_score, brier_score_loss, log_loss, roc_auc_score)
from sklearn.model_selection import RepeatedStratifiedKFold

ISOTONIC_MARGIN = 0.001
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


def choose_calibration(raw, y, seed):
    """Pick none/platt/isotonic by repeated 5-fold CV Brier on the validation rows, then refit.

    Returns (calibration, {method: mean out-of-fold Brier}) - the honest calibrated Brier.
    """
    folds = RepeatedStratifiedKFold(n_splits=5, n_repeats=4, random_state=seed).split(raw, y)
    briers = {"none": [], "platt": [], "isotonic": []}
    for fi, ti in folds:
        for m in briers:
            cal = fit_calibration(m, raw[fi], y[fi])
            briers[m].append(brier_score_loss(y[ti], apply_calibration(cal, raw[ti])))
    cv = {m: float(np.mean(v)) for m, v in briers.items()}
    # Platt is strictly monotone (keeps ROC AUC and balanced deciles); isotonic's steps tie many
    # scores, so it must beat Platt by ISOTONIC_MARGIN to be chosen; 'none' wins unless beaten.
    best = "platt" if cv["platt"] < cv["none"] else "none"
    if cv["isotonic"] < cv[best] - ISOTONIC_MARGIN:
        best = "isotonic"
    return fit_calibration(best, raw, y), cv


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


def decile_cuts(s):
    return [float(np.quantile(s, 1.0 - k / 10.0)) for k in range(1, 10)]


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
