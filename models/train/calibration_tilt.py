"""Tilted isotonic calibration and the four-way calibration choice (fitted on VALID scores).

Why: isotonic regression gives the best-calibrated probabilities for a coarse score (the scorecard
has few distinct values) but its flat steps tie many scores, which destroys ranking (ROC AUC,
balanced deciles). Tilting the fitted knots by a tiny strictly increasing term keeps the map
strictly increasing on [x0, xmax], so the calibrated score ranks rows exactly like the raw score:
    y' = (1 - 2 eps) * y + eps * (x - x0) / (xmax - x0) + eps / 2,   eps = 2e-3
and changes any probability by at most eps (Brier by O(eps)). Knots: one per isotonic block at
the block's mean raw score plus the raw min/max (see knots()), so every fitted row keeps its
order. Stored in the card as an ordinary isotonic {x, y} map (piecewise linear like
numpy.interp, flat outside), so no reader changes. "isotonic" below is evaluation.py's (centred).
"""
import numpy as np
from sklearn.isotonic import IsotonicRegression
from sklearn.metrics import brier_score_loss
from sklearn.model_selection import RepeatedStratifiedKFold

from . import evaluation as EV

EPS = 2e-3
METHODS = ("none", "platt", "isotonic", "tilted-isotonic")
# Plain isotonic ties scores, so it must beat the best ranking-preserving map by this much.
ISOTONIC_MARGIN = 0.001


def tilt(x, y, eps=EPS):
    """Tilted knot values for ascending knots x with non-decreasing y in [0, 1]."""
    x = np.asarray(x, dtype=np.float64); y = np.asarray(y, dtype=np.float64)
    span = x[-1] - x[0]
    ramp = (x - x[0]) / span if span > 0 else np.zeros_like(x)
    return (1.0 - 2.0 * eps) * y + eps * ramp + eps / 2.0


def knots(raw, y):
    """Isotonic fit of y on raw as ascending knots: one per isotonic block at the block's mean raw
    score (centred isotonic), plus the raw minimum / maximum carrying the end blocks' values.

    Knots at block means (not at block ends, as sklearn's X_thresholds_) keep every segment's
    slope moderate: a block end is a data point, and a row there would sit at the foot of a
    near-vertical jump where the float32 ONNX probability (|diff| ~1e-7) moves the score a lot.
    """
    order = np.argsort(raw, kind="stable")
    xs = np.asarray(raw, dtype=np.float64)[order]
    ys = np.asarray(y, dtype=np.float64)[order]
    fitted = IsotonicRegression(y_min=0.0, y_max=1.0).fit_transform(xs, ys)
    kx, ky, start = [], [], 0
    for i in range(1, len(xs) + 1):
        if i == len(xs) or fitted[i] != fitted[start]:
            kx.append(float(np.mean(xs[start:i]))); ky.append(float(fitted[start])); start = i
    if xs[0] < kx[0]:
        kx.insert(0, float(xs[0])); ky.insert(0, ky[0])
    if xs[-1] > kx[-1]:
        kx.append(float(xs[-1])); ky.append(ky[-1])
    return np.array(kx), np.array(ky)


def fit_tilted(raw, y, eps=EPS):
    x, yk = knots(raw, y)
    return {"method": "isotonic", "x": [float(v) for v in x],
            "y": [float(v) for v in tilt(x, yk, eps)]}


def fit(method, raw, y):
    if method == "tilted-isotonic":
        return fit_tilted(raw, y)
    return EV.fit_calibration(method, raw, y)


def choose(raw, y, seed):
    """Pick a calibration by repeated 5-fold CV Brier on the validation rows, then refit on all.

    Ranking-preserving maps (none, Platt, tilted isotonic) compete on Brier (ties -> that order);
    plain isotonic only wins if it beats them by ISOTONIC_MARGIN. Returns (card calibration,
    chosen method name, {method: mean out-of-fold Brier}).
    """
    raw = np.asarray(raw, dtype=np.float64); y = np.asarray(y)
    briers = {m: [] for m in METHODS}
    folds = RepeatedStratifiedKFold(n_splits=5, n_repeats=4, random_state=seed).split(raw, y)
    for fi, ti in folds:
        for m in METHODS:
            cal = fit(m, raw[fi], y[fi])
            briers[m].append(brier_score_loss(y[ti], EV.apply_calibration(cal, raw[ti])))
    cv = {m: float(np.mean(v)) for m, v in briers.items()}
    best = min(["none", "platt", "tilted-isotonic"], key=lambda m: cv[m])
    if cv["isotonic"] < cv[best] - ISOTONIC_MARGIN:
        best = "isotonic"
    return fit(best, raw, y), best, cv
