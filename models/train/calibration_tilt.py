"""Tilted isotonic calibration and the four-way calibration choice (fitted on VALID scores).

Why: isotonic regression gives the best-calibrated probabilities for a coarse score (the scorecard
has few distinct values) but its flat steps tie many scores, which destroys ranking (ROC AUC,
balanced deciles). Tilting the fitted knots by a tiny strictly increasing term keeps the map
strictly increasing on [x0, xmax], so the calibrated score ranks rows exactly like the raw score:
    y' = (1 - 2 eps) * y + eps * (x - x0) / (xmax - x0) + eps / 2,   eps = 2e-3
and changes any probability by at most eps (Brier by O(eps)). Stored in the card as an ordinary
isotonic {x, y} map (piecewise linear like numpy.interp, flat outside), so no reader changes.
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


def fit_tilted(raw, y, eps=EPS):
    iso = IsotonicRegression(out_of_bounds="clip", y_min=0.0, y_max=1.0).fit(raw, y)
    x = np.asarray(iso.X_thresholds_, dtype=np.float64)
    return {"method": "isotonic", "x": [float(v) for v in x],
            "y": [float(v) for v in tilt(x, iso.y_thresholds_, eps)]}


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
